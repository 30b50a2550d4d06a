import { always, defineRule } from '../src/engine/rule.js';
import { declarations, levelOwner } from '../src/engine/levels.js';
import { isKeyword, SETTING_LABEL } from '../src/resolve/knowledge.js';
import type { TargetDecl, TargetListDecl } from '../src/resolve/model.js';
import { setScalarFix } from '../src/fix/edits.js';

/** The targetType a keyword requires. */
const KEYWORD_TYPE: Record<string, 'user' | 'application'> = { AllUsers: 'user', AllApplications: 'application', AllMicrosoftApps: 'application', Office365: 'application' };

/** Human names of the settings that hold target lists, for messages. */
const LIST_SETTING_LABEL: Record<string, string> = {
  ...SETTING_LABEL,
  m365CollaborationInbound: 'inbound Microsoft 365 collaboration',
  m365CollaborationOutbound: 'outbound Microsoft 365 collaboration',
  appServiceConnectInbound: 'inbound app service connect',
};

const WHY = 'Graph matches a target by its type: a mismatched target applies to nothing, or the request is rejected.';

/** What is wrong with one target of a list, if anything: the keyword's list, the keyword's type, or the list for its type. */
function problem(list: TargetListDecl, t: TargetDecl): { what: string; fix: string; fixTo?: 'user' | 'application' } | undefined {
  const type = t.targetType?.value;
  const target = t.target.value;
  const forApps = list.half === 'applications';
  // A keyword says what it is, with or without a targetType: in the other half's list it matches nothing.
  if (isKeyword(target)) {
    const want = KEYWORD_TYPE[target];
    if (forApps && want === 'user') return { what: `contains the user keyword \`${target}\``, fix: 'Move it to `usersAndGroups`.' };
    if (!forApps && want === 'application') return { what: `contains the app keyword \`${target}\``, fix: 'Move it to `applications`.' };
  }
  if (type === undefined || type === 'unknownFutureValue') return undefined;
  if (isKeyword(target)) {
    const want = KEYWORD_TYPE[target];
    if (type !== want) return { what: `gives \`${target}\` the targetType \`${type}\`; it must be \`${want}\``, fix: `Set \`targetType: ${want}\` (\`xtap-lint --fix\` does it).`, fixTo: want };
    return undefined;
  }
  if (forApps && type !== 'application') {
    return { what: `contains a \`${type}\` target`, fix: 'Move it to `usersAndGroups`, or set `targetType: application` if it is an app ID.' };
  }
  if (!forApps && type === 'application') {
    return { what: 'contains an `application` target', fix: list.half === 'users' ? 'Remove it, or set `targetType: user` if it is a user ID.' : 'Move it to `applications`, or set `targetType` to `user` or `group`.' };
  }
  return undefined;
}

export default defineRule({
  id: 'target-type-mismatch',
  meta: {
    description: 'A target whose `targetType` does not fit it: `AllUsers` not `user`, an app keyword not `application`, apps among users and groups, users or groups among applications.',
    category: 'validity',
    severity: always('error'),
    fixable: true,
    sources: [
      'Microsoft Graph crossTenantAccessPolicyTarget: keywords and target types, https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytarget',
      'Microsoft365DSC MSFT_AADCrossTenantAccessPolicyTarget ValueMap, https://microsoft.github.io/Microsoft365DSC/resources/azure-ad/AADCrossTenantAccessPolicyConfigurationDefault/',
    ],
  },
  check(ctx) {
    for (const { partner, decl } of declarations(ctx.model)) {
      for (const list of decl.lists) {
        for (const t of list.targets ?? []) {
          const p = problem(list, t);
          if (!p) continue;
          const fix = p.fixTo && t.targetType ? setScalarFix(t.targetType.loc, p.fixTo, `set targetType to ${p.fixTo}`) : undefined;
          ctx.report({
            at: t.target.loc,
            message: { what: `${levelOwner(partner)} ${LIST_SETTING_LABEL[list.setting] ?? list.setting} \`${list.half}\` list ${p.what}.`, why: WHY, fix: p.fix },
            ...(fix ? { fix } : {}),
          });
        }
      }
    }
  },
});
