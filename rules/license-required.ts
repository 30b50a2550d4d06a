import { always, defineRule } from '../src/engine/rule.js';
import type { RuleContext } from '../src/engine/rule.js';
import { checkLevels, levelName, levelOwner, possessive } from '../src/engine/levels.js';
import type { LevelProblem } from '../src/engine/levels.js';
import { directConnectAllowed } from '../src/resolve/direct-connect.js';
import { isKeyword, SERVICE_DEFAULT, SETTING_LABEL, TRUST_MEMBERS } from '../src/resolve/knowledge.js';
import type { ListSpec } from '../src/resolve/knowledge.js';
import type { EffList, License, Loc, PartnerModel, PolicyDecl, RepoModel, TargetListDecl, TenantModel } from '../src/resolve/model.js';
import type { Message } from '../src/types.js';

/** Microsoft's licensing sentences (reference/graph-model.md §7 R12; reference/existing-checks.md §4 facts 1, 12, 15). */
const P1_CONFIGURE =
  'Microsoft: "To configure trust settings or apply access settings to specific users, groups, or applications, you\'ll need a Microsoft Entra ID P1 license. The license is required on the tenant that you configure."';
const P1_DIRECT_CONNECT = 'Microsoft: "For B2B direct connect … you\'ll need a Microsoft Entra ID P1 license in both tenants."';
const P1_TENANT_RESTRICTIONS = 'Microsoft lists "Microsoft Entra ID P1 or P2" as the prerequisite of tenant restrictions v2.';
const P1_SYNC =
  'Microsoft: cross-tenant synchronization of users needs a Microsoft Entra ID P1 license for each synchronized user in the source tenant; none is needed in the target tenant.';

const FIX_LICENSE = 'if the tenant has Microsoft Entra ID P1 or P2, declare it (`tenant.license: p1`).';

/** The only targets a free tenant may use. */
const FREE_TARGETS = new Set(['AllUsers', 'AllApplications']);

/** Human names of the settings that hold target lists, for messages. */
const LIST_SETTING_LABEL: Record<string, string> = {
  ...SETTING_LABEL,
  m365CollaborationInbound: 'inbound Microsoft 365 collaboration',
  m365CollaborationOutbound: 'outbound Microsoft 365 collaboration',
  appServiceConnectInbound: 'inbound app service connect',
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "the `Office365` keyword and 2 specific apps": what a list targets beyond AllUsers/AllApplications. */
function describeSpecific(list: TargetListDecl): string | undefined {
  const keywords: string[] = [];
  let specific = 0;
  for (const t of list.targets ?? []) {
    const v = t.target.value;
    if (FREE_TARGETS.has(v)) continue;
    if (isKeyword(v)) {
      if (!keywords.includes(v)) keywords.push(v);
    } else specific++;
  }
  if (keywords.length === 0 && specific === 0) return undefined;
  const parts: string[] = [];
  if (keywords.length) parts.push(`the ${keywords.map((k) => `\`${k}\``).join(' and ')} ${keywords.length === 1 ? 'keyword' : 'keywords'}`);
  if (specific) parts.push(list.half === 'applications' ? plural(specific, 'specific app', 'specific apps') : plural(specific, 'specific user or group', 'specific users or groups'));
  return joinAnd(parts);
}

/** Whether an effective list is exactly the service default's list (same access type, same targets). */
function sameAsService(list: EffList, spec: ListSpec): boolean {
  if (list.accessType !== spec.accessType) return false;
  const ids = new Set(list.targets.map((t) => t.id));
  const want = new Set(spec.targets.map((t) => t.target));
  return ids.size === want.size && [...want].every((w) => ids.has(w));
}

/**
 * A partner tenant's licence: its own tenant file's `tenant.license` when the repository declares that tenant,
 * else the partner entry's `license:`; undefined when unknown.
 */
export function partnerLicense(model: RepoModel, partner: PartnerModel): { license: License; from: 'tenant-file' | 'partner' } | undefined {
  const own = model.tenantsById.get(partner.id)?.find((t) => t.license !== undefined);
  if (own?.license) return { license: own.license, from: 'tenant-file' };
  if (partner.license) return { license: partner.license, from: 'partner' };
  return undefined;
}

function licenseRelated(tenant: TenantModel): Array<{ at: Loc; message: string }> {
  return tenant.licenseLoc ? [{ at: tenant.licenseLoc, message: 'the tenant is declared `license: free` here' }] : [];
}

export default defineRule({
  id: 'license-required',
  meta: {
    description:
      'A feature used where the Microsoft Entra ID licence it needs is declared absent: specific targets, trust, tenant restrictions or B2B direct connect in a free tenant; B2B direct connect or user sync with a partner declared free.',
    category: 'best-practice',
    severity: always('error'),
    sources: [
      'Microsoft Entra: Cross-tenant access overview, Important considerations — "To configure trust settings or apply access settings to specific users, groups, or applications, you\'ll need a Microsoft Entra ID P1 license … For B2B direct connect … a Microsoft Entra ID P1 license in both tenants", https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      'Microsoft Entra: Configure cross-tenant access settings for B2B collaboration — selecting specific users, groups or apps "requires a Microsoft Entra ID P1 or P2 subscription", https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
      'Microsoft Entra: Tenant restrictions v2, prerequisites — "Microsoft Entra ID P1 or P2", https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2',
      'Microsoft Entra: Cross-tenant synchronization overview, licensing — P1 per synchronized user in the source tenant, https://learn.microsoft.com/entra/identity/multi-tenant-organizations/cross-tenant-synchronization-overview',
    ],
  },
  check(ctx) {
    const { model } = ctx;
    for (const tenant of model.tenants) {
      if (tenant.license === 'free') checkFreeTenant(ctx, tenant);
      checkFreePartners(ctx, tenant);
    }
  },
});

/** Everything a tenant declared `license: free` uses that needs P1. */
function checkFreeTenant(ctx: RuleContext, tenant: TenantModel): void {
  const related = licenseRelated(tenant);
  const levels: Array<{ partner: PartnerModel | undefined; decl: PolicyDecl }> = [
    { partner: undefined, decl: tenant.defaultDecl },
    ...tenant.partners.map((partner) => ({ partner, decl: partner.decl })),
  ];
  const report = (at: Loc, message: Message): void => ctx.report({ at, message, related });

  for (const { partner, decl } of levels) {
    const who = levelOwner(partner);
    // Lists that target anything but AllUsers / AllApplications.
    for (const list of decl.lists) {
      const specific = describeSpecific(list);
      if (!specific) continue;
      report(list.key, {
        what: `${who} ${LIST_SETTING_LABEL[list.setting] ?? list.setting} \`${list.half}\` list targets ${specific}, but tenant ${tenant.label} is declared \`license: free\`.`,
        why: `Targeting specific users, groups or applications needs Microsoft Entra ID P1. ${P1_CONFIGURE}`,
        fix: `Target only \`AllUsers\` and \`AllApplications\` in a free tenant; ${FIX_LICENSE}`,
      });
    }
    // Trust members set to true.
    for (const m of TRUST_MEMBERS) {
      const v = decl.inboundTrust?.members[m];
      if (v?.value !== true) continue;
      report(v.loc, {
        what: `${who} inbound trust sets \`${m}: true\`, but tenant ${tenant.label} is declared \`license: free\`.`,
        why: `Trust settings need Microsoft Entra ID P1. ${P1_CONFIGURE}`,
        fix: `Remove the trust setting (or set it to \`false\`); ${FIX_LICENSE}`,
      });
    }
    // Tenant restrictions: the default's when it differs from the service default, any partner's.
    const tr = decl.b2b.tenantRestrictions;
    // `{}` or both halves null declares nothing: the level inherits (a partner) or keeps Microsoft's default.
    if (tr && !tr.isNull && (tr.usersAndGroups || tr.applications || tr.devices)) {
      const eff = tenant.defaults.b2b.tenantRestrictions;
      const sd = SERVICE_DEFAULT.tenantRestrictions;
      const differs = partner !== undefined || !sameAsService(eff.usersAndGroups, sd.usersAndGroups) || !sameAsService(eff.applications, sd.applications);
      if (differs) {
        report(tr.key, {
          what: partner
            ? `${who} tenant restrictions are set, but tenant ${tenant.label} is declared \`license: free\`.`
            : `The default's tenant restrictions differ from Microsoft's default (block all), but tenant ${tenant.label} is declared \`license: free\`.`,
          why: `Tenant restrictions v2 need Microsoft Entra ID P1 or P2. ${P1_TENANT_RESTRICTIONS}`,
          fix: partner
            ? `Remove the partner's \`tenantRestrictions\`; ${FIX_LICENSE}`
            : `Remove \`tenantRestrictions\` from the default (Microsoft's default blocks all); ${FIX_LICENSE}`,
        });
      }
    }
  }

  // B2B direct connect effectively allowed, in either direction.
  checkLevels(ctx, tenant, (settings, partner) => {
    const problems: LevelProblem[] = [];
    for (const name of ['b2bDirectConnectInbound', 'b2bDirectConnectOutbound'] as const) {
      const s = settings.b2b[name];
      if (!directConnectAllowed(s)) continue;
      problems.push({
        key: `direct-connect:${name}`,
        at: s.at,
        related,
        message: {
          what: `${levelOwner(partner)} ${SETTING_LABEL[name]} is allowed, but tenant ${tenant.label} is declared \`license: free\`.`,
          why: `B2B direct connect needs Microsoft Entra ID P1 in both tenants. ${P1_DIRECT_CONNECT}`,
          fix: `Block B2B direct connect (Microsoft's default); ${FIX_LICENSE}`,
        },
      });
    }
    return problems;
  });
}

/** B2B direct connect and user sync with partners whose licence is declared free. */
function checkFreePartners(ctx: RuleContext, tenant: TenantModel): void {
  for (const partner of tenant.partners) {
    const lic = partnerLicense(ctx.model, partner);
    if (lic?.license !== 'free') continue;
    const whose = lic.from === 'tenant-file' ? `its tenant file declares \`license: free\`` : 'it is declared `license: free`';
    const related =
      lic.from === 'tenant-file'
        ? (ctx.model.tenantsById.get(partner.id) ?? [])
            .filter((t) => t.licenseLoc)
            .slice(0, 1)
            .map((t) => ({ at: t.licenseLoc as Loc, message: `${possessive(levelName(partner))} tenant file declares \`license: free\` here` }))
        : [];
    const fallbackAt = lic.from === 'partner' && partner.licenseLoc ? partner.licenseLoc : partner.entryKey;

    const allowed = (['b2bDirectConnectInbound', 'b2bDirectConnectOutbound'] as const).filter((n) => directConnectAllowed(partner.effective.b2b[n]));
    if (allowed.length) {
      const own = allowed.find((n) => partner.effective.b2b[n].level === 'partner');
      const at = own ? partner.effective.b2b[own].at : fallbackAt;
      const labels = allowed.map((n) => SETTING_LABEL[n]);
      ctx.report({
        at,
        related,
        message: {
          what: `${levelOwner(partner)} ${joinAnd(labels)} ${allowed.length === 1 ? 'is' : 'are'} effectively allowed, but ${whose}.`,
          why: `B2B direct connect needs Microsoft Entra ID P1 in both tenants, so it cannot work with this partner. ${P1_DIRECT_CONNECT}`,
          fix: `Block B2B direct connect for this partner; if the partner has Microsoft Entra ID P1 or P2, correct its licence (\`license: p1\`).`,
        },
      });
    }

    const sync = partner.identitySynchronization?.userSyncAllowed;
    if (sync?.value === true) {
      ctx.report({
        at: lic.from === 'partner' && partner.licenseLoc ? partner.licenseLoc : sync.loc,
        related: [...related, ...(lic.from === 'partner' ? [{ at: sync.loc, message: 'users sync from this partner here' }] : [])],
        message: {
          what: `Users sync from ${levelName(partner)} (\`userSyncInbound.isSyncAllowed: true\`), but ${whose}.`,
          why: `Cross-tenant synchronization needs Microsoft Entra ID P1 in the source tenant, the partner. ${P1_SYNC}`,
          fix: 'The partner needs P1 for each synchronized user; if it has Microsoft Entra ID P1 or P2, correct its licence (`license: p1`), else stop the sync.',
        },
      });
    }
  }
}
