/**
 * Types shared by every stage of the pipeline: load → validate → resolve → rules → report.
 * Nothing here touches the file system, git, the network or the process: the engine is pure.
 */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
/** The presets every rule states a severity for. */
export type RulePreset = 'recommended' | 'strict' | 'all';
export declare const RULE_PRESETS: readonly RulePreset[];
/** Every preset: the rule presets, and the framework presets that turn on the rules mapped to a framework (SPEC §3.10). */
export type Preset = RulePreset | 'cisa' | 'zero-trust';
export declare const PRESETS: readonly Preset[];
export declare const SEVERITY_SETTINGS: readonly SeveritySetting[];
/** One declaration file as an adapter hands it to the engine. */
export interface InputFile {
    /** Path relative to the repository root, with `/` separators. */
    path: string;
    /** The file's text. Absent when the adapter could not read it (then `problem` says why). */
    text?: string;
    /** Why the adapter could not hand over the text: becomes a `syntax` finding at 1:1. */
    problem?: FileProblem;
}
export interface FileProblem {
    kind: 'unreadable' | 'binary' | 'encoding' | 'too-large' | 'symlink-outside';
    message: string;
}
/** 1-based line and column of a node's first character, and of the character after its end. */
export interface Range {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}
/** Biome's three parts of a diagnostic. */
export interface Message {
    /** What is wrong, in one sentence. */
    what: string;
    /** Why it matters, with the documented fact behind it. */
    why: string;
    /** What to do about it. */
    fix: string;
}
/** A finding as the engine returns it, before any formatter. */
export interface Finding {
    ruleId: string;
    severity: Severity;
    /** The three parts joined: "What. Why. Fix." */
    message: string;
    parts: Message;
    /** Repository-relative path of the file the finding points into. */
    file: string;
    range: Range;
    docsUrl: string;
    /** The published checks the rule covers, as `framework:id` (`zero-trust:21790`); absent when none (SPEC §3.10). */
    compliance?: string[];
    /** Other places the finding names (the other tenant file, the inherited default). */
    related?: Array<{
        file: string;
        range: Range;
        message: string;
    }>;
    /** True when `--fix` can repair it. */
    fixable: boolean;
}
export interface Suppression {
    kind: 'directive' | 'baseline';
    justification: string;
    /** The date a directive stops suppressing (`-- reason until YYYY-MM-DD`). */
    until?: string;
}
export interface SuppressedFinding extends Finding {
    suppressions: Suppression[];
}
/** Per-file result, the shape ESLint users know. Counts include only unsuppressed findings. */
export interface FileResult {
    /** Repository-relative path. */
    file: string;
    findings: Finding[];
    suppressed: SuppressedFinding[];
    errorCount: number;
    warningCount: number;
    infoCount: number;
    fatalErrorCount: number;
    fixableErrorCount: number;
    fixableWarningCount: number;
}
export interface LintResult {
    /** One entry per input file, sorted by path. */
    files: FileResult[];
    /** Rule ids that ran, with the severity they ran at. */
    rules: Record<string, SeveritySetting>;
    /** Notices for the user that are not findings (a base revision that could not be read, ...). */
    notices: string[];
}
