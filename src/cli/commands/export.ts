/** `xtap-lint export`: the CLI adapter — read the repository (and the current state), write the requests. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { buildModel, lintFiles } from '../../engine/lint.js';
import { defaultConfig } from '../../config/config.js';
import { ExportRefusal, exportJsonChunks, exportPlans, madePlan } from '../../graph/export.js';
import type { ExportOptions, TenantPlan, TenantPlanSource } from '../../graph/export.js';
import { powershellScript } from '../../graph/powershell.js';
import { utcmMonitors } from '../../graph/utcm.js';
import type { UtcmMonitor } from '../../graph/utcm.js';
import { inertJson, visible } from '../../report/inert.js';
import type { InputFile } from '../../types.js';
import { CliError } from '../io.js';
import type { Io } from '../io.js';
import { listDeclarations } from '../files.js';
import { openRepository, parseCommandArgs, readDeclarations } from '../repository.js';
import { GitError, readFilesAtRevision } from '../git.js';
import { packageVersion } from '../package-info.js';
import { assertWritablePath, safeRemoveFile, safeWriteFile } from '../../repo/safe-write.js';
import { youngGenerationCheckpoint } from '../../repo/heap.js';

export const EXPORT_HELP = `Usage: xtap-lint export [paths...] [--out <dir>] [options]

Write the Microsoft Graph requests that apply the declarations, per tenant and in order: PATCH the root policy,
PATCH the default, create or update each partner (a PATCH carrying, as ifAbsent, the POST that creates it), PUT
each identity synchronization. The paths choose the tenants (default: .).

Options:
  -o, --out <dir>            write one JSON file per request, { method, url, body }, to <dir>/<tenant id>/
                             (without it the requests are printed as JSON)
  -f, --format <name>        json (default), powershell (Invoke-MgGraphRequest calls), or utcm: a
                             configuration monitor for Microsoft's drift monitor (UTCM) stating what it
                             can monitor; the declared settings it cannot are listed on stderr
      --against <dir>        declarations imported from the live tenant: exact requests (POST new partners,
                             PATCH what changed, DELETE removed partners)
      --base <git-ref>       the declarations at a git revision as the current state: exact requests
  -c, --config <file>        configuration file (default: .xtap-lint.yaml found upwards)
      --force                replace the requests an earlier export wrote
  -h, --help                 show this help

Declarations with syntax or schema errors are not exported. Exit codes: 0 written, 2 bad usage, unreadable or
invalid declarations, or a refused request (removing a cloud service provider).
`;

interface ExportValues {
  out?: string;
  format?: string;
  against?: string;
  base?: string;
  config?: string;
  force?: boolean;
  help?: boolean;
}

function display(io: Io, abs: string): string {
  return (relative(io.cwd, abs) || '.').split(sep).join('/');
}

/** Declarations under a folder, as the engine reads them. */
function readFolder(dir: string): InputFile[] {
  const config = defaultConfig();
  return readDeclarations(dir, listDeclarations(dir, config), config);
}

export async function exportCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs<ExportValues>('export', args, {
    out: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' },
    against: { type: 'string' },
    base: { type: 'string' },
    config: { type: 'string', short: 'c' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(EXPORT_HELP);
    return 0;
  }
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'powershell' && format !== 'utcm') throw new CliError(`--format must be json, powershell or utcm for export; got "${visible(format)}"`);
  if (values.against !== undefined && values.base !== undefined) throw new CliError('use --against or --base, not both');
  if (format === 'utcm' && (values.against !== undefined || values.base !== undefined)) throw new CliError('--format utcm states the declared settings, not changes: leave out --against and --base');

  const { root, config, select, paths } = openRepository(io, values, positionals, { defaultPath: true });
  const inputs = readDeclarations(root, paths, config);
  // Syntax and schema first: a body is only as good as the declaration it comes from.
  const run = lintFiles(inputs, { config, rules: [], keepDeclData: true, afterFile: youngGenerationCheckpoint });
  const chosen = select ?? (() => true);
  const selected = run.model.tenants.filter((t) => chosen(t.file.path) || t.includedFiles.some((f) => chosen(f.path)));
  if (selected.length === 0) throw new CliError(`no tenant file under ${positionals.length ? positionals.join(', ') : '.'} to export`);
  const files = new Set(selected.flatMap((t) => [t.file.path, ...t.includedFiles.map((f) => f.path)]));
  const broken = run.result.files.filter((f) => files.has(f.file) && f.findings.some((x) => x.severity === 'error' && (x.ruleId === 'syntax' || x.ruleId === 'schema')));
  if (broken.length) {
    const first = broken[0].findings.find((x) => x.ruleId === 'syntax' || x.ruleId === 'schema');
    const where = first ? `${display(io, join(root, broken[0].file))}:${first.range.line}:${first.range.column}` : broken[0].file;
    throw new CliError(`${where}: ${first?.ruleId ?? 'schema'} error in the declarations: fix it first (run xtap-lint), nothing was exported`);
  }

  if (format === 'utcm') return writeUtcm(io, utcmMonitors(run.model, packageVersion(), (t) => selected.includes(t)), values);

  const options: ExportOptions = { select: (t) => selected.includes(t) };
  if (values.against !== undefined) {
    const dir = resolve(io.cwd, values.against);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError(`--against needs a folder of declarations; not a folder: ${values.against}`);
    const current = readFolder(dir);
    if (current.length === 0) throw new CliError(`no declarations (*.xtap.yaml) under ${values.against}`);
    options.current = buildModel(current, config.limits, true, youngGenerationCheckpoint).model;
    options.missingCurrent = 'refuse';
  } else if (values.base !== undefined) {
    try {
      // A base file whose blob is the working tree's text is that input itself, not read from git again.
      const known = new Map(inputs.map((i) => [i.path, i]));
      options.current = buildModel(readFilesAtRevision(root, values.base, (p) => /\.xtap\.ya?ml$/.test(p), known), config.limits, true, youngGenerationCheckpoint).model;
    } catch (err) {
      if (err instanceof GitError) throw new CliError(`cannot read the base revision ${values.base}: ${err.message}`);
      throw err;
    }
    options.missingCurrent = 'create-or-update';
  }

  let sources: TenantPlanSource[];
  try {
    sources = exportPlans(run.model, options);
  } catch (err) {
    if (err instanceof ExportRefusal) throw new CliError(`export: ${err.message}`);
    throw err;
  }
  for (const p of sources) for (const n of p.notes) io.stderr(`export: ${visible(n)}\n`);

  // JSON on standard output: each request written as it is made, in pieces (never every request, or the whole text, at once).
  if (!values.out && format === 'json') {
    // Names and labels from the files stay data: bidi, zero-width and C1 characters as \uXXXX escapes (same JSON).
    for (const piece of exportJsonChunks(sources)) io.stdout(inertJson(piece));
    return 0;
  }
  const plans: TenantPlan[] = sources.map(madePlan);
  if (!values.out) {
    io.stdout(powershellScript(plans, packageVersion()));
    return 0;
  }

  const outDir = resolve(io.cwd, values.out);
  const writes: Array<{ abs: string; text: string }> = [];
  for (const plan of plans) {
    const dir = join(outDir, plan.tenantId);
    if (format === 'powershell') writes.push({ abs: join(dir, 'apply.ps1'), text: powershellScript([plan], packageVersion()) });
    else plan.requests.forEach((r, i) => writes.push({ abs: join(dir, `${String(i + 1).padStart(3, '0')}-${r.name}.json`), text: inertJson(JSON.stringify(r.request, null, 2)) + '\n' }));
  }
  // Earlier requests in a tenant's folder would be applied with the new ones: refuse, or with --force remove them.
  const stale: string[] = [];
  for (const plan of plans) {
    const dir = join(outDir, plan.tenantId);
    // Never list, remove or write through a link (a committed `out -> /somewhere` or `out/<tenant> -> …`).
    assertWritablePath(dir, { cwd: io.cwd, what: `--out ${values.out}`, kind: 'dir' });
    if (!existsSync(dir)) continue;
    const old = readdirSync(dir).filter((n) => /^\d{3}-.+\.json$/.test(n) || n === 'apply.ps1');
    if (old.length && !values.force) throw new CliError(`${display(io, join(dir, old[0]))} exists: use --force to replace the requests of an earlier export`);
    stale.push(...old.map((n) => join(dir, n)));
  }
  for (const f of stale) assertWritablePath(f, { cwd: io.cwd, what: display(io, f), kind: 'file' });
  for (const f of stale) safeRemoveFile(f, { cwd: io.cwd, what: display(io, f) });
  for (const w of writes) safeWriteFile(w.abs, w.text, { cwd: io.cwd, what: display(io, w.abs), createDirs: true });
  for (const plan of plans) {
    const n = plan.requests.length;
    const where = display(io, join(outDir, plan.tenantId));
    io.stdout(n === 0 ? `${visible(plan.label)}: no changes\n` : `${visible(plan.label)}: ${n} request${n === 1 ? '' : 's'} (${plan.mode}) in ${visible(where)}/\n`);
  }
  return 0;
}

/** `--format utcm`: the monitors on stdout (one object, or an array for several tenants) or in <out>/<tenant id>/. */
function writeUtcm(io: Io, monitors: UtcmMonitor[], values: ExportValues): number {
  for (const m of monitors) {
    for (const u of m.unmonitored) io.stderr(`export: UTCM cannot monitor ${visible(u)} (tenant ${visible(m.label)}); it is not in the monitor\n`);
  }
  if (!values.out) {
    const body = monitors.length === 1 ? monitors[0].monitor : monitors.map((m) => m.monitor);
    io.stdout(inertJson(JSON.stringify(body, null, 2)) + '\n');
    return 0;
  }
  const outDir = resolve(io.cwd, values.out);
  const writes = monitors.map((m) => ({ m, abs: join(outDir, m.tenantId, 'utcm-monitor.json') }));
  // Never through a link: each target and the folders on its way are checked before anything is written.
  for (const w of writes) assertWritablePath(w.abs, { cwd: io.cwd, what: display(io, w.abs), kind: 'file' });
  const existing = writes.find((w) => existsSync(w.abs));
  if (existing && !values.force) throw new CliError(`${display(io, existing.abs)} exists: use --force to replace it`);
  for (const w of writes) {
    safeWriteFile(w.abs, inertJson(JSON.stringify(w.m.monitor, null, 2)) + '\n', { cwd: io.cwd, what: display(io, w.abs), createDirs: true });
    io.stdout(`${visible(w.m.label)}: UTCM configuration monitor in ${display(io, w.abs)}\n`);
  }
  return 0;
}
