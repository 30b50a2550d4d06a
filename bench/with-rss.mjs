#!/usr/bin/env node
// Runs a Node program in this process and prints its peak memory and CPU time on stderr as `maxrss=<KiB> cpu=<µs>` at exit:
//   node bench/with-rss.mjs dist/cli.cjs [args...]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', () => {
  const u = process.resourceUsage();
  // CPU time (user + system, µs): steadier than wall time on a shared machine.
  process.stderr.write(`maxrss=${u.maxRSS} cpu=${u.userCPUTime + u.systemCPUTime}\n`);
});
await import(pathToFileURL(resolve(script)).href);
