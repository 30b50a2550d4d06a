/**
 * A unified diff of two texts (`--fix-dry-run`), in the format `git apply` and `patch -p1` read.
 * Lines are compared exactly (a CRLF file keeps its `\r`); a last line without a line break is marked
 * `\ No newline at end of file`.
 */
/** A unified diff with `context` lines around each change; empty when the texts are equal. */
export declare function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string, context?: number): string;
