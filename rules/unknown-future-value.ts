import { always, defineRule } from '../src/engine/rule.js';
import { documentOf, isAlias, isMap, isScalar, isSeq, locOf } from '../src/load/yaml.js';
import type { SourceFile } from '../src/load/yaml.js';
import { FALLBACK_PROVIDERS, PRIMARY_PROVIDERS } from '../src/resolve/knowledge.js';

/** Graph's evolvable-enumeration sentinel (reference/graph-model.md §1, §4). */
export const SENTINEL = 'unknownFutureValue';

/** xtap-lint's own free-text keys: whatever they hold is a label, not a Graph value. */
const FREE_TEXT = new Set(['name', 'label', 'displayName']);

/** The documented members each enum-typed property takes instead of the sentinel. */
const CHOICES: Record<string, readonly string[]> = {
  accessType: ['allowed', 'blocked'],
  mode: ['allowed', 'blocked'],
  targetType: ['user', 'group', 'application'],
  primaryIdentityProviderPrecedenceOrder: PRIMARY_PROVIDERS,
  fallbackIdentityProvider: FALLBACK_PROVIDERS,
};

interface Hit {
  node: unknown;
  /** Dotted path of the value, e.g. `default.b2bCollaborationInbound.usersAndGroups.accessType`. */
  path: string;
  /** The nearest map key above the value. */
  key: string | undefined;
}

/** Every scalar `unknownFutureValue` that is a value (never a key) in the file, in document order. */
export function sentinelValues(file: SourceFile): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown, path: string, key: string | undefined): void => {
    // Aliases are followed by nobody: the anchored node is reported where it is written.
    if (node === null || node === undefined || isAlias(node) || seen.has(node)) return;
    seen.add(node);
    if (isScalar(node)) {
      if (node.value === SENTINEL) hits.push({ node, path, key });
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (k !== undefined && FREE_TEXT.has(k)) continue;
        visit(pair.value, k === undefined ? path : path ? `${path}.${k}` : k, k ?? key);
      }
      return;
    }
    if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, `${path}[${i}]`, key));
    }
  };
  visit(documentOf(file)?.contents, '', undefined);
  return hits;
}

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
    for (const file of ctx.model.files) {
      if (file.broken || !file.text.includes(SENTINEL)) continue;
      for (const hit of sentinelValues(file)) {
        const choices = hit.key !== undefined ? CHOICES[hit.key] : undefined;
        ctx.report({
          at: locOf(file, hit.node),
          message: {
            what: `\`${SENTINEL}\` is used as the value of \`${hit.path || '(document)'}\`.`,
            why: `\`${SENTINEL}\` is the sentinel that ends every Microsoft Graph evolvable enumeration: a placeholder for members added later, not a setting. Graph documents no meaning for it as an input, so the setting does not say what it does.`,
            fix: choices ? `Use one of the documented values: ${choices.map((c) => `\`${c}\``).join(', ')}.` : 'Use one of the documented values of this property.',
          },
        });
      }
    }
  },
});
