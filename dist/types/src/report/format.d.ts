/**
 * What every formatter receives: results with paths as the user sees them, plus the rule metadata.
 */
import type { FileResult } from '../types.js';
import type { Rule } from '../engine/rule.js';
import type { RepoModel } from '../resolve/model.js';
export interface FormatContext {
    /** Results to print, paths already made relative to the working directory. */
    results: FileResult[];
    /** Every known rule, for formats that describe rules (SARIF). */
    rules: readonly Rule[];
    /** Colour escapes allowed. */
    color: boolean;
    /** xtap-lint's version. */
    version: string;
    /** Repository-relative path of each printed file (SARIF uses these). */
    repoPaths?: Map<string, string>;
    /** Notices that are not findings. */
    notices?: string[];
    /** Text of each declaration file by repository-relative path (SARIF computes line fingerprints from it). */
    sources?: ReadonlyMap<string, string>;
    /** Columns the terminal formats lay their lines out to (stylish); 80 when absent. */
    width?: number;
    /** A repository-relative path as the user sees it (stylish's related locations); the path itself when absent. */
    displayPath?: (repoPath: string) => string;
    /** The repository model (the HTML report draws the trust map from it and filters by tenant and partner). */
    model?: RepoModel;
    /** A title for reports that have one (HTML). */
    title?: string;
    /** The date of the run, `YYYY-MM-DD`: the Markdown summary lists suppressions that expire within 30 days of it. */
    now?: string;
}
export type Formatter = (ctx: FormatContext) => string;
