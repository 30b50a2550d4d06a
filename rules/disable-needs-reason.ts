import { always, defineRule } from '../src/engine/rule.js';

/** Reported by the engine (src/engine/lint.ts) for each suppression directive. */
export default defineRule({
  id: 'disable-needs-reason',
  meta: {
    description: 'A suppression directive with no reason after `--`.',
    category: 'directive',
    severity: always('warning'),
    sources: ["ESLint's directive descriptions (`-- reason`), https://eslint.org/docs/latest/use/configure/rules"],
  },
  check() {},
});
