#!/usr/bin/env node
/**
 * The `xtap-lint` executable. On Node.js >= 22.1 it turns on Node's module compile cache before loading the CLI,
 * so later runs (pre-commit starts one per commit) skip compiling the bundle; on Node 20 it just loads it.
 */
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// The bundle sits next to this file in dist/ (a computed specifier, so that bundlers leave it alone).
const cli = './cli-main.js';
await import(cli);
