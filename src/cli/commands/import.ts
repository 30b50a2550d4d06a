/** `xtap-lint import`: the CLI adapter — read the JSON files and folders, write the declarations. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ImportError, importTenant } from '../../graph/import.js';
import { JsonSyntaxError, parseJson } from '../../graph/json.js';
import { visible } from '../../report/inert.js';
import type { ImportOptions, ImportSource } from '../../graph/import.js';
import { isGuid } from '../../resolve/knowledge.js';
import { CliError } from '../io.js';
import type { Io } from '../io.js';
import { parseCommandArgs } from '../repository.js';
import { assertWritablePath, safeWriteFile } from '../../repo/safe-write.js';

export const IMPORT_HELP = `Usage: xtap-lint import <files|folders...> --out <dir> [options]

Turn the JSON of Microsoft Graph GET responses into declarations: one tenant file and one partner file per
partner. Reads the root policy (/policies/crossTenantAccessPolicy), /default, /partners (one partner or a
\`value\` collection) and /partners/{id}/identitySynchronization, v1.0 or beta, EntraExporter's
Policies/CrossTenantAccessPolicy folders, PowerShell SDK output (PascalCase names) and UTCM snapshots. A folder
is read for every *.json under it. To read the live tenant directly, see xtap-lint pull.

Options:
  -o, --out <dir>            the folder to write (required)
      --tenant-id <id>       the tenant's ID (Graph's responses do not carry it)
      --license <plan>       the tenant's Microsoft Entra ID plan: free, p1 (default), p2
      --name <name>          the tenant's name: tenant.name and the tenant file's name
      --force                overwrite files that exist
  -h, --help                 show this help

Properties Graph does not have are dropped and listed on stderr (a request carrying one would fail with 400).
Exit codes: 0 written, 2 bad usage, unreadable JSON (shown at line:column) or a soft-deleted partner list.
`;

const LICENSES = ['free', 'p1', 'p2'] as const;

/** Decode a JSON file's bytes: UTF-8 (with or without BOM) or UTF-16 with BOM, as Windows PowerShell writes. */
export function decodeText(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function jsonFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const abs = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') walk(abs);
      } else if (e.isFile() && /\.json$/i.test(e.name)) out.push(abs);
    }
  };
  walk(dir);
  // An EntraExporter export holds the whole tenant: read only its cross-tenant access policy folder.
  const xtap = out.filter((f) => /(^|[\\/])policies[\\/]crosstenantaccesspolicy([\\/]|$)/i.test(relative(dir, f)));
  return xtap.length ? xtap : out;
}

function display(io: Io, abs: string): string {
  return (relative(io.cwd, abs) || '.').split(sep).join('/');
}

function readSources(io: Io, paths: string[]): ImportSource[] {
  const sources: ImportSource[] = [];
  for (const p of paths) {
    const abs = resolve(io.cwd, p);
    if (!existsSync(abs)) throw new CliError(`no such file or directory: ${p}`);
    const files = statSync(abs).isDirectory() ? jsonFilesUnder(abs) : [abs];
    if (files.length === 0) throw new CliError(`no .json files under ${p}`);
    for (const f of files) {
      const shown = display(io, f);
      let text: string;
      try {
        text = decodeText(readFileSync(f));
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        throw new CliError(`cannot read ${shown}: ${e.code ? e.message.split('\n')[0] : 'it is neither UTF-8 nor UTF-16 text'}`);
      }
      try {
        sources.push({ path: shown, json: parseJson(text) });
      } catch (err) {
        if (err instanceof JsonSyntaxError) throw new CliError(`cannot read ${shown}:${err.line}:${err.column}: not valid JSON: ${err.reason}`);
        throw err;
      }
    }
  }
  return sources;
}

export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs<{ out?: string; 'tenant-id'?: string; license?: string; name?: string; force?: boolean; help?: boolean }>(
    'import',
    args,
    {
      out: { type: 'string', short: 'o' },
      'tenant-id': { type: 'string' },
      license: { type: 'string' },
      name: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  );
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new CliError('import needs the JSON files or folders to read (see xtap-lint import --help)');
  if (!values.out) throw new CliError('import needs --out <dir>, the folder to write the declarations to');
  const options: ImportOptions = {};
  if (values['tenant-id'] !== undefined) {
    if (!isGuid(values['tenant-id'])) throw new CliError(`--tenant-id must be a GUID, got "${values['tenant-id']}"`);
    options.tenantId = values['tenant-id'];
  }
  if (values.license !== undefined) {
    const license = LICENSES.find((l) => l === values.license);
    if (!license) throw new CliError(`--license must be one of free, p1, p2; got "${values.license}"`);
    options.license = license;
  }
  if (values.name !== undefined) options.name = values.name;

  const sources = readSources(io, positionals);
  let result;
  try {
    result = importTenant(sources, options);
  } catch (err) {
    if (err instanceof ImportError) throw new CliError(`import: ${err.message}`);
    throw err;
  }

  const outDir = resolve(io.cwd, values.out);
  const targets = result.files.map((f) => ({ abs: join(outDir, ...f.path.split('/')), text: f.text }));
  // No output through a link: each target and the folders on its way are checked before anything is written.
  for (const t of targets) assertWritablePath(t.abs, { cwd: io.cwd, what: display(io, t.abs), kind: 'file' });
  if (!values.force) {
    const existing = targets.find((t) => existsSync(t.abs));
    if (existing) throw new CliError(`${display(io, existing.abs)} exists: use --force to overwrite it`);
  }
  for (const t of targets) {
    safeWriteFile(t.abs, t.text, { cwd: io.cwd, what: display(io, t.abs), createDirs: true });
  }
  for (const u of result.unknown) {
    io.stderr(`import: dropped unknown property ${visible(u.path)} from ${display(io, join(outDir, ...u.file.split('/')))}: Microsoft Graph has no such property (a request carrying it would fail with 400 Invalid property)\n`);
  }
  for (const n of result.notes) io.stderr(`import: ${visible(n)}\n`);
  const partners = result.files.length - 1;
  io.stdout(`Wrote ${display(io, targets[0].abs)} and ${partners} partner file${partners === 1 ? '' : 's'}. Review them, then run: xtap-lint ${display(io, outDir)}\n`);
  return 0;
}
