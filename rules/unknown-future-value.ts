import { always, defineRule } from '../src/engine/rule.js';
import { FALLBACK_PROVIDERS, PRIMARY_PROVIDERS, SENTINEL } from '../src/resolve/knowledge.js';

export { SENTINEL };

/** The documented members each enum-typed property takes instead of the sentinel. */
// A Map: the key is text from the file (`constructor: unknownFutureValue` must not find Object.prototype.constructor).
const CHOICES = new Map<string, readonly string[]>([
  ['accessType', ['allowed', 'blocked']],
  ['mode', ['allowed', 'blocked']],
  ['targetType', ['user', 'group', 'application']],
  ['primaryIdentityProviderPrecedenceOrder', PRIMARY_PROVIDERS],
  ['fallbackIdentityProvider', FALLBACK_PROVIDERS],
]);

export default defineRule({
  id: 'unknown-future-value',
  meta: {
    description: "Graph's enumeration sentinel `unknownFutureValue` used as a value (an access type, a target type, a device filter mode, an identity provider).",
    category: 'validity',
    checksForm: true,
    severity: always('error'),
    sources: [
      'Microsoft Graph: evolvable enumerations end with the sentinel member `unknownFutureValue`, a placeholder that marks the end of the known members, not a setting — https://learn.microsoft.com/graph/best-practices-concept#handling-future-members-in-evolvable-enumerations',
      'Microsoft Graph: crossTenantAccessPolicyTargetConfiguration, crossTenantAccessPolicyTarget, devicesFilter and invitationRedemptionIdentityProviderConfiguration list the usable members, https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytargetconfiguration',
    ],
  },
  check(ctx) {
    // The resolver records where the sentinel is written as a value (RepoModel.sentinels): no YAML nodes here.
    for (const hit of ctx.model.sentinels) {
      const choices = hit.key !== undefined ? CHOICES.get(hit.key) : undefined;
      ctx.report({
        at: hit.at,
        message: {
          what: `\`${SENTINEL}\` is used as the value of \`${hit.path || '(document)'}\`.`,
          why: `\`${SENTINEL}\` is the sentinel that ends every Microsoft Graph evolvable enumeration: a placeholder for members added later, not a setting. Graph documents no meaning for it as an input, so the setting does not say what it does.`,
          fix: choices ? `Use one of the documented values: ${choices.map((c) => `\`${c}\``).join(', ')}.` : 'Use one of the documented values of this property.',
        },
      });
    }
  },
});
