#!/usr/bin/env node
// Builds everything committed under dist/ and the generated sources:
//   src/validate/generated/*  precompiled JSON Schema validators (scripts/build-schemas.mjs)
//   rules/index.ts            the rule list (scripts/gen-rule-index.mjs)
//   README.md rule table      (scripts/gen-readme-rules.mjs)
//   docs/compliance.md        and the rule pages' Compliance sections (scripts/gen-compliance.mjs)
//   dist/cli.cjs              the `xtap-lint` executable (Node >= 20), CommonJS: a launcher that loads dist/cli-main.cjs with a
//                             compile cache — Node's on Node >= 22.1, its own V8 code cache before (src/cli/launcher.ts)
//   dist/cli-main.cjs         the CLI in one CommonJS file (CommonJS, so that the launcher can compile it with vm.Script)
//   dist/live.cjs             the Microsoft Graph client (@azure/identity), loaded only by pull, drift and apply
//   dist/index.js(.map)       the GitHub Action (Node 24), one ESM file plus source map
//   dist/engine.js            the pure engine for other programs and browsers
//   dist/types/               TypeScript declarations of the engine API
//   dist/report-html.cjs      `--format html`, loaded by the CLI only when asked for
//   dist/policies.cjs         organization policies' compiler (ajv, re2js), loaded by the CLI only when a configuration has policies
//   dist/playground/          the browser playground, one self-contained page
//   dist/THIRD-PARTY-NOTICES.txt  the name, version, licence and licence text of every package bundled into dist/
// `node scripts/build.mjs --check` rebuilds into a temporary folder and fails when dist/ differs.
import { build as esbuild } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
// The check builds next to dist/ (same depth), so that the source map's relative paths come out the same.
const out = check ? join(root, '.dist-check') : join(root, 'dist');
if (check) rmSync(out, { recursive: true, force: true });
const node = process.execPath;

/** The packages bundled into dist/: the folders under node_modules that the bundles read files from. */
const bundled = new Set();
/** esbuild's build, noting the packages each bundle takes its inputs from. */
async function build(options) {
  const result = await esbuild({ ...options, metafile: true });
  for (const input of Object.keys(result.metafile.inputs)) {
    const m = /^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(input.split('\\').join('/'));
    if (m) bundled.add(m[1] + m[2]);
  }
  return result;
}

/**
 * dist/THIRD-PARTY-NOTICES.txt: every bundled package's name, version, licence and licence files (LICENSE, NOTICE),
 * which the MIT, ISC, BSD and Apache-2.0 licences ask a redistribution to carry.
 */
function writeNotices(to) {
  const packages = [...bundled]
    .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) }))
    .sort((a, b) => (a.pkg.name < b.pkg.name ? -1 : a.pkg.name > b.pkg.name ? 1 : a.pkg.version < b.pkg.version ? -1 : 1));
  const seen = new Set();
  const parts = ['xtap-lint bundles the following packages into the files under dist/. Their licences follow.\n'];
  for (const { dir, pkg } of packages) {
    const id = `${pkg.name}@${pkg.version}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'see the package');
    const files = readdirSync(join(root, dir)).filter((f) => /^(licen[cs]e|notice|copying)(\.|-|$)/i.test(f)).sort();
    parts.push(`${'='.repeat(80)}\n${id} — ${license}${pkg.homepage ? ` — ${pkg.homepage}` : ''}\n${'='.repeat(80)}`);
    if (files.length === 0) parts.push(`(the package ships no licence file; its package.json says ${license})\n`);
    for (const f of files) parts.push(readFileSync(join(root, dir, f), 'utf8').replace(/\r\n/g, '\n').trimEnd() + '\n');
  }
  writeFileSync(to, parts.join('\n'));
}

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
}

if (check) {
  run(node, ['scripts/build-schemas.mjs', '--check']);
  run(node, ['scripts/gen-rule-index.mjs', '--check']);
  run(node, ['scripts/gen-readme-rules.mjs', '--check']);
  run(node, ['scripts/gen-compliance.mjs', '--check']);
} else {
  run(node, ['scripts/build-schemas.mjs']);
  run(node, ['scripts/gen-rule-index.mjs']);
  run(node, ['scripts/gen-readme-rules.mjs']);
  run(node, ['scripts/gen-compliance.mjs']);
  rmSync(out, { recursive: true, force: true });
}

// CommonJS dependencies bundled into ESM (the Action) need a `require` for Node built-ins.
const cjsShim = "import { createRequire as __xtapCreateRequire } from 'node:module'; const require = __xtapCreateRequire(import.meta.url);";
const common = { bundle: true, format: 'esm', legalComments: 'none', logLevel: 'warning', charset: 'utf8' };

// The CLI as CommonJS. `import.meta.url` (src/cli/package-info.ts) becomes a variable the banner sets from __filename.
// The banner goes before esbuild's own "use strict", which is then no longer a directive: so it carries one, keeping the
// strict mode the sources have as ES modules.
const importMetaUrl = "'use strict'; var __xtapImportMetaUrl = require('node:url').pathToFileURL(__filename).href;";
// Formats loaded only when asked for (src/report/index.ts LAZY_FORMATTERS) are bundles of their own, required from
// the CLI bundle by a relative path: `import('./html.js')` becomes `require('./report-html.cjs')`.
const LAZY = { 'html.js': 'report-html.cjs' };
const lazyFormats = {
  name: 'lazy-formats',
  setup(b) {
    b.onResolve({ filter: /^\.\/html\.js$/ }, (args) => (args.importer.endsWith(join('src', 'report', 'index.ts')) ? { path: `./${LAZY[args.path.slice(2)]}`, external: true } : undefined));
    // Organization policies bring ajv's compiler: loaded only when a configuration declares policies.
    b.onResolve({ filter: /\/policies\/compile\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './policies.cjs', external: true } : undefined));
  },
};
// The Graph client (@azure/identity, @azure/core-rest-pipeline) is its own bundle, dist/live.cjs, which
// src/live/load.ts requires only in pull, drift and apply: a plain lint never loads or compiles it.
const liveExternal = {
  name: 'xtap-live-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/entry\.js$/ }, (args) => (args.importer.endsWith(join('src', 'live', 'load.ts')) ? { path: './live.cjs', external: true } : undefined));
  },
};
await build({
  ...common,
  format: 'cjs',
  plugins: [lazyFormats, liveExternal],
  // import() becomes require(): the launcher runs this bundle with vm.Script, which has no dynamic import.
  supported: { 'dynamic-import': false },
  entryPoints: [join(root, 'src/cli/bin.ts')],
  outfile: join(out, 'cli-main.cjs'),
  // ASCII, so that the launcher can read it as a one-byte string (below).
  charset: 'ascii',
  platform: 'node',
  target: 'node20',
  define: { 'import.meta.url': '__xtapImportMetaUrl' },
  banner: { js: importMetaUrl },
});
// The launcher reads cli-main.cjs as Latin-1 (a one-byte string, no UTF-8 validation): it must be ASCII. esbuild
// escapes every other character in strings, regular expressions and names (charset ascii); what is left can only be
// in the comments it keeps inside expressions, where an escape is as readable.
{
  const file = join(out, 'cli-main.cjs');
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[^\x00-\x7f]/gu, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
  if (ascii !== text) writeFileSync(file, ascii);
}
await build({
  ...common,
  format: 'cjs',
  entryPoints: [join(root, 'src/live/entry.ts')],
  outfile: join(out, 'live.cjs'),
  platform: 'node',
  target: 'node20',
  minify: true,
  define: { 'import.meta.url': '__xtapImportMetaUrl' },
  banner: { js: importMetaUrl },
});
await build({ ...common, format: 'cjs', entryPoints: [join(root, 'src/report/html.ts')], outfile: join(out, 'report-html.cjs'), platform: 'node', target: 'node20' });
// Minified: ajv and re2js (the linear-time regular expression engine policies' patterns run on) are most of it.
await build({ ...common, format: 'cjs', entryPoints: [join(root, 'src/policies/compile.ts')], outfile: join(out, 'policies.cjs'), platform: 'node', target: 'node20', minify: true });
// The executable: a launcher that loads cli-main.cjs with Node's compile cache (Node >= 22.1) or its own V8 code cache
// (older Node). The version goes into the cache file's name.
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// CommonJS too: an ES module entry point costs Node ~6 ms more to start (bench/README.md).
await build({
  ...common,
  format: 'cjs',
  entryPoints: [join(root, 'src/cli/launcher.ts')],
  outfile: join(out, 'cli.cjs'),
  platform: 'node',
  target: 'node20',
  define: { XTAP_VERSION: JSON.stringify(version), 'import.meta.url': '__xtapImportMetaUrl' },
  banner: { js: importMetaUrl },
});
if (existsSync(join(root, 'src/action/main.ts'))) {
  await build({ ...common, entryPoints: [join(root, 'src/action/main.ts')], outfile: join(out, 'index.js'), platform: 'node', target: 'node24', sourcemap: true, banner: { js: cjsShim } });
}
await build({ ...common, entryPoints: [join(root, 'src/index.ts')], outfile: join(out, 'engine.js'), platform: 'neutral', target: 'es2022', mainFields: ['module', 'main'] });
run(node, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', join(out, 'types')]);
vendorYamlTypes(join(out, 'types'));

/**
 * yaml is bundled into every dist/ file, so the package does not depend on it; but the declarations name its types
 * (documentOf returns a yaml Document). Ship those declarations (yaml's own .d.ts files and licence) under
 * dist/types/vendor/yaml and point our declarations at them, so that a consumer type-checks without installing yaml.
 */
function vendorYamlTypes(types) {
  const from = join(root, 'node_modules/yaml/dist');
  const to = join(types, 'vendor/yaml');
  for (const f of readdirSync(from, { recursive: true }).map(String)) {
    if (!f.endsWith('.d.ts')) continue;
    mkdirSync(dirname(join(to, f)), { recursive: true });
    copyFileSync(join(from, f), join(to, f));
  }
  copyFileSync(join(root, 'node_modules/yaml/LICENSE'), join(to, 'LICENSE'));
  // yaml's declarations are CommonJS ones (extensionless relative imports).
  writeFileSync(join(to, 'package.json'), `${JSON.stringify({ type: 'commonjs', types: './index.d.ts' }, null, 2)}\n`);
  for (const f of readdirSync(types, { recursive: true }).map(String)) {
    if (!f.endsWith('.d.ts') || f.startsWith('vendor')) continue;
    const file = join(types, f);
    const text = readFileSync(file, 'utf8');
    const target = relative(dirname(file), join(to, 'index.js')).split('\\').join('/');
    const next = text.replace(/(from |import\()(['"])yaml\2/g, `$1$2${target.startsWith('.') ? target : `./${target}`}$2`);
    if (next !== text) writeFileSync(file, next);
  }
}

// The playground (issue 16): one self-contained page, dist/playground/index.html, with the engine (src/index.ts, the
// package's own entry), CodeMirror and the example repository inlined. GitHub Pages publishes it
// (.github/workflows/pages.yml); nothing on it makes a request.
{
  const examplesDir = join(root, 'examples');
  const examples = readdirSync(examplesDir, { recursive: true })
    .map(String)
    .filter((f) => /\.xtap\.ya?ml$/.test(f))
    .map((f) => f.split('\\').join('/'))
    .sort((a, b) => (a.split('/').length - b.split('/').length) || (a < b ? -1 : a > b ? 1 : 0))
    .map((f) => ({ path: f, text: readFileSync(join(examplesDir, f), 'utf8') }));
  const bundle = await build({
    ...common,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    entryPoints: [join(root, 'playground/main.ts')],
    define: { __XTAP_EXAMPLES__: JSON.stringify(examples) },
  });
  // `</script` inside the script would end the element early; `<\/script` means the same to JavaScript.
  const script = bundle.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const page = readFileSync(join(root, 'playground/index.html'), 'utf8')
    .replace('/*STYLE*/', () => readFileSync(join(root, 'playground/style.css'), 'utf8').trim())
    .replace('/*SCRIPT*/', () => script.trim());
  mkdirSync(join(out, 'playground'), { recursive: true });
  writeFileSync(join(out, 'playground/index.html'), page);
}

writeNotices(join(out, 'THIRD-PARTY-NOTICES.txt'));

if (check) {
  const list = (dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, f)).isFile()).map(String).sort() : []);
  const fresh = list(out);
  const committed = list(join(root, 'dist'));
  const differ = [...new Set([...fresh, ...committed])].filter((f) => {
    const a = join(out, f);
    const b = join(root, 'dist', f);
    return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b));
  });
  rmSync(out, { recursive: true, force: true });
  if (differ.length) {
    console.error(`dist/ is stale (${differ.slice(0, 5).join(', ')}${differ.length > 5 ? ', …' : ''}): run npm run build and commit dist/`);
    process.exit(1);
  }
  console.log('dist/ is up to date');
} else {
  console.log(`built ${relative(root, out)}/`);
}
