#!/usr/bin/env node
// Runs a Node program in this process and prints its peak memory on stderr as `maxrss=<KiB>` at exit:
//   node bench/with-rss.mjs dist/cli.cjs [args...]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', () => process.stderr.write(`maxrss=${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(resolve(script)).href);
