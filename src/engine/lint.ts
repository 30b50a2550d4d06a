/**
 * The engine: file contents in, findings out. No file system, git, network or process access here.
 *   load → validate → resolve → rules → suppression → results
 */
import { loadFiles } from '../load/load.js';
import type { LoadOptions, Reused } from '../load/load.js';
import { parseDirectives, directiveCovers } from '../load/directives.js';
import type { Directive } from '../load/directives.js';
import { keepDeclData, locRange } from '../load/yaml.js';
import type { SourceFile } from '../load/yaml.js';
import { validateFile } from '../validate/validate.js';
import { suggest } from '../validate/suggest.js';
import { pointsAtInvalid, readFileDecl, resolveRepo } from '../resolve/resolve.js';
import type { FileDecl } from '../resolve/resolve.js';
import type { PartnerModel, RepoModel } from '../resolve/model.js';
import { configuredSeverity, defaultConfig } from '../config/config.js';
import type { Config, Limits } from '../config/config.js';
import { docsUrl, presetSeverity, ruleDocsUrl } from './rule.js';
import type { Fix, Report, Rule } from './rule.js';
import { levelName } from './levels.js';
import { RULES, RULES_BY_ID } from '../../rules/index.js';
import type { FileResult, Finding, InputFile, LintResult, Message, Range, Severity, SeveritySetting, SuppressedFinding } from '../types.js';

export interface LintOptions {
  config?: Config;
  /** `--rule id=severity` overrides, applied after the config. */
  cliRules?: Record<string, SeveritySetting>;
  /** Declarations at the base revision (`--base`): turns on the change-aware rules. */
  base?: readonly InputFile[];
  /** Rules to run instead of the built-in set (tests). */
  rules?: readonly Rule[];
  /** Organization policies as rules (src/engine/policies.ts), run after the built-in (or given) rules. */
  policies?: readonly Rule[];
  /**
   * The date of the run, `YYYY-MM-DD`. The engine reads no clock: the adapter passes today's date (or `XTAP_LINT_NOW`);
   * without it, rules about dates (`partner-review-overdue`) stay silent.
   */
  now?: string;
  /**
   * Keep the fixes of the findings in `EngineRun.fixes` (the default). `false` for a run whose fixes nobody applies (a
   * lint without `--fix`): each fix is let go once its finding is made (`fixable` is still set).
   */
  fixes?: boolean;
  /** Keep each file's declarations as plain data (`SourceFile.declData`): `export` reads them without a second parse. */
  keepDeclData?: boolean;
  /** Called after each file is parsed and read into the model (adapters: memory housekeeping). */
  afterFile?: () => void;
  /**
   * Called when a phase of the run ends (adapters: memory housekeeping): `model` once the model (and the base's) is
   * built, `rules` once every rule has run and its reports are findings.
   */
  afterPhase?: (phase: 'model' | 'rules') => void;
}

export interface EngineRun {
  result: LintResult;
  /** The parsed files, for fixers (their syntax trees dropped: `documentOf` parses one again). */
  files: SourceFile[];
  /** Fixes by file path, in report order (empty when `LintOptions.fixes` is false). */
  fixes: Map<string, Fix[]>;
  model: RepoModel;
  /** The model at the base revision, when `base` was given (for the semantic diff: no second parse). */
  base?: RepoModel;
}

/** Build the repository model from file contents (load → validate-free resolve). Used for `--base`, diff, graph. */
export function buildModel(inputs: readonly InputFile[], limits?: Limits, keep = false, afterFile?: () => void): { model: RepoModel; reports: Array<Report & { ruleId: string }> } {
  const lim = limits ?? defaultConfig().limits;
  const { loaded, model } = loadModel(inputs, { maxAliasCount: lim.maxAliasCount, maxDepth: lim.maxDepth, afterFile }, false, keep);
  return { model, reports: loaded.reports };
}

/**
 * Two models of the same repository (the working tree and a base revision) where a file whose text is the same on
 * both sides is read once: the second model takes the first's reading of it (resolveRepo's `reused`). Used by
 * `diff --base`; `lintFiles` does the same for `base`.
 */
export function buildModels(
  first: readonly InputFile[],
  second: readonly InputFile[],
  limits?: Limits,
  afterFile?: () => void,
): { first: { model: RepoModel; reports: Array<Report & { ruleId: string }> }; second: { model: RepoModel; reports: Array<Report & { ruleId: string }> } } {
  const lim = limits ?? defaultConfig().limits;
  const parse = { maxAliasCount: lim.maxAliasCount, maxDepth: lim.maxDepth, afterFile };
  const a = loadModel(first, parse, false, false, true);
  const b = loadModel(second, parse, false, false, false, a.reusable);
  return { first: { model: a.model, reports: a.loaded.reports }, second: { model: b.model, reports: b.loaded.reports } };
}

/**
 * Load, (validate,) and resolve. Each file is validated and read into the model right after it is parsed, while its
 * syntax tree exists; the loader drops the tree afterwards. `collect`: also return, by path, each file a second load
 * of the same text may take over as it is (parsed cleanly, and no schema problem marked in what was read of it, so
 * that the reading is what a load without validation makes); `reuse`: such files from a first load.
 */
function loadModel(inputs: readonly InputFile[], limits: LoadOptions, validate: boolean, keep = false, collect = false, reuse?: ReadonlyMap<string, Reused<FileDecl>>) {
  const decls = new Map<SourceFile, FileDecl>();
  const clean = new Set<SourceFile>();
  const reused = new Set<SourceFile>();
  const loaded = loadFiles(
    inputs,
    limits,
    (file, kind) => {
      const reports = validate ? validateFile(file, kind) : [];
      if (keep) keepDeclData(file);
      // The model marks the declarations these errors are in: rules that read them are not set off (InvalidSpans).
      decls.set(file, readFileDecl(file, reports.map((r) => r.at)));
      if (collect && reports.length === 0) clean.add(file);
      return reports;
    },
    reuse
      ? {
          files: reuse,
          onReused: (r) => {
            decls.set(r.file, r.extra);
            reused.add(r.file);
          },
        }
      : undefined,
  );
  const model = resolveRepo(loaded.files, loaded.includes, decls, reuse ? reused : undefined);
  const reusable = new Map<string, Reused<FileDecl>>();
  for (const file of clean) {
    const kind = loaded.kinds.get(file.path);
    const includes = loaded.read.get(file);
    const extra = decls.get(file);
    if ((kind === 'tenant' || kind === 'partner') && includes && extra) reusable.set(file.path, { file, kind, includes, extra });
  }
  return { loaded, model, reusable };
}

/**
 * A fix, unless it would edit a map that merge keys copy from (`<<: *base`: the edit would change every map that
 * merges it) or re-serialise a document with merge keys (which would write the merged entries out). SPEC §1.1.
 */
function fixOutsideMerges(fix: Fix | undefined, file: SourceFile): Fix | undefined {
  if (!fix) return undefined;
  const text = fix as Fix & { file?: SourceFile; edits?: () => Array<{ start: number; end: number }> | undefined };
  const target = text.file ?? file;
  if (target.merges.length === 0) return fix;
  const edits = typeof text.edits === 'function' ? text.edits() : undefined;
  if (!edits) return undefined;
  return edits.some((e) => target.merges.some((m) => e.start <= m.from[1] && e.end >= m.from[0])) ? undefined : fix;
}

export function joinMessage(m: Message): string {
  return [m.what, m.why, m.fix].map((s) => s.trim()).filter(Boolean).join(' ');
}

/** `message`, joined from `parts` whenever it is read. */
function joinedMessage(this: { parts: Message }): string {
  return joinMessage(this.parts);
}

/** A caller that sets `message` gets a plain property with that value, as on any other finding. */
function setMessage(this: object, value: string): void {
  Object.defineProperty(this, 'message', { value, writable: true, enumerable: true, configurable: true });
}

/**
 * `message` as an own enumerable property that joins `parts` when read (spread, `JSON.stringify`, `Object.keys` see it
 * as before): the joined text is not kept beside its three parts, one more ~300-character string per finding (~5 MB at
 * 50,000 partners). One shared getter: every finding has the same hidden class, and no field for it.
 */
const MESSAGE: PropertyDescriptor = Object.freeze({ get: joinedMessage, set: setMessage, enumerable: true, configurable: true });

/** A finding the engine makes for a rule's report (its keys in the order of the Finding interface). */
class ReportFinding {
  // Declared, not defined as class fields: the constructor makes the keys, in this order, and leaves out the optional ones.
  declare ruleId: string;
  declare severity: Severity;
  declare message: string;
  declare parts: Message;
  declare file: string;
  declare range: Range;
  declare docsUrl: string;
  declare fixable: boolean;
  declare compliance?: string[];
  declare related?: Array<{ file: string; range: Range; message: string }>;
  constructor(ruleId: string, severity: Severity, parts: Message, file: string, range: Range, docsUrl: string, fixable: boolean) {
    this.ruleId = ruleId;
    this.severity = severity;
    Object.defineProperty(this, 'message', MESSAGE);
    this.parts = parts;
    this.file = file;
    this.range = range;
    this.docsUrl = docsUrl;
    this.fixable = fixable;
  }
}

/** Lint a repository's declaration files. */
export function lintFiles(inputs: readonly InputFile[], options: LintOptions = {}): EngineRun {
  const config = options.config ?? defaultConfig();
  const cliRules = options.cliRules ?? {};
  const rules = options.policies?.length ? [...(options.rules ?? RULES), ...options.policies] : (options.rules ?? RULES);
  const ruleById = new Map<string, Rule>(rules.map((r) => [r.id, r]));
  const limits = { maxAliasCount: config.limits.maxAliasCount, maxDepth: config.limits.maxDepth, afterFile: options.afterFile };
  // With a base, each base file whose text is the working tree's takes the working tree's reading of it (buildModels).
  const { loaded, model, reusable } = loadModel(inputs, limits, true, options.keepDeclData === true, options.base !== undefined);
  const base = options.base ? loadModel(options.base, limits, false, false, false, reusable).model : undefined;
  options.afterPhase?.('model');

  const severityFor = (rule: Rule | undefined, ruleId: string, file: string, variant: Severity | undefined): SeveritySetting => {
    if (ruleId === 'syntax') return 'error';
    const configured = configuredSeverity(config, cliRules, ruleId, file);
    if (configured !== undefined) return configured;
    const preset = rule ? presetSeverity(rule, config.preset) : 'error';
    if (preset === 'off') return 'off';
    return variant ?? preset;
  };

  const enabledAnywhere = (rule: Rule): boolean => {
    if (rule.meta.needsBase && !base) return false;
    if (presetSeverity(rule, config.preset) !== 'off') return true;
    if (config.rules[rule.id] && config.rules[rule.id] !== 'off') return true;
    if (cliRules[rule.id] && cliRules[rule.id] !== 'off') return true;
    return config.overrides.some((o) => o.rules[rule.id] && o.rules[rule.id] !== 'off');
  };

  // Suppression directives.
  const directives = new Map<SourceFile, Directive[]>();
  for (const f of loaded.files) {
    const ds = parseDirectives(f.text, f.comments);
    if (ds.length) directives.set(f, ds);
  }
  const used = new Set<Directive>();
  const usedRule = new Map<Directive, Set<string>>();
  const markUsed = (d: Directive, ruleId: string): void => {
    used.add(d);
    const s = usedRule.get(d) ?? new Set<string>();
    s.add(ruleId);
    usedRule.set(d, s);
  };
  // A directive whose `until` date has come suppresses nothing (SPEC §3.7); without a date of the run none expires.
  const expired = (d: Directive): boolean => d.until !== undefined && options.now !== undefined && d.until <= options.now;
  const findDirective = (file: SourceFile, ruleId: string, line: number): Directive | undefined =>
    directives.get(file)?.find((d) => !expired(d) && directiveCovers(d, ruleId, line));

  // One URL string per rule, not one per finding.
  const docsUrls = new Map<string, string>();
  const docsFor = (ruleId: string): string => {
    let url = docsUrls.get(ruleId);
    if (url === undefined) docsUrls.set(ruleId, (url = ruleDocsUrl(RULES_BY_ID.get(ruleId) ?? ruleById.get(ruleId), ruleId)));
    return url;
  };
  const byFile = new Map<string, { findings: Finding[]; suppressed: SuppressedFinding[] }>();
  for (const f of loaded.files) byFile.set(f.path, { findings: [], suppressed: [] });
  const fixes = new Map<string, Fix[]>();
  const keepFixes = options.fixes !== false;

  /**
   * A report becomes its finding as soon as its rule makes it (its severity, the directives, its fix): no report outlives
   * the rule's call to `report`, so a run never holds every report and every finding at once, and the reports die young
   * instead of filling the old generation with garbage (bench/README.md, "Reports settled as they are made").
   */
  const settle = (ruleId: string, report: Report): void => {
    const file = report.at.file;
    const rule = RULES_BY_ID.get(ruleId) ?? ruleById.get(ruleId);
    const severity = severityFor(rule, ruleId, file.path, report.severity);
    if (severity === 'off') return;
    const range = report.range ?? locRange(report.at);
    let what = report.message.what;
    let sharesSuppressedBy: Directive | undefined;
    // Partners whose share a directive on their entry suppresses: each stays in the output as a suppressed finding of
    // that partner (SPEC §3.7), at its `tenantId:` key.
    const suppressedShares: Array<{ partner: PartnerModel; directive: Directive }> = [];
    if (report.inheritedBy && report.inheritedBy.length) {
      const kept = report.inheritedBy.filter((partner) => {
        if (!directives.has(partner.file)) return true;
        const line = locRange(partner.entry).line;
        const keyLine = locRange(partner.entryKey).line;
        const d = findDirective(partner.file, ruleId, line) ?? findDirective(partner.file, ruleId, keyLine);
        if (d) {
          markUsed(d, ruleId);
          sharesSuppressedBy ??= d;
          suppressedShares.push({ partner, directive: d });
        }
        return !d;
      });
      if (!kept.length && !report.onlyShares) sharesSuppressedBy = undefined;
      if (kept.length) {
        sharesSuppressedBy = undefined;
        const names = kept.slice(0, 3).map((x) => x.label).join(', ');
        const more = kept.length > 3 ? `, and ${kept.length - 3} more` : '';
        what = what.replace(/\.$/, '') + ` (inherited by ${kept.length} partner${kept.length === 1 ? '' : 's'}: ${names}${more}).`;
      }
    }
    // The rule's message itself when nothing is added to it (the report is let go: no copy of it is kept).
    const parts: Message = what === report.message.what ? report.message : { ...report.message, what };
    const fix = fixOutsideMerges(report.fix, file);
    const finding: Finding = new ReportFinding(ruleId, severity, parts, file.path, range, docsFor(ruleId), Boolean(fix));
    const compliance = rule?.meta.compliance;
    if (compliance?.length) finding.compliance = [...compliance];
    if (report.related?.length) {
      finding.related = report.related.map((r) => ({ file: r.at.file.path, range: locRange(r.at), message: r.message }));
    }
    if (!sharesSuppressedBy) {
      const where = `${file.path}:${range.line}`;
      for (const { partner, directive } of suppressedShares) {
        const shareParts: Message = { ...report.message, what: report.message.what.replace(/\.$/, '') + ` (the share of ${levelName(partner)}, which inherits it from the default at ${where}).` };
        byFile.get(partner.file.path)?.suppressed.push({
          ruleId,
          severity,
          message: joinMessage(shareParts),
          parts: shareParts,
          file: partner.file.path,
          range: locRange(partner.entryKey),
          docsUrl: finding.docsUrl,
          fixable: false,
          ...(finding.compliance ? { compliance: finding.compliance } : {}),
          related: [{ file: file.path, range, message: "the default's finding" }],
          suppressions: [{ kind: 'directive', justification: directive.reason ?? '', ...(directive.until ? { until: directive.until } : {}) }],
        });
      }
    }
    const bucket = byFile.get(file.path);
    if (!bucket) return;
    const d = sharesSuppressedBy ?? findDirective(file, ruleId, range.line);
    if (d) {
      markUsed(d, ruleId);
      bucket.suppressed.push({ ...finding, suppressions: [{ kind: 'directive', justification: d.reason ?? '', ...(d.until ? { until: d.until } : {}) }] });
      return;
    }
    bucket.findings.push(finding);
    if (fix && keepFixes) {
      const list = fixes.get(file.path) ?? [];
      list.push(fix);
      fixes.set(file.path, list);
    }
  };

  for (const r of loaded.reports) settle(r.ruleId, r);
  loaded.reports.length = 0;

  for (const rule of rules) {
    if (rule.meta.category === 'directive' || !enabledAnywhere(rule)) continue;
    // A finding that points into a declaration with a schema error (or a malformed target) reads what the model could
    // not read as written: left out, unless the rule checks how values are written (meta.checksForm).
    const checksForm = rule.meta.checksForm === true;
    const ctx = {
      model,
      report: (r: Report) => {
        if (!checksForm && pointsAtInvalid(model, r.at)) return;
        settle(rule.id, r);
      },
      ...(base ? { base } : {}),
      ...(options.now ? { now: options.now } : {}),
    };
    rule.check(ctx);
  }
  options.afterPhase?.('rules');

  // Directive rules: unused-disable and disable-needs-reason.
  for (const [file, ds] of directives) {
    const bucket = byFile.get(file.path);
    if (!bucket) continue;
    for (const d of ds) {
      if (d.kind === 'enable') continue;
      const range = { line: d.line, column: d.column, endLine: d.line, endColumn: d.endColumn };
      const emit = (ruleId: string, parts: Message): void => {
        const sev = severityFor(RULES_BY_ID.get(ruleId), ruleId, file.path, undefined);
        if (sev === 'off') return;
        bucket.findings.push({ ruleId, severity: sev, message: joinMessage(parts), parts, file: file.path, range, docsUrl: docsUrl(ruleId), fixable: false });
      };
      // A rule that did not run here (off for this file, or change-aware without --base) cannot have used the directive.
      const ran = (r: string): boolean => {
        const rule = ruleById.get(r);
        return rule !== undefined && enabledAnywhere(rule) && severityFor(rule, r, file.path, undefined) !== 'off';
      };
      if (expired(d)) {
        emit('expired-disable', {
          what: `This \`xtap-lint-${d.kind}\` directive expired on ${d.until}: it no longer suppresses ${d.rules.length ? d.rules.map((r) => `\`${r}\``).join(', ') : 'anything'}.`,
          why: 'The exception was accepted until that date; the findings it covered are reported again until someone decides anew.',
          fix: 'Fix what the directive covered and remove it, or, if the exception still holds, renew it with a new reason and a later `until` date.',
        });
        continue;
      }
      const unknown = d.rules.filter((r) => !RULES_BY_ID.has(r) && !ruleById.has(r));
      for (const r of unknown) {
        const near = suggest(r, [...RULES_BY_ID.keys()]);
        emit('unused-disable', {
          what: `\`${r}\` in this \`xtap-lint-${d.kind}\` directive is not an xtap-lint rule.`,
          why: 'The directive suppresses nothing for it, so the finding it was meant for is still reported, or a later one is hidden by the rest of the directive.',
          fix: near ? `Did you mean \`${near}\`?` : 'Correct the rule id (`xtap-lint rules` lists them), or remove it.',
        });
      }
      const unusedRules = d.rules.length
        ? d.rules.filter((r) => !unknown.includes(r) && ran(r) && !usedRule.get(d)?.has(r))
        : used.has(d)
          ? []
          : ['*'];
      if (unusedRules.length) {
        const names = unusedRules[0] === '*' ? 'any rule' : unusedRules.map((r) => `\`${r}\``).join(', ');
        emit('unused-disable', {
          what: `This \`xtap-lint-${d.kind}\` directive suppresses no finding of ${names}.`,
          why: 'A stale suppression hides the next real problem of that rule here.',
          fix: unusedRules[0] === '*' ? 'Remove the directive.' : `Remove ${names} from the directive, or the whole directive.`,
        });
      }
      if (!d.reason) {
        emit('disable-needs-reason', {
          what: `This \`xtap-lint-${d.kind}\` directive gives no reason.`,
          why: 'A reviewer cannot tell a deliberate exception from a silenced mistake.',
          fix: `Add the reason after \` -- \`, e.g. \`# xtap-lint-${d.kind} ${d.rules.join(', ') || '<rule>'} -- <why this is an accepted exception>\`.`,
        });
      }
    }
  }

  const files: FileResult[] = [];
  for (const f of loaded.files) {
    const bucket = byFile.get(f.path);
    if (!bucket) continue;
    bucket.findings.sort(compareFindings);
    bucket.suppressed.sort(compareFindings);
    files.push(fileResult(f.path, dedupe(bucket.findings), bucket.suppressed));
  }
  const ruleSeverities: Record<string, SeveritySetting> = {};
  for (const rule of rules) ruleSeverities[rule.id] = enabledAnywhere(rule) ? severityFor(rule, rule.id, '', undefined) : 'off';
  const notices: string[] = [];
  return { result: { files, rules: ruleSeverities, notices }, files: loaded.files, fixes, model, ...(base ? { base } : {}) };
}

function dedupe(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  let last = '';
  for (const f of findings) {
    const key = `${f.range.line}:${f.range.column}:${f.ruleId}:${f.message}`;
    if (key !== last) out.push(f);
    last = key;
  }
  return out;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.line - b.range.line ||
    a.range.column - b.range.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export function fileResult(file: string, findings: Finding[], suppressed: SuppressedFinding[]): FileResult {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    file,
    findings,
    suppressed,
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
    fatalErrorCount: findings.filter((f) => f.ruleId === 'syntax').length,
    fixableErrorCount: findings.filter((f) => f.fixable && f.severity === 'error').length,
    fixableWarningCount: findings.filter((f) => f.fixable && f.severity === 'warning').length,
  };
}

