#!/usr/bin/env node
// The parse-only floor of SPEC §5: the same files only read and parsed by `yaml`
// (parseDocument with a LineCounter, then toJS). Prints its peak memory on stderr as `maxrss=<KiB>`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

const files = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory()) walk(join(d, e.name));
    else if (/\.xtap\.ya?ml$/.test(e.name)) files.push(join(d, e.name));
  }
};
walk(process.argv[2]);
let n = 0;
for (const f of files) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(f, 'utf8'), { lineCounter });
  if (doc.toJS()) n++;
}
process.stdout.write(`${n} files\n`);
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`maxrss=${u.maxRSS} cpu=${u.userCPUTime + u.systemCPUTime}\n`);
});
