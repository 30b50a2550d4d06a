import type { SourceFile, YAMLMap } from '../load/yaml.js';
import type { Fix } from '../engine/rule.js';
import type { EffList, Loc } from '../resolve/model.js';
/** Replace `text.slice(start, end)` with `text`; offsets index the file's original text (BOM included). */
export interface TextEdit {
    start: number;
    end: number;
    text: string;
}
/** A fix that knows its file and can describe itself as text edits. */
export interface TextFix extends Fix {
    file: SourceFile;
    /** The edits against `file.text`, or undefined when this layout needs the Document fallback. */
    edits(): TextEdit[] | undefined;
}
export declare function isTextFix(fix: Fix): fix is TextFix;
/** The line ending the file uses. */
export declare function lineEnding(text: string): string;
type Item = Record<string, string>;
/** Text edits that add `items` to the `targets` of `map` (an app list), or undefined for an unusual layout. */
export declare function addTargetsEdits(file: SourceFile, map: YAMLMap, items: readonly Item[]): TextEdit[] | undefined;
/** Add apps to a declared allow list (not to an inherited one, and not to the service default). */
export declare function addAppsFix(list: EffList, apps: readonly string[]): TextFix | undefined;
/** Replace a scalar's value, keeping its position, quoting style and comments. */
export declare function setScalarFix(loc: Loc, value: string | boolean, description: string): TextFix | undefined;
/**
 * Rename a map key in place (`b2BCollaborationInbound` → `b2bCollaborationInbound`), keeping its quoting, its
 * value and everything around it. No fix when the map already has a key of the new name.
 */
export declare function renameKeyFix(file: SourceFile, map: unknown, from: string, to: string, description?: string): TextFix | undefined;
export {};
