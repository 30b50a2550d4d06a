import { always, defineRule } from '../src/engine/rule.js';

/** Reported by the load stage (src/load/load.ts) while it resolves includes. */
export default defineRule({
  id: 'include-unresolved',
  meta: {
    description: 'An `include` that matches nothing or leaves the repository; a partner file included by no tenant or by two.',
    category: 'validity',
    severity: always('error'),
    sources: ['xtap-lint declaration format, SPEC §1.2'],
  },
  check() {},
});
