/** `xtap-lint diff --base <git-ref> | --against <dir> [paths]`: the semantic diff of effective access (a thin adapter). */
import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { buildModels } from '../../engine/lint.js';
import type { buildModel } from '../../engine/lint.js';
import { configSelects, defaultConfig } from '../../config/config.js';
import type { Config } from '../../config/config.js';
import { diffModels, filterChanges, renderDiffJson, renderDiffMarkdown, renderDiffText } from '../../intel/diff.js';
import type { InputFile } from '../../types.js';
import { CliError } from '../io.js';
import type { Io } from '../io.js';
import { listDeclarations, outsideRepo, toRepoPath } from '../files.js';
import { GitError, readFilesAtRevision } from '../git.js';
import { openRepository, parseCommandArgs, readDeclarations } from '../repository.js';
import { visible } from '../../report/inert.js';
import { youngGenerationCheckpoint } from '../../repo/heap.js';

export const DIFF_HELP = `Usage: xtap-lint diff (--base <git-ref> | --against <dir>) [paths...] [options]

Print the semantic diff of effective cross-tenant access: per tenant and partner, per direction and kind,
who gained or lost access to which apps, trust, sync and automatic redemption changes, partners added or
removed (with what the removal reverts to). Moving partners between files, renaming files and reordering
YAML change nothing. Gained and lost compare access (who may use what), not the text of the lists:
narrowing AllApplications to Office365 loses the apps outside Office 365 and gains nothing.

Options:
      --base <git-ref>      compare the declarations at this revision (read from git, no checkout)
                            with the working tree
      --against <dir>       compare a folder of declarations (e.g. what \`xtap-lint import\` wrote from the
                            live tenant) with the repository: the drift between them
  -f, --format <name>       stylish (default: plain text for the terminal), markdown or json
  -c, --config <file>       configuration file (its files/ignore choose the declarations)
  -h, --help                show this help

[paths...] limit the output to changes declared in those files or folders.
Exit codes: 0 the diff was printed (with or without changes), 2 bad usage or an unreadable revision.
`;

interface DiffOptions {
  base?: string;
  against?: string;
  format?: string;
  config?: string;
  help?: boolean;
}

function parse(args: string[]): { values: DiffOptions; positionals: string[] } {
  return parseCommandArgs<DiffOptions>('diff', args, {
    base: { type: 'string' },
    against: { type: 'string' },
    format: { type: 'string', short: 'f' },
    config: { type: 'string', short: 'c' },
    help: { type: 'boolean', short: 'h' },
  });
}

function readTree(root: string, config: Config, skip?: string): InputFile[] {
  return readDeclarations(root, listDeclarations(root, config).filter((p) => !skip || !(p + '/').startsWith(skip)), config);
}

/** One note per file that cannot be read: its declarations take no part in the diff. */
function notes(io: Io, side: string, reports: ReturnType<typeof buildModel>['reports']): void {
  const seen = new Set<string>();
  for (const r of reports) {
    if (r.ruleId !== 'syntax' || seen.has(r.at.file.path)) continue;
    seen.add(r.at.file.path);
    io.stderr(`note: ${side} ${visible(r.at.file.path)} cannot be read (run xtap-lint on it); its declarations are left out of the diff\n`);
  }
}

export async function diffCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout(DIFF_HELP);
    return 0;
  }
  const format = values.format ?? 'stylish';
  if (format !== 'stylish' && format !== 'markdown' && format !== 'json') throw new CliError(`unknown format "${visible(format)}" for diff (one of stylish, markdown, json)`);
  if (values.base !== undefined && values.against !== undefined) throw new CliError('give either --base <git-ref> or --against <dir>, not both');
  if (values.base === undefined && values.against === undefined) throw new CliError('diff needs --base <git-ref> or --against <dir> (see xtap-lint diff --help)');
  const { root, config, select } = openRepository(io, values, positionals);

  let beforeInputs: InputFile[];
  let afterInputs: InputFile[];
  if (values.base !== undefined) {
    if (values.base === '' || values.base.startsWith('-')) throw new CliError(`--base expects a git revision, got "${values.base}"`);
    afterInputs = readTree(root, config);
    try {
      // A base file whose content is the working tree's is that very input: not read from git, not parsed again.
      beforeInputs = readFilesAtRevision(root, values.base, (p) => configSelects(config, p), new Map(afterInputs.map((i) => [i.path, i])));
    } catch (err) {
      if (err instanceof GitError) throw new CliError(`cannot read the base revision ${values.base}: ${err.message}`);
      throw err;
    }
  } else {
    const dir = resolve(io.cwd, values.against as string);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError(`--against: no such directory: ${values.against as string}`);
    beforeInputs = readTree(dir, defaultConfig());
    const inside = toRepoPath(root, dir);
    const skip = inside === '' || outsideRepo(inside) ? undefined : inside + '/';
    if (inside === '') throw new CliError('--against must name a folder other than the repository root');
    afterInputs = readTree(root, config, skip);
  }
  const sideName = values.base !== undefined ? `${values.base}:` : `${values.against as string}:`;
  // A file whose text is the same on both sides is read once (buildModels).
  const { first: after, second: before } = buildModels(afterInputs, beforeInputs, config.limits, youngGenerationCheckpoint);
  notes(io, sideName, before.reports);
  notes(io, values.base !== undefined ? 'working tree:' : 'repository:', after.reports);
  let changes = diffModels(before.model, after.model);
  if (select) changes = filterChanges(changes, select);

  if (format === 'json') {
    io.stdout(renderDiffJson(changes, values.base !== undefined ? { base: values.base } : { against: values.against as string }));
  } else {
    const shown = values.against !== undefined ? relative(io.cwd, resolve(io.cwd, values.against)).split(sep).join('/') || '.' : '';
    const render = format === 'markdown' ? renderDiffMarkdown : renderDiffText;
    const q = (s: string) => (format === 'markdown' ? `\`${s}\`` : s);
    io.stdout(render(changes, values.base !== undefined ? { before: q(values.base), after: 'the working tree' } : { before: q(shown), after: 'the repository' }));
  }
  return 0;
}
