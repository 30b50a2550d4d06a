/**
 * Property (issue 11, item 9): every output format of every fuzzed input is inert. Partner names, target labels,
 * tenant names and file names are drawn from hostile fragments (workflow commands, escape sequences,
 * Markdown links and images, @mentions, HTML, Mermaid directives, bidi controls) and arbitrary text; then every
 * formatter, the trust map in each format and the semantic diff must show them as text only:
 * no `::` line outside the `github` format, no raw control character, no active Markdown.
 * CI runs a fixed seed; `npm run fuzz` a bigger budget (XTAP_FUZZ_RUNS, XTAP_FUZZ_SEED).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lintFiles } from '../../src/engine/lint.js';
import { FORMATTERS } from '../../src/report/index.js';
import type { FormatContext } from '../../src/report/index.js';
import { RULES } from '../../rules/index.js';
import { graphDot, graphJson, graphMermaid } from '../../src/intel/graph.js';
import { diffModels, renderDiffMarkdown } from '../../src/intel/diff.js';
import { inertMarkdown, visible } from '../../src/report/inert.js';
import type { InputFile } from '../../src/types.js';
import { expectGithubCommands, expectInertMarkdown, expectInertMermaid, expectInertText, renderInline, textOf } from '../security/inert-checks.js';

const RUNS = Number(process.env.XTAP_FUZZ_RUNS ?? 60);
const SEED = process.env.XTAP_FUZZ_SEED === 'random' ? Date.now() : Number(process.env.XTAP_FUZZ_SEED ?? 20261206);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };
const TIMEOUT = 30_000 + RUNS * 150;

export const HOSTILE = [
  '\n::error file=x::INJECTED',
  '::stop-commands::tok',
  '::add-mask::secret',
  '%0A::warning::x',
  '\r\n::notice::y',
  '@octocat',
  '@org/team',
  'ping @everyone',
  '![x](https://evil.example/p.png)',
  '[click](https://evil.example)',
  '<img src=x onerror=alert(1)>',
  '<a href="https://evil.example">a</a>',
  '<!-- hidden -->',
  'https://evil.example/x',
  'www.evil.example',
  'mallory@evil.example',
  '#12',
  'GH-7',
  '`code` ``',
  '| cell |',
  '$\\href{https://e.example}{x}$',
  '&lt;b&gt;',
  '\\',
  '*bold* _em_ ~~s~~',
  '%%{init: {"theme":"dark"}}%%',
  '\nclick t_x href "javascript:alert(1)"',
  '"]; click t_a href "https://evil.example"; x["',
  '\u001b]52;c;aGk=\u0007',
  '\u001b[2J',
  '\u001b[8m',
  '\u009b31m',
  '\u202e',
  '\u2028',
  '\u200b',
  '- list',
  '1. item',
  '# heading',
  '> quote',
];

const fragment = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 8 }));
const hostileText = fc.array(fragment, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
/** A file-name stem: anything but `/`, NUL and a leading dot (the include glob would skip it). */
const fileStem = hostileText.map((s) => s.replace(/[/\0]/g, '_').replace(/^\.+/, '') || 'x');

/** A YAML double-quoted scalar holding exactly `s`: JSON escapes, and every non-ASCII character as \u. */
function yamlString(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const TENANT_ID = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';

function partnerYaml(i: number, name: string, label: string): string {
  const hex = (0x10 + i).toString(16).padStart(2, '0');
  // An app allow list without the MFA registration apps (a finding that names the partner), a mistyped AllUsers
  // (another), and a labelled target.
  return `  - tenantId: 5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a${hex}
    name: ${yamlString(name)}
    b2bCollaborationInbound:
      usersAndGroups:
        accessType: allowed
        targets:
          - { target: AllUsers, targetType: group, label: ${yamlString(label)} }
      applications:
        accessType: allowed
        targets:
          - { target: 00000003-0000-0ff1-ce00-000000000000, targetType: application, label: ${yamlString(label)} }
`;
}

interface Case {
  tenantName: string;
  partners: Array<{ name: string; label: string }>;
  stems: string[];
}

function inputsOf(c: Case): InputFile[] {
  const files: InputFile[] = [
    {
      path: 'contoso.xtap.yaml',
      text: `tenant:\n  id: ${TENANT_ID}\n  name: ${yamlString(c.tenantName)}\n  license: p1\ninclude:\n  - partners/*.xtap.yaml\n`,
    },
  ];
  c.partners.forEach((p, i) => {
    const stem = c.stems[i % c.stems.length];
    files.push({ path: `partners/${stem}-${i}.xtap.yaml`, text: `partners:\n${partnerYaml(i, p.name, p.label)}` });
  });
  // A file the tenant does not include, and a broken one: findings that quote file names.
  files.push({ path: `stray/${c.stems[0]}.xtap.yaml`, text: 'partners: []\n' });
  files.push({ path: `partners/${c.stems[0]}-broken.xtap.yaml`, text: 'partners:\n  - tenantId: [\n' });
  return files;
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  tenantName: hostileText,
  partners: fc.array(fc.record({ name: hostileText, label: hostileText }), { minLength: 1, maxLength: 3 }),
  stems: fc.array(fileStem, { minLength: 1, maxLength: 2 }),
});

function context(inputs: InputFile[]): { ctx: FormatContext; run: ReturnType<typeof lintFiles> } {
  const run = lintFiles(inputs, { config: undefined });
  const repoPaths = new Map(run.result.files.map((f) => [f.file, f.file]));
  const sources = new Map(inputs.filter((f) => f.text !== undefined).map((f) => [f.path, f.text as string]));
  return {
    run,
    ctx: { results: run.result.files, rules: RULES, color: false, version: '0', repoPaths, notices: [`${inputs[1]?.path ?? ''} was not linted`], sources },
  };
}

/** Formats owned elsewhere: stylish and compact are h4a-output's terminal redesign, with their own tests. */
const TERMINAL_FORMATS = new Set(['stylish', 'compact']);

describe(`inert outputs (seed ${SEED}, ${RUNS} runs)`, () => {
  it('inertMarkdown renders, inline, to its text only: no element, no mention, no autolink', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const html = renderInline(inertMarkdown(s));
        expect(html).not.toMatch(/<(?!br>)/);
        const text = textOf(html);
        // The text is the visible form of the input, plus word joiners.
        expect(text.replace(/\u2060/g, '')).toBe(visible(s));
        expect(text).not.toMatch(/(^|[^\w`])@[A-Za-z0-9]|#\d|\bwww\./i);
      }),
      { ...params, numRuns: RUNS * 20 },
    );
  });

  it('every format of every fuzzed repository is inert', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const inputs = inputsOf(c);
        const { ctx, run } = context(inputs);
        expect(run.result.files.some((f) => f.findings.length > 0)).toBe(true);
        for (const [name, format] of Object.entries(FORMATTERS)) {
          if (TERMINAL_FORMATS.has(name)) continue;
          const out = format(ctx);
          if (name === 'github') expectGithubCommands(out, name);
          else expectInertText(out, name);
          if (name === 'markdown') expectInertMarkdown(out, name);
          if (name === 'json' || name === 'sarif') expect(() => JSON.parse(out) as unknown).not.toThrow();
        }
        expectInertText(graphDot(run.model), 'graph dot');
        expectInertText(graphJson(run.model), 'graph json');
        const mermaid = graphMermaid(run.model).trimEnd();
        expectInertText(mermaid, 'graph mermaid');
        expectInertMermaid(mermaid, 'graph mermaid');
        const empty = lintFiles([{ path: 'contoso.xtap.yaml', text: `tenant:\n  id: ${TENANT_ID}\n  license: p1\n` }]).model;
        const diffMd = renderDiffMarkdown(diffModels(empty, run.model), { before: 'base `0123456789ab`', after: 'this pull request', headingLevel: 4 });
        expectInertText(diffMd, 'diff markdown');
        expectInertMarkdown(diffMd, 'diff markdown');
      }),
      params,
    );
  });
});
