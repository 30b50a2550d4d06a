import { always, defineRule } from '../src/engine/rule.js';

/** Reported by the load stage (src/load/load.ts) while it resolves includes. */
export default defineRule({
  id: 'include-unresolved',
  meta: {
    description: 'An `include` that matches nothing or leaves the repository; a partner file included by no tenant or by two.',
    category: 'validity',
    severity: always('error'),
    sources: ['xtap-lint declaration format, Partner files: a partner file belongs to the one tenant file whose include matches it, https://github.com/xtap-lint/xtap-lint/blob/main/docs/format.md#partner-files'],
  },
  check() {},
});
