import type { SourceFile } from '../load/yaml.js';
import type { Report } from '../engine/rule.js';
import type { AjvErrorLike } from './generated/validators.js';
export type SchemaReport = Report & {
    ruleId: 'schema';
};
export type DeclarationKind = 'tenant' | 'partner';
/** Validate a declaration file. A file that did not parse (`broken`) gives nothing: `syntax` has reported it. */
export declare function validateFile(file: SourceFile, kind: DeclarationKind): SchemaReport[];
/** Schema findings reported per file; the rest are counted in one more finding. */
export declare const MAX_SCHEMA_REPORTS = 100;
/**
 * Validate the data of a configuration file (.xtap-lint.yaml). Returns one human-readable line per problem, e.g.
 * `rules.foo: must be one of error, warning, info, off` or `unknown property "presets" (did you mean "preset"?)`.
 * An empty file (null) is a valid, empty configuration.
 */
export declare function validateConfigData(data: unknown): string[];
/**
 * One error per problem: no exact duplicates, no wrapper errors, and no enum/pattern/length errors for a value
 * whose type is already wrong (a type error carries the enumeration's `allowedValues` instead). The errors of a `propertyNames` subschema are folded into the `propertyNames` error.
 */
export declare function normalizeErrors(errors: readonly AjvErrorLike[]): AjvErrorLike[];
