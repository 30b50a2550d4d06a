import { always, defineRule } from '../src/engine/rule.js';

/** Whole days from `from` to `to`, both `YYYY-MM-DD` (UTC), or undefined for a date that does not exist. */
function daysBetween(from: string, to: string): number | undefined {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b) || new Date(a).toISOString().slice(0, 10) !== from) return undefined;
  return Math.round((b - a) / 86_400_000);
}

export default defineRule({
  id: 'partner-review-overdue',
  meta: {
    description: "A partner whose `reviewBy` date has passed: the partnership's access review is overdue.",
    category: 'hygiene',
    severity: always('warning'),
    sources: [
      'xtap-lint SPEC §1.1 and §3.8: `reviewBy`, the date of the next access review of a partnership (not a Graph property)',
      'Microsoft Entra ID Governance: access reviews of guest access and of B2B partners, https://learn.microsoft.com/entra/id-governance/manage-guest-access-with-access-reviews',
    ],
  },
  check(ctx) {
    const now = ctx.now;
    if (!now) return;
    for (const tenant of ctx.model.tenants) {
      for (const partner of tenant.partners) {
        const review = partner.meta.reviewBy;
        if (!review || !(review.value < now)) continue;
        const days = daysBetween(review.value, now);
        if (days === undefined) continue;
        ctx.report({
          at: review.loc,
          message: {
            what: `The access review of partner ${partner.label} was due on ${review.value} (\`reviewBy\`), ${days} day${days === 1 ? '' : 's'} ago.`,
            why: 'Until someone reviews it, nobody has confirmed that the partnership and the access it grants are still needed; stale partnerships keep trust and access open long after a project ends.',
            fix: `Review the partnership${partner.meta.owner ? ` with its owner (${partner.meta.owner.value})` : ''}, then set \`reviewBy\` to the date of the next review, or remove the entry if the partnership has ended.`,
          },
        });
      }
    }
  },
});
