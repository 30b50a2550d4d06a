/**
 * The fix for a `schema` finding about an unknown property whose case-insensitive match is a known property
 * (`b2BCollaborationInbound` → `b2bCollaborationInbound`): Graph names are case-sensitive, the intent is clear.
 * The validate stage calls this for its "unknown property" findings.
 */
import type { SourceFile } from '../load/yaml.js';
import type { Fix } from '../engine/rule.js';
export declare function propertyCasingFix(file: SourceFile, map: unknown, prop: string, known: string | undefined): Fix | undefined;
