import { always, defineRule } from '../src/engine/rule.js';
import type { Report } from '../src/engine/rule.js';
import { insidePartner, levelOwner, possessive } from '../src/engine/levels.js';
import { appliedSource, declaredPairs, effectiveFor, where } from '../src/engine/tenants.js';
import { directConnectAllowed } from '../src/resolve/direct-connect.js';
import type { TenantModel } from '../src/resolve/model.js';

type Direction = 'b2bDirectConnectInbound' | 'b2bDirectConnectOutbound';
const OPPOSITE: Record<Direction, Direction> = {
  b2bDirectConnectInbound: 'b2bDirectConnectOutbound',
  b2bDirectConnectOutbound: 'b2bDirectConnectInbound',
};

/**
 * One direction of one pair: `side` allows `direction` for `other` (its setting lets users through), while
 * `other`'s opposite setting for `side` lets nobody through. The finding goes to `side`, the allowing setting.
 */
function mismatch(side: TenantModel, other: TenantModel, direction: Direction): Report | undefined {
  const mine = effectiveFor(side, other.id);
  const setting = mine.settings.b2b[direction];
  if (!directConnectAllowed(setting)) return undefined;
  const theirs = effectiveFor(other, side.id);
  const counterpart = theirs.settings.b2b[OPPOSITE[direction]];
  if (directConnectAllowed(counterpart)) return undefined;
  const inbound = direction === 'b2bDirectConnectInbound';
  const partner = mine.partner;
  const inherited = partner !== undefined && !insidePartner(setting.at, partner);
  const related: NonNullable<Report['related']> = [];
  if (inherited) related.push({ at: setting.at, message: 'inherited from the default here' });
  const source = appliedSource(theirs, side.label, counterpart);
  related.push({ at: source.at, message: `${possessive(other.label)} ${inbound ? 'outbound' : 'inbound'} B2B direct connect for ${side.label}` });
  return {
    at: inherited ? partner.entryKey : setting.at,
    message: {
      what: inbound
        ? `${levelOwner(partner)} inbound B2B direct connect in ${side.label} lets users of ${other.label} in, but ${possessive(other.label)} outbound B2B direct connect (${source.text}, ${where(source.at)}) lets none of its users out to ${side.label}.`
        : `${levelOwner(partner)} outbound B2B direct connect in ${side.label} lets users out to ${other.label}, but ${possessive(other.label)} inbound B2B direct connect (${source.text}, ${where(source.at)}) lets none of ${possessive(side.label)} users in.`,
      why: 'B2B direct connect works only when both organizations allow it, the resource tenant inbound and the home tenant outbound: one side alone has no effect, and Teams shared channels fail for these users.',
      fix: inbound
        ? `Allow outbound B2B direct connect for ${side.label} in ${possessive(other.label)} file (${other.file.path}), or block inbound B2B direct connect for ${other.label} here.`
        : `Allow inbound B2B direct connect for ${side.label} in ${possessive(other.label)} file (${other.file.path}), or block outbound B2B direct connect for ${other.label} here.`,
    },
    related,
  };
}

export default defineRule({
  id: 'direct-connect-mutual',
  meta: {
    description: 'Two tenants declared in the repository whose B2B direct connect settings for each other do not match: one allows inbound, the other blocks outbound, or the reverse.',
    category: 'multi-tenant',
    severity: always('error'),
    sources: [
      'Microsoft Entra: B2B direct connect overview — "B2B direct connect is possible only when both organizations allow access to and from the other organization", https://learn.microsoft.com/entra/external-id/b2b-direct-connect-overview',
      'Microsoft Entra: Cross-tenant access overview — direct connect "requires mutual configuration", https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
    ],
  },
  check(ctx) {
    for (const [a, b] of declaredPairs(ctx.model)) {
      for (const [side, other] of [
        [a, b],
        [b, a],
      ] as const) {
        for (const direction of ['b2bDirectConnectInbound', 'b2bDirectConnectOutbound'] as const) {
          const report = mismatch(side, other, direction);
          if (report) ctx.report(report);
        }
      }
    }
  },
});
