/**
 * On a pull request the configuration in force is the **base** commit's (SPEC §4.2): a pull request can propose a
 * looser policy (turn rules off, raise `limits`, ignore files), never apply one to itself. This module reads
 * `.xtap-lint.yaml` (or the workflow's `config` input path) from the base commit with git, parses the pull
 * request's own file only to show what it would change, and lists the suppression directives the pull request
 * adds, so that reviewers see every exception it asks for.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigError, defaultConfig } from '../config/config.js';
import { loadConfigFile } from '../cli/config-files.js';
import type { Config, Limits } from '../config/config.js';
import { directiveCovers, parseDirectives } from '../load/directives.js';
import type { Directive } from '../load/directives.js';
import type { FileResult, InputFile } from '../types.js';
import { inertMarkdown } from '../report/inert.js';

const CONFIG_NAMES = ['.xtap-lint.yaml', '.xtap-lint.yml'];

function git(cwd: string, args: string[]): Buffer {
  return execFileSync('git', ['-C', cwd, ...args], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** The repository's top level, or undefined outside git. */
export function gitTopLevel(cwd: string): string | undefined {
  try {
    return git(cwd, ['rev-parse', '--show-toplevel']).toString('utf8').replace(/\n$/, '');
  } catch {
    return undefined;
  }
}

/** A file at a commit: its text, 'symlink' for a symbolic link (never followed), undefined when absent. */
function blobAt(root: string, sha: string, repoPath: string): string | 'symlink' | undefined {
  let entry: string;
  try {
    // `ls-tree -z` with the path as a pathspec argument: a name with a newline cannot desynchronize anything.
    entry = git(root, ['ls-tree', '-z', sha, '--', `:(literal)${repoPath}`]).toString('utf8');
  } catch {
    return undefined;
  }
  const m = /^(\d{6}) blob ([0-9a-f]+)\t/.exec(entry);
  if (!m) return undefined;
  if (m[1] === '120000') return 'symlink';
  return git(root, ['cat-file', 'blob', m[2]]).toString('utf8');
}

export interface ConfigSource {
  /** Where it was read, as a reader would name it (`.xtap-lint.yaml at base 1a2b3c4d5e6f`). */
  where: string;
  /** The file's text; undefined when there is no file (the built-in defaults). */
  text?: string;
  /** Repository path (for messages). */
  path?: string;
}

export interface BaseConfig {
  /** The configuration in force. */
  config: Config;
  /** Where it came from. */
  source: string;
  /** The pull request's own configuration, when it has one and it parses; for the change list. */
  proposed?: Config;
  /** What the pull request changes in the configuration, one Markdown-safe line each (none: unchanged). */
  changes: string[];
  notices: string[];
}

/** `config` input inside the repository, or the nearest `.xtap-lint.yaml` upwards from `cwd` to the root; as repository paths. */
function candidates(root: string, cwd: string, explicit: string | undefined): { paths: string[]; explicit: boolean } | 'outside' {
  if (explicit) {
    const rel = relative(root, resolve(cwd, explicit));
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return 'outside';
    return { paths: [rel.split(sep).join('/')], explicit: true };
  }
  const out: string[] = [];
  let dir = resolve(cwd);
  for (;;) {
    const rel = relative(root, dir);
    if (rel.startsWith('..') || isAbsolute(rel)) break;
    for (const name of CONFIG_NAMES) out.push((rel ? `${rel}/${name}` : name).split(sep).join('/'));
    if (rel === '') break;
    dir = dirname(dir);
  }
  return { paths: out, explicit: false };
}

function parseOrNotice(load: () => Config, notices: string[], what: string): Config | undefined {
  try {
    return load();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    notices.push(`${what}: ${err.message}`);
    return undefined;
  }
}

/**
 * The configuration in force for a pull request: the base commit's. `baseReadable` false (the base commit could
 * not be fetched) gives the built-in defaults with a notice. Undefined when the `config` input names a file
 * outside the repository (the workflow's own, not the pull request's): the caller reads it as usual.
 */
export function configFromBase(opts: {
  root: string;
  cwd: string;
  baseSha: string;
  baseReadable: boolean;
  explicit: string | undefined;
  knownRules: ReadonlySet<string>;
}): BaseConfig | undefined {
  const { root, cwd, baseSha, knownRules } = opts;
  const short = baseSha.slice(0, 12);
  const found = candidates(root, cwd, opts.explicit);
  if (found === 'outside') return undefined;
  const notices: string[] = [];

  // The pull request's own file (the checkout), read only to show what it would change. Never through a symlink.
  let headPath: string | undefined;
  let headText: string | undefined;
  for (const p of found.paths) {
    const abs = join(root, ...p.split('/'));
    if (!existsSync(abs)) continue;
    headPath = p;
    try {
      if (lstatSync(abs).isSymbolicLink()) notices.push(`The pull request's ${p} is a symbolic link; it was not read.`);
      else headText = readFileSync(abs, 'utf8');
    } catch (err) {
      notices.push(`The pull request's ${p} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
    break;
  }

  let config = defaultConfig();
  let source = 'the built-in defaults';
  let basePath: string | undefined;
  if (!opts.baseReadable) {
    // The caller says so in its notice about the unreadable base commit.
    source = `the built-in defaults (the base commit ${short} cannot be read)`;
  } else {
    for (const p of found.paths) {
      const text = blobAt(root, baseSha, p);
      if (text === undefined) continue;
      basePath = p;
      if (text === 'symlink') {
        notices.push(`${p} is a symbolic link in the base commit ${short}; it was not followed: the built-in defaults are in force.`);
        break;
      }
      // The base commit's file and every file it `extends` in the repository are read from the base commit (a pull
      // request cannot loosen a shared policy file either); packages come from node_modules, as installed.
      const parsed = parseOrNotice(
        () => loadConfigFile(join(root, ...p.split('/')), cwd, knownRules, { text, root, readLocal: (repoPath) => blobAt(root, baseSha, repoPath) }),
        notices,
        `The base configuration (${p} at ${short}) cannot be used, so the built-in defaults are in force`,
      );
      if (parsed) {
        config = parsed;
        source = `${p} at the base commit ${short}`;
      }
      break;
    }
    if (found.explicit && basePath === undefined) {
      notices.push(`The configuration file ${found.paths[0]} does not exist in the base commit ${short}: the built-in defaults are in force, not the pull request's.`);
    }
  }

  let proposed: Config | undefined;
  if (headText !== undefined && headPath !== undefined) {
    const abs = join(root, ...headPath.split('/'));
    proposed = parseOrNotice(() => loadConfigFile(abs, cwd, knownRules, { text: headText }), notices, "The pull request's configuration is invalid (it is not in force)");
  }
  const changes: string[] = [];
  if (headPath !== undefined && basePath === undefined && opts.baseReadable) changes.push(`adds ${inertMarkdown(headPath)}`);
  if (headPath === undefined && basePath !== undefined) changes.push(`removes ${inertMarkdown(basePath)}`);
  else if (headPath !== undefined && basePath !== undefined && headPath !== basePath) changes.push(`moves the configuration from ${inertMarkdown(basePath)} to ${inertMarkdown(headPath)}`);
  if (proposed || headPath === undefined) changes.push(...configChanges(config, proposed ?? defaultConfig()));
  // Where the base cannot be read, the caller's notice about it says which configuration is in force.
  if (changes.length && opts.baseReadable) notices.push(`This pull request changes the xtap-lint configuration; the base commit's is in force (${source}). The changes are listed in the job summary.`);
  return { config, source, ...(proposed ? { proposed } : {}), changes, notices };
}

function show(v: unknown): string {
  return inertMarkdown(JSON.stringify(v) ?? 'none');
}

/** What `after` changes against `before`: one Markdown-safe line per key that differs. */
export function configChanges(before: Config, after: Config): string[] {
  const out: string[] = [];
  if (before.preset !== after.preset) out.push(`preset: ${show(before.preset)} → ${show(after.preset)}`);
  const ids = [...new Set([...Object.keys(before.rules), ...Object.keys(after.rules)])].sort();
  for (const id of ids) {
    const b = Object.prototype.hasOwnProperty.call(before.rules, id) ? before.rules[id] : undefined;
    const a = Object.prototype.hasOwnProperty.call(after.rules, id) ? after.rules[id] : undefined;
    if (a !== b) out.push(`rule ${inertMarkdown(id)}: ${b ?? 'preset'} → ${a ?? 'preset'}`);
  }
  for (const key of ['files', 'ignore'] as const) {
    const added = after[key].filter((g) => !before[key].includes(g));
    const removed = before[key].filter((g) => !after[key].includes(g));
    if (added.length) out.push(`${key}: adds ${added.map(show).join(', ')}`);
    if (removed.length) out.push(`${key}: removes ${removed.map(show).join(', ')}`);
  }
  if (JSON.stringify(before.overrides) !== JSON.stringify(after.overrides)) {
    const b = new Set(before.overrides.map((o) => JSON.stringify(o)));
    const a = new Set(after.overrides.map((o) => JSON.stringify(o)));
    for (const o of after.overrides) if (!b.has(JSON.stringify(o))) out.push(`overrides: adds ${show(o)}`);
    for (const o of before.overrides) if (!a.has(JSON.stringify(o))) out.push(`overrides: removes ${show(o)}`);
  }
  for (const key of Object.keys(after.limits).sort() as Array<keyof Limits>) {
    if (before.limits[key] !== after.limits[key]) out.push(`limits.${key}: ${before.limits[key]} → ${after.limits[key]}`);
  }
  // Organization policies, by id (what they check, not which file declared them).
  const policy = (p: Config['policies'][number]): string => JSON.stringify({ ...p, source: undefined });
  const beforeById = new Map(before.policies.map((p) => [p.id, p]));
  const afterById = new Map(after.policies.map((p) => [p.id, p]));
  for (const [id, p] of afterById) {
    const b = beforeById.get(id);
    if (!b) out.push(`policy ${inertMarkdown(id)}: added`);
    else if (policy(b) !== policy(p)) out.push(`policy ${inertMarkdown(id)}: changed`);
  }
  for (const id of beforeById.keys()) if (!afterById.has(id)) out.push(`policy ${inertMarkdown(id)}: removed`);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Suppression directives the pull request adds.

export interface AddedDirective {
  file: string;
  line: number;
  kind: Directive['kind'];
  rules: string[];
  reason: string | undefined;
  /** Findings in this run that the directive covers. */
  suppresses: number;
}

function directiveKey(d: Directive): string {
  return `${d.kind}\0${d.rules.join(',')}\0${d.reason ?? ''}`;
}

/**
 * Directives in the checkout's declarations that the base commit's same file does not have (compared by kind,
 * rules and reason, so moved lines are not new), with how many of this run's suppressed findings each covers.
 */
export function addedDirectives(head: readonly InputFile[], base: readonly InputFile[], results: readonly FileResult[]): AddedDirective[] {
  const baseText = new Map<string, string>();
  for (const f of base) if (f.text !== undefined) baseText.set(f.path, f.text);
  const suppressedBy = new Map<string, FileResult['suppressed']>();
  for (const r of results) suppressedBy.set(r.file, r.suppressed);
  const out: AddedDirective[] = [];
  for (const f of head) {
    if (f.text === undefined) continue;
    const ds = parseDirectives(f.text).filter((d) => d.kind !== 'enable');
    if (ds.length === 0) continue;
    const left = new Map<string, number>();
    for (const d of parseDirectives(baseText.get(f.path) ?? '')) left.set(directiveKey(d), (left.get(directiveKey(d)) ?? 0) + 1);
    for (const d of ds) {
      const k = directiveKey(d);
      const n = left.get(k) ?? 0;
      if (n > 0) {
        left.set(k, n - 1);
        continue;
      }
      const suppressed = suppressedBy.get(f.path) ?? [];
      const suppresses = suppressed.filter((s) => s.suppressions.some((x) => x.kind === 'directive') && directiveCovers(d, s.ruleId, s.range.line)).length;
      out.push({ file: f.path, line: d.line, kind: d.kind, rules: d.rules, reason: d.reason, suppresses });
    }
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/**
 * The section of the comment and the summary that shows what the pull request asks for beyond its declarations:
 * configuration changes (not in force) and the suppression directives it adds. Empty when there is neither.
 */
export function policySection(opts: { changes: readonly string[]; source?: string; directives: readonly AddedDirective[]; link?: (repoPath: string, line: number) => string }): string {
  const parts: string[] = [];
  if (opts.changes.length) {
    parts.push(
      `#### Configuration changes in this pull request (not in force)`,
      '',
      `The configuration in force is ${inertMarkdown(opts.source ?? "the base commit's")}; a pull request's own configuration applies only once it is merged.`,
      '',
      ...opts.changes.map((c) => `- ${c}`),
      '',
    );
  }
  if (opts.directives.length) {
    parts.push(`#### Suppression directives added by this pull request`, '');
    for (const d of opts.directives) {
      const where = `${inertMarkdown(d.file)}:${d.line}`;
      const url = opts.link?.(d.file, d.line);
      const loc = url && /^https:\/\/[^\s<>()[\]"'`\\]+$/.test(url) ? `[${where}](${url})` : where;
      const rules = d.rules.length ? d.rules.map(inertMarkdown).join(', ') : 'every rule';
      const reason = d.reason ? `reason: “${inertMarkdown(d.reason)}”` : '**no reason given**';
      const count = `suppresses ${d.suppresses} finding${d.suppresses === 1 ? '' : 's'}`;
      parts.push(`- ${loc}: \`xtap-lint-${d.kind}\` ${rules}; ${reason}; ${count}`);
    }
    parts.push('');
  }
  return parts.join('\n');
}
