import { always, defineRule } from '../src/engine/rule.js';

/** Reported by the engine (src/engine/lint.ts) while it applies suppression directives. */
export default defineRule({
  id: 'expired-disable',
  meta: {
    description: 'A suppression directive whose `until YYYY-MM-DD` date has come: it suppresses nothing any more.',
    category: 'directive',
    severity: always('warning'),
    sources: [
      'xtap-lint SPEC §3.7: a reason may end with `until YYYY-MM-DD`; from that date on the directive suppresses nothing',
      'Chef InSpec waivers with `expiration_date`, https://docs.chef.io/inspec/waivers/',
    ],
  },
  check() {},
});
