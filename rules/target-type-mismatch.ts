import { always, defineRule } from '../src/engine/rule.js';
import { declarations } from '../src/engine/levels.js';
import { isKeyword } from '../src/resolve/knowledge.js';
import { setScalarFix } from '../src/fix/edits.js';

/** The targetType a keyword requires. */
const KEYWORD_TYPE: Record<string, string> = { AllUsers: 'user', AllApplications: 'application', AllMicrosoftApps: 'application', Office365: 'application' };

export default defineRule({
  id: 'target-type-mismatch',
  meta: {
    description: 'A target whose `targetType` does not fit it: `AllUsers` not `user`, an app keyword not `application`, apps among users and groups, users or groups among applications.',
    category: 'validity',
    severity: always('error'),
    fixable: true,
    sources: [
      'Microsoft Graph crossTenantAccessPolicyTarget: keywords and target types (reference/graph-model.md §6)',
      'Microsoft365DSC MSFT_AADCrossTenantAccessPolicyTarget ValueMap (reference/graph-model.md §9)',
    ],
  },
  check(ctx) {
    for (const { decl } of declarations(ctx.model)) {
      for (const list of decl.lists) {
        const forApps = list.half === 'applications';
        for (const t of list.targets ?? []) {
          const type = t.targetType?.value;
          if (type === undefined || type === 'unknownFutureValue') continue;
          const target = t.target.value;
          const report = (what: string, fix: string, fixTo?: string): void => {
            const f = fixTo && t.targetType ? setScalarFix(t.targetType.loc, fixTo, `set targetType to ${fixTo}`) : undefined;
            ctx.report({
              at: t.target.loc,
              message: {
                what,
                why: 'Graph matches a target by its type: a mismatched target applies to nothing, or the request is rejected.',
                fix,
              },
              ...(f ? { fix: f } : {}),
            });
          };
          if (isKeyword(target)) {
            const want = KEYWORD_TYPE[target];
            if (type !== want) report(`\`${target}\` has targetType \`${type}\`; it must be \`${want}\`.`, `Set \`targetType: ${want}\` (\`xtap-lint --fix\` does it).`, want);
            if (forApps && target === 'AllUsers') report(`\`AllUsers\` is listed under \`${list.half}\`.`, 'Move it to `usersAndGroups`.');
            if (!forApps && want === 'application') report(`The app keyword \`${target}\` is listed under \`${list.half}\`.`, 'Move it to `applications`.');
            continue;
          }
          if (forApps && type !== 'application') report(`A \`${type}\` target is listed under \`applications\`.`, 'Move it to `usersAndGroups`, or set `targetType: application` if it is an app ID.');
          if (!forApps && type === 'application') report(`An \`application\` target is listed under \`${list.half}\`.`, 'Move it to `applications`, or set `targetType` to `user` or `group`.');
        }
      }
    }
  },
});

