import { always, defineRule } from '../src/engine/rule.js';

/** Reported by the load stage (src/load): anything that stops a file from being read as YAML. */
export default defineRule({
  id: 'syntax',
  meta: {
    description: 'A file that cannot be read as YAML: syntax errors, duplicate keys, alias bombs, binary or non-UTF-8 content, size limit, unreadable files, symlinks out of the repository.',
    category: 'validity',
    severity: always('error'),
    sources: ['YAML 1.2.2 specification, https://yaml.org/spec/1.2.2/'],
  },
  check() {},
});
