/**
 * The fix for a `schema` finding about an unknown property whose case-insensitive match is a known property
 * (`b2BCollaborationInbound` → `b2bCollaborationInbound`): Graph names are case-sensitive, the intent is clear.
 * The validate stage calls this for its "unknown property" findings.
 */
import type { SourceFile } from '../load/yaml.js';
import type { Fix } from '../engine/rule.js';
import type { Loc } from '../load/yaml.js';
/**
 * The fix for a value that differs from the one xtap-lint suggests only in case (`P1` → `p1`, `Allowed` → `allowed`,
 * `User` → `user`, `allusers` → `AllUsers`, `office365` → `Office365`): Graph's values are case-sensitive and the
 * intent is clear. Undefined for any other difference (a misspelling is the author's to correct).
 */
export declare function valueCasingFix(at: Loc, found: string, known: string | undefined): Fix | undefined;
export declare function propertyCasingFix(file: SourceFile, map: unknown, prop: string, known: string | undefined): Fix | undefined;
