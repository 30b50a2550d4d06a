/**
 * Load stage: file contents → parsed documents with positions, kinds (tenant or partner file), and includes
 * resolved against the set of declaration files the adapter handed over (SPEC §1.2, §4.1).
 */
import { globMatch, globProblem, MAX_BRACE_EXPANSION } from './glob.js';
import { getPair, isSeq, locOf, parseSource, position, DEFAULT_PARSE_LIMITS } from './yaml.js';
import type { Loc, ParseLimits, SourceFile } from './yaml.js';
import type { InputFile } from '../types.js';
import type { Report } from '../engine/rule.js';
import { suggest } from '../validate/suggest.js';

export type FileKind = 'tenant' | 'partner' | 'unknown';

export interface LoadedRepo {
  /** Every file, sorted by path. */
  files: SourceFile[];
  kinds: Map<string, FileKind>;
  /** Tenant file path → the partner files it (and no other tenant) includes. */
  includes: Map<string, SourceFile[]>;
  /** What was read of each parsed file for its includes (a second load of the same text takes it over: Reused). */
  read: ReadonlyMap<SourceFile, FileIncludes>;
  reports: Array<Report & { ruleId: string }>;
}

/** Top-level keys only a tenant file has (SPEC §1.1); a partner file has `partners:` alone. */
const TENANT_ONLY_KEYS = ['tenant', 'default', 'include', 'crossTenantAccessPolicy'];

/**
 * A file is a tenant file when it has any key only a tenant file has, or a top-level key that is a near miss of
 * `tenant` (`tennant:`, `Tenant:`): one `schema` error with "did you mean `tenant`" then tells the author, instead of
 * the file being read as a partner file (with an error for each tenant key and for every partner file it includes).
 */
export function fileKind(file: SourceFile): FileKind {
  if (file.broken || !file.data || typeof file.data !== 'object' || Array.isArray(file.data)) return file.broken ? 'unknown' : 'partner';
  for (const key of Object.keys(file.data)) {
    if (TENANT_ONLY_KEYS.includes(key)) return 'tenant';
    if (key !== 'partners' && suggest(key, ['tenant']) === 'tenant') return 'tenant';
  }
  return 'partner';
}

const FILE_PROBLEM_TEXT: Record<string, string> = {
  unreadable: 'the file cannot be read',
  binary: 'the file is binary, not YAML text',
  encoding: 'the file is not valid UTF-8 text',
  'too-large': 'the file is larger than the size limit',
  'symlink-outside': 'the file is a symbolic link that points outside the repository',
};

/**
 * What the later stages do with a file right after it is parsed, while its syntax tree (`file.doc`) and plain data
 * (`file.data`) exist: check the data against the schema and read the declarations into the model. Both are dropped
 * afterwards — a repository's trees kept alive until the end of the run cost more than parsing them
 * (bench/README.md); `documentOf` parses a file again for the few consumers that need nodes.
 */
export type OnParsed = (file: SourceFile, kind: 'tenant' | 'partner') => Array<Report & { ruleId: string }>;

/** What the loader itself needs of a file after dropping its tree: a tenant file's includes, a partner file's `partners:` key. */
export interface FileIncludes {
  includes: Array<{ glob: string; loc: Loc }>;
  partnersKey: Loc;
}

/**
 * A file read for a second load of the same text (`--base` and `diff --base`: a base file equal to the working tree's),
 * taken over from the first load as it is: the first load's SourceFile (its tree already dropped), its kind and
 * includes, and what the caller read from it (`extra`: the model's FileDecl).
 */
export interface Reused<T> {
  file: SourceFile;
  kind: 'tenant' | 'partner';
  includes: FileIncludes;
  extra: T;
}

/** What the loader is given besides the files: the parser's limits, and what to call after each file. */
export interface LoadOptions extends ParseLimits {
  /**
   * Called after each file is parsed and read (the adapters' memory housekeeping, src/repo/heap.ts). It is
   * given nothing: the engine hands no file contents out.
   */
  afterFile?: () => void;
}

export function loadFiles<T = never>(
  inputs: readonly InputFile[],
  limits: LoadOptions = DEFAULT_PARSE_LIMITS,
  onParsed?: OnParsed,
  reused?: { files: ReadonlyMap<string, Reused<T>>; onReused: (r: Reused<T>) => void },
): LoadedRepo {
  const reports: LoadedRepo['reports'] = [];
  const files: SourceFile[] = [];
  const kinds = new Map<string, FileKind>();
  const read = new Map<SourceFile, FileIncludes>();
  const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const input of sorted) {
    if (input.problem || input.text === undefined) {
      const file = parseSource(input.path, '', limits).file;
      file.broken = true;
      file.doc = undefined;
      file.data = undefined;
      files.push(file);
      kinds.set(file.path, 'unknown');
      const what = input.problem ? `${FILE_PROBLEM_TEXT[input.problem.kind] ?? 'the file cannot be read'}: ${input.problem.message}` : 'the file cannot be read';
      reports.push({
        ruleId: 'syntax',
        at: locOf(file, null),
        message: { what: capitalize(what) + '.', why: 'xtap-lint can only check declarations it can read as YAML text.', fix: fixForProblem(input.problem?.kind) },
      });
      continue;
    }
    const again = reused?.files.get(input.path);
    if (again && again.file.text === input.text) {
      // The same text as a file the other load parsed cleanly: its parse is reused, not repeated.
      files.push(again.file);
      kinds.set(again.file.path, again.kind);
      read.set(again.file, again.includes);
      reused?.onReused(again);
      continue;
    }
    const { file, problems } = parseSource(input.path, input.text, limits);
    files.push(file);
    const kind = fileKind(file);
    kinds.set(file.path, kind);
    if (!file.broken && kind !== 'unknown') {
      if (onParsed) reports.push(...onParsed(file, kind));
      read.set(file, readIncludes(file));
    }
    file.data = undefined;
    file.doc = undefined;
    limits.afterFile?.();
    for (const p of problems) {
      const range = p.whole ? rangeAt(file, 0) : rangeAt(file, p.offset);
      reports.push({
        ruleId: 'syntax',
        at: locOf(file, null),
        range,
        message: {
          // The token kind and the position, never the file's text (SPEC §5): a secret read through a symlink must not reach the output.
          what: `YAML syntax error: ${p.message}${p.whole ? '' : ` at ${range.line}:${range.column}`}.`,
          why: 'A file that is not valid YAML cannot be read, so none of its settings are checked.',
          fix: 'Correct the YAML at this position.',
        },
      });
    }
  }
  const includes = resolveIncludes(files, kinds, read, reports);
  return { files, kinds, includes, read, reports };
}

function fixForProblem(kind: string | undefined): string {
  switch (kind) {
    case 'too-large':
      return 'Split the file into smaller partner files, or raise `limits.maxFileBytes` in .xtap-lint.yaml.';
    case 'symlink-outside':
      return 'Replace the link with the file itself, or remove it.';
    case 'binary':
    case 'encoding':
      return 'Save the file as UTF-8 YAML text.';
    default:
      return 'Check the file permissions, or remove the file.';
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function rangeAt(file: SourceFile, offset: number) {
  const p = position(file, offset);
  return { line: p.line, column: p.column, endLine: p.line, endColumn: p.column };
}

function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

/** Join a glob to a directory and normalise `.` and `..`; undefined when it leaves the root. */
export function joinGlob(dir: string, glob: string): string | undefined {
  if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob)) return undefined;
  const parts = (dir ? dir.split('/') : []).concat(glob.replace(/\\/g, '/').split('/'));
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

function readIncludes(file: SourceFile): FileIncludes {
  const root = file.doc?.contents;
  const includes: FileIncludes['includes'] = [];
  const pair = getPair(root, 'include');
  if (pair && isSeq(pair.value)) {
    for (const item of pair.value.items) {
      const glob = (item as { value?: unknown }).value;
      if (typeof glob === 'string') includes.push({ glob, loc: locOf(file, item) });
    }
  }
  return { includes, partnersKey: locOf(file, getPair(root, 'partners')?.key) };
}

function resolveIncludes(files: SourceFile[], kinds: Map<string, FileKind>, read: ReadonlyMap<SourceFile, FileIncludes>, reports: LoadedRepo['reports']): Map<string, SourceFile[]> {
  const candidates = files.filter((f) => kinds.get(f.path) !== 'tenant');
  const includedBy = new Map<string, SourceFile[]>();
  const result = new Map<string, SourceFile[]>();
  for (const tenantFile of files) {
    if (kinds.get(tenantFile.path) !== 'tenant') continue;
    const dir = dirname(tenantFile.path);
    for (const { glob, loc } of read.get(tenantFile)?.includes ?? []) {
      if (globProblem(glob) !== undefined) {
        // Counted before anything is compiled: a brace bomb costs one pass over the pattern.
        reports.push({
          ruleId: 'include-unresolved',
          at: loc,
          message: {
            what: `The braces of this include expand to more than ${MAX_BRACE_EXPANSION} patterns.`,
            why: 'Each pattern a glob expands to is compiled and matched against every file: a few hundred bytes of braces (`{a,b}{a,b}…`) would take minutes and gigabytes, so xtap-lint refuses the include and reads none of the files it names.',
            fix: `Name the partner files with fewer brace alternatives (at most ${MAX_BRACE_EXPANSION} patterns), e.g. \`partners/*.xtap.yaml\`.`,
          },
        });
        continue;
      }
      const pattern = joinGlob(dir, glob);
      if (pattern === undefined) {
        reports.push({
          ruleId: 'include-unresolved',
          at: loc,
          message: {
            what: `The include \`${glob}\` leaves the repository.`,
            why: 'Includes are confined to the repository root so that a review sees every declaration it applies.',
            fix: 'Move the partner files into the repository and include them by a path below this file.',
          },
        });
        continue;
      }
      const matched = candidates.filter((f) => f.path !== tenantFile.path && globMatch(f.path, pattern));
      if (matched.length === 0) {
        reports.push({
          ruleId: 'include-unresolved',
          at: loc,
          message: {
            what: `The include \`${glob}\` matches no partner file.`,
            why: 'Partners declared in files the include was meant to match are silently missing from this tenant.',
            fix: 'Correct the glob (it is relative to this file), or remove it.',
          },
        });
        continue;
      }
      for (const f of matched) {
        const list = includedBy.get(f.path) ?? [];
        if (!list.includes(tenantFile)) list.push(tenantFile);
        includedBy.set(f.path, list);
      }
    }
  }
  const maybeHiddenTenant = files.some((f) => f.broken && /^tenant\s*:/m.test(f.text));
  for (const f of candidates) {
    if (kinds.get(f.path) !== 'partner') continue;
    const by = includedBy.get(f.path) ?? [];
    const loc = read.get(f)?.partnersKey ?? locOf(f, null);
    if (by.length === 1) {
      const list = result.get(by[0].path) ?? [];
      list.push(f);
      result.set(by[0].path, list);
    } else if (by.length === 0 && !maybeHiddenTenant) {
      reports.push({
        ruleId: 'include-unresolved',
        at: loc,
        message: {
          what: 'No tenant file includes this partner file.',
          why: 'A partner file belongs to the tenant whose `include` matches it; these partners apply to no tenant.',
          fix: "Add a glob that matches this file to the tenant file's `include`, or delete the file.",
        },
      });
    } else if (by.length > 1) {
      reports.push({
        ruleId: 'include-unresolved',
        at: loc,
        message: {
          what: `This partner file is included by ${by.length} tenant files: ${by.map((t) => t.path).join(', ')}.`,
          why: 'A partner file must belong to exactly one tenant; xtap-lint cannot tell whose partners these are.',
          fix: 'Narrow the includes so that exactly one tenant file matches this file.',
        },
      });
    }
  }
  return result;
}
