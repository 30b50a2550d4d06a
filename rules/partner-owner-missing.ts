import { defineRule, strictOnly } from '../src/engine/rule.js';

export default defineRule({
  id: 'partner-owner-missing',
  meta: {
    description: 'A partner entry with no `owner`: nobody answers for the partnership.',
    category: 'hygiene',
    severity: strictOnly('warning'),
    sources: [
      'xtap-lint SPEC §1.1 and §3.8: `owner`, who answers for a partnership (not a Graph property)',
      'Microsoft Entra ID Governance: access reviews need a reviewer for each partnership, https://learn.microsoft.com/entra/id-governance/manage-guest-access-with-access-reviews',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const partner of tenant.partners) {
        if (partner.meta.owner) continue;
        ctx.report({
          at: partner.entryKey,
          message: {
            what: `Partner ${partner.label} has no \`owner\`.`,
            why: 'Without an owner nobody is asked when the partnership is reviewed, changes or should end, and a finding about it has no one to go to.',
            fix: 'Add `owner:` with the person, team or mailbox that answers for this partnership (e.g. `owner: identity-team@contoso.com`).',
          },
        });
      }
    }
  },
});
