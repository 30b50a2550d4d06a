import { always, defineRule } from '../src/engine/rule.js';

/** Reported by the engine (src/engine/lint.ts) after suppression. */
export default defineRule({
  id: 'unused-disable',
  meta: {
    description: 'A suppression directive that suppresses nothing.',
    category: 'directive',
    severity: always('warning'),
    sources: ["ESLint's --report-unused-disable-directives, https://eslint.org/docs/latest/use/command-line-interface"],
  },
  check() {},
});
