import { always, defineRule } from '../src/engine/rule.js';
import { FALLBACK_PROVIDERS, PRIMARY_PROVIDERS } from '../src/resolve/knowledge.js';
import type { IdentityProvider } from '../src/resolve/knowledge.js';

const SENTINEL = 'unknownFutureValue';
const list = (xs: readonly string[]): string => xs.map((x) => `\`${x}\``).join(', ');
const isPrimary = (v: string): boolean => (PRIMARY_PROVIDERS as readonly string[]).includes(v);
const isFallback = (v: string): boolean => (FALLBACK_PROVIDERS as readonly string[]).includes(v);
const PROVIDERS: readonly string[] = [...PRIMARY_PROVIDERS, ...FALLBACK_PROVIDERS] satisfies readonly IdentityProvider[];

const DOC =
  'Microsoft Graph documents `primaryIdentityProviderPrecedenceOrder` as a precedence order of `azureActiveDirectory`, `externalFederation` and `socialIdentityProviders`, and `fallbackIdentityProvider` as one of `defaultConfiguredIdp`, `emailOneTimePasscode` and `microsoftAccount`';

export default defineRule({
  id: 'redemption-order',
  meta: {
    description:
      "The default's invitation redemption order: a primary identity provider outside the three allowed or repeated; a fallback identity provider missing or not one of the three allowed.",
    category: 'validity',
    severity: always('error'),
    sources: [
      'Microsoft Graph: invitationRedemptionIdentityProviderConfiguration — primary "Possible values are: azureActiveDirectory, externalFederation, or socialIdentityProviders"; fallback "Possible values are: defaultConfiguredIdp, emailOneTimePasscode, or microsoftAccount"; "Fallback identity providers are used when no primary identity provider is available and must always be specified", https://learn.microsoft.com/graph/api/resources/invitationredemptionidentityproviderconfiguration',
      'Microsoft Entra: Cross-tenant access overview — "You can\'t disable both fallback identity providers", https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      const r = tenant.defaultDecl.invitationRedemption;
      if (!r || r.isNull) continue;
      const seen = new Map<string, number>();
      for (const p of r.primary ?? []) {
        const v = p.value;
        // The sentinel is unknown-future-value's; values outside the enum are the schema's.
        if (v === SENTINEL || !PROVIDERS.includes(v)) continue;
        if (!isPrimary(v)) {
          ctx.report({
            at: p.loc,
            message: {
              what: `The default's invitation redemption lists \`${v}\` as a primary identity provider; \`${v}\` can only be the fallback.`,
              why: `${DOC}.`,
              fix: `Remove \`${v}\` from \`primaryIdentityProviderPrecedenceOrder\`; to use it when no primary provider applies, set \`fallbackIdentityProvider: ${v}\`.`,
            },
          });
          continue;
        }
        const count = seen.get(v) ?? 0;
        seen.set(v, count + 1);
        if (count > 0) {
          ctx.report({
            at: p.loc,
            message: {
              what: `The default's invitation redemption lists the primary identity provider \`${v}\` more than once.`,
              why: 'The list is a precedence order, so each provider has one place in it; Microsoft documents no meaning for a repeated entry, and the request may be rejected.',
              fix: `Remove the repeated \`${v}\`, keeping it at the place it should take in the order.`,
            },
          });
        }
      }
      if (!r.hasFallback) {
        ctx.report({
          at: r.key,
          message: {
            what: "The default's `invitationRedemptionIdentityProviderConfiguration` has no `fallbackIdentityProvider`.",
            why: 'Microsoft Graph: fallback identity providers "are used when no primary identity provider is available and must always be specified"; the admin center does not let you disable both fallback providers.',
            fix: `Add \`fallbackIdentityProvider\`: one of ${list(FALLBACK_PROVIDERS)} (\`defaultConfiguredIdp\` is the service default; \`emailOneTimePasscode\` keeps Microsoft accounts out).`,
          },
        });
      } else if (r.fallback && r.fallback.value !== SENTINEL && PROVIDERS.includes(r.fallback.value) && !isFallback(r.fallback.value)) {
        const v = r.fallback.value;
        ctx.report({
          at: r.fallback.loc,
          message: {
            what: `The default's invitation redemption sets \`${v}\` as the fallback identity provider; \`${v}\` can only be a primary provider.`,
            why: `${DOC}.`,
            fix: `Set \`fallbackIdentityProvider\` to one of ${list(FALLBACK_PROVIDERS)}, and list \`${v}\` in \`primaryIdentityProviderPrecedenceOrder\` instead.`,
          },
        });
      }
    }
  },
});
