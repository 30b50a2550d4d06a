/**
 * Property-based tests of the CLI over hostile repositories (issue 11): random symbolic links (into `.git`, out of
 * the repository, to other declaration files), file names and configuration files. Whatever they hold, the CLI
 * answers with findings or one line and exit 2 — never an internal error or a stack trace — and no output shows
 * the secret kept in `.git/config` or outside the repository. Each run makes a temporary repository, so the default
 * budget is small (XTAP_FUZZ_RUNS / 15, at least 6).
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli, tempRepo } from '../helpers/cli.js';

const RUNS = Number(process.env.XTAP_FUZZ_RUNS ?? 150);
const SEED = process.env.XTAP_FUZZ_SEED === 'random' ? Date.now() : Number(process.env.XTAP_FUZZ_SEED ?? 20261122);
const CLI_RUNS = Math.max(6, Math.floor(RUNS / 15));
const SECRET = 'Z2hzX3NlY3JldHRva2Vu';
const TENANT = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\ninclude: [partners/*.xtap.yaml]\n';
const PARTNER = 'partners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n    name: Fabrikam\n';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Where a committed symbolic link points. */
const linkTarget = fc.constantFrom('.git/config', '.git', '../outside/secret.yaml', '../outside', 'contoso.xtap.yaml', 'partners', 'missing.xtap.yaml', '.', 'node_modules/x/y.xtap.yaml');
/** What a link is called. */
const linkName = fc.constantFrom('cfg.xtap.yaml', 'partners/evil.xtap.yaml', 'partners/a\nb.xtap.yaml', 'partners/::error::x.xtap.yaml', 'partners/[x](https:evil.example).xtap.yaml', 'sub', 'partners/sub');
/** Configuration files: valid, broken, hostile. */
const config = fc.constantFrom(
  '',
  'preset: strict\n',
  `files: ['**/*.xtap.yaml']\nignore: ['p1/{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}']\n`,
  'rules: { constructor: off }\n',
  'rules:\n  __proto__: { x: 1 }\n',
  'limits: { maxAliasCount: 1000000000 }\n',
  `preset: [\n${SECRET}\n`,
  `x: &a [*a]\n`,
  `rules: { syntax: off }\n`,
  'overrides:\n  - files: ["**"]\n    rules: { schema: off }\n',
  '<<: { preset: all }\n',
  `${SECRET}: "\\q"\n`,
);

describe(`CLI fuzzing over hostile repositories (seed ${SEED}, ${CLI_RUNS} runs)`, () => {
  it('symbolic links, file names and configuration files never crash the CLI or show a secret', { timeout: 60_000 + CLI_RUNS * 4_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(linkName, linkTarget), { minLength: 1, maxLength: 3 }), config, fc.constantFrom('stylish', 'json', 'sarif', 'github', 'markdown', 'junit'), async (links, cfg, format) => {
        const base = mkdtempSync(join(tmpdir(), 'xtap-fuzz-'));
        dirs.push(base);
        mkdirSync(join(base, 'outside'));
        writeFileSync(join(base, 'outside', 'secret.yaml'), `token: ${SECRET}\n`);
        const made = tempRepo({ 'contoso.xtap.yaml': TENANT, 'partners/fabrikam.xtap.yaml': PARTNER, '.xtap-lint.yaml': cfg });
        dirs.push(made);
        writeFileSync(join(made, '.git', 'config'), `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`);
        mkdirSync(join(made, 'node_modules', 'x'), { recursive: true });
        writeFileSync(join(made, 'node_modules', 'x', 'y.xtap.yaml'), `tenant: ${SECRET}\n`);
        for (const [name, target] of links) {
          const at = join(made, name);
          mkdirSync(dirname(at), { recursive: true });
          const dest = target.startsWith('../outside') ? join(base, target.slice(3)) : target;
          try {
            symlinkSync(dest, at);
          } catch {
            // A name already taken: the property holds for what was made.
          }
        }
        const env = { HOME: base, XDG_CACHE_HOME: base, NODE_DISABLE_COMPILE_CACHE: '1' };
        const r = await runCli(["--format", format], { cwd: made, env });
        const out = r.stdout + r.stderr;
        expect([0, 1, 2]).toContain(r.code);
        expect(out).not.toMatch(/internal error|TypeError|RangeError|\n\s+at .+:\d+:\d+/);
        expect(out).not.toContain(SECRET);
        if (r.code === 2) {
          expect(r.stdout).toBe('');
          expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
        }
      }),
      { numRuns: CLI_RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
