#!/usr/bin/env node
/**
 * The `xtap-lint` executable. On Node.js >= 22.1 it turns on Node's module compile cache before loading the CLI,
 * so later runs (pre-commit starts one per commit) skip compiling the bundle; on Node 20 it just loads it.
 */
import module, { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// The CommonJS bundle sits next to this file in dist/ (a computed path, so that bundlers leave it alone).
createRequire(import.meta.url)(fileURLToPath(new URL('./cli-main.cjs', import.meta.url)));
