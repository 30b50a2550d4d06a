/** `xtap-lint pull`: the live tenant's settings as declarations, written as `import` writes them, or merged in place. */
import { existsSync, lstatSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { defaultConfig } from '../../config/config.js';
import { MergeError, mergeIntoExisting, parseExisting } from '../../graph/merge.js';
import type { ExistingFile } from '../../graph/merge.js';
import { visible } from '../../report/inert.js';
import { endpointOf, GRAPH_OPTION_HELP, liveDeclarations, TOKEN_HELP, withGraph } from '../../live/session.js';
import { CliError } from '../io.js';
import type { Io } from '../io.js';
import { listDeclarations, readDeclaration } from '../files.js';
import { safeWriteFile } from '../../repo/safe-write.js';
import { parseCommandArgs } from '../repository.js';

export const PULL_HELP = `Usage: xtap-lint pull [--out <dir>] [options]

Read the live tenant's cross-tenant access settings from Microsoft Graph and write them as declarations, as
\`xtap-lint import\` does: one tenant file (tenant id, name and domains from /organization, license from
subscribedSkus, tenant.facts.mfaRequiredForExternalUsers from Conditional Access) and one file per partner.
Over existing declarations of the same tenant, values are updated in place: comments, labels, owner, tags,
reviewBy, ticket and the file layout stay; partners the tenant gained are added, those it lost removed.

Options:
  -o, --out <dir>            the folder to write (default: .)
${GRAPH_OPTION_HELP}  -h, --help                 show this help

Permissions: Policy.Read.All and Organization.Read.All (docs/live-tenant.md).
${TOKEN_HELP}
Exit codes: 0 written, 2 bad usage or a failure talking to Microsoft Graph.
`;

function display(io: Io, abs: string): string {
  return (relative(io.cwd, abs) || '.').split(sep).join('/');
}

/** The declarations already in the folder (relative paths, `/` separators). */
function existingFiles(dir: string): ExistingFile[] {
  if (!existsSync(dir)) return [];
  const config = defaultConfig();
  const out: ExistingFile[] = [];
  for (const p of listDeclarations(dir, config)) {
    const f = readDeclaration(dir, p, config.limits.maxFileBytes);
    if (f.text === undefined) throw new CliError(`${p} under the output folder cannot be read (${f.problem?.message ?? 'unreadable'}): fix or remove it first`);
    out.push({ path: p, text: f.text });
  }
  return out;
}

export async function pullCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs<{ out?: string; 'graph-endpoint'?: string; help?: boolean }>('pull', args, {
    out: { type: 'string', short: 'o' },
    'graph-endpoint': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(PULL_HELP);
    return 0;
  }
  if (positionals.length) throw new CliError(`pull takes no paths (got "${visible(positionals[0])}"); use --out <dir> for the folder to write`);
  const endpoint = endpointOf(values['graph-endpoint']);
  const outDir = resolve(io.cwd, values.out ?? '.');
  if (existsSync(outDir) && !lstatSync(outDir).isDirectory()) throw new CliError(`--out must be a folder: ${display(io, outDir)}`);
  const existing = existingFiles(outDir);
  const shown = (p: string): string => display(io, join(outDir, ...p.split('/')));
  try {
    // Before talking to Graph: a declaration that cannot be merged stops the pull at once.
    parseExisting(existing, shown);
  } catch (err) {
    if (err instanceof MergeError) throw new CliError(`pull: ${visible(err.message)}`);
    throw err;
  }

  const { live, result } = await withGraph(io, endpoint, (graph) => liveDeclarations(graph, endpoint));
  let merged;
  try {
    merged = mergeIntoExisting(result, existing, shown, new Set(live.options.license === undefined ? ['license'] : []));
  } catch (err) {
    if (err instanceof MergeError) throw new CliError(`pull: ${visible(err.message)}`);
    throw err;
  }
  for (const w of merged.writes) {
    const abs = join(outDir, ...w.path.split('/'));
    // Never through a link (a planted `xtap -> elsewhere` or file link), folders made one at a time.
    safeWriteFile(abs, w.text, { cwd: io.cwd, what: display(io, abs), createDirs: true });
  }
  for (const d of merged.deletes) rmSync(join(outDir, ...d.split('/')), { force: true });
  for (const u of result.unknown) io.stderr(`pull: dropped unknown property ${visible(u.path)}: Microsoft Graph returned a property xtap-lint does not know yet\n`);
  for (const n of [...live.notes, ...result.notes.filter((n) => !/^no --(tenant-id|license)/.test(n)), ...merged.notes]) io.stderr(`pull: ${visible(n)}\n`);
  const name = live.options.name ? `${visible(live.options.name)} (${live.tenantId})` : live.tenantId;
  const what = existing.length === 0 ? 'wrote' : 'updated';
  const count = merged.writes.length + merged.deletes.length;
  io.stdout(
    count === 0
      ? `Pulled ${name} from ${endpoint.origin}: the declarations in ${display(io, outDir)} are up to date.\n`
      : `Pulled ${name} from ${endpoint.origin}: ${what} ${merged.writes.length} file${merged.writes.length === 1 ? '' : 's'}${merged.deletes.length ? `, removed ${merged.deletes.length}` : ''} in ${display(io, outDir)}. Review, then run: xtap-lint ${display(io, outDir)}\n`,
  );
  return 0;
}
