import type { EngineRun, LintOptions } from '../engine/lint.js';
import type { Fix } from '../engine/rule.js';
import type { SourceFile } from '../load/yaml.js';
import type { InputFile } from '../types.js';
import type { TextEdit } from './edits.js';
export declare const MAX_FIX_PASSES = 10;
export interface FixOutcome {
    /** The engine run over the fixed contents. */
    run: EngineRun;
    /** The inputs with fixed contents. */
    inputs: InputFile[];
    /** Files whose text changed: path → [before, after]. */
    changed: Map<string, {
        before: string;
        after: string;
    }>;
    passes: number;
}
/** Splice non-overlapping edits into a text. */
export declare function applyEdits(text: string, edits: readonly TextEdit[]): string;
/** One pass over one file: the new text, or undefined when no fix applies. */
export declare function fixOnce(file: SourceFile, fixes: readonly Fix[]): string | undefined;
/** Fix the files `selected` accepts until nothing changes. */
export declare function fixFiles(inputs: readonly InputFile[], options: LintOptions, selected: (path: string) => boolean): FixOutcome;
