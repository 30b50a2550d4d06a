import type { SourceFile } from '../load/yaml.js';
import type { IdentitySyncDecl, Located, PolicyDecl, SentinelValue } from './model.js';
/** A declared value written at `node` under the key node `key`. */
export declare function located<T>(value: T, file: SourceFile, node: unknown, key: unknown): Located<T>;
export declare function readLocated<T>(file: SourceFile, map: unknown, key: string, guard: (v: unknown) => v is T): Located<T> | undefined;
export declare const isString: (v: unknown) => v is string;
export declare const isBool: (v: unknown) => v is boolean;
export declare const isBoolOrNull: (v: unknown) => v is boolean | null;
/** Read what a `default:` map or a partner entry declares. */
export declare function readPolicy(file: SourceFile, map: unknown): PolicyDecl;
export declare function readIdentitySync(file: SourceFile, pair: {
    key: unknown;
    value: unknown;
}): IdentitySyncDecl;
/** Root map of a file (following an alias), or undefined; parses the file again when its tree was dropped. */
export declare function rootMap(file: SourceFile): unknown;
/**
 * Every scalar `unknownFutureValue` that is a value (never a key) in a parsed file, in document order. Aliases are
 * not followed: the anchored node is reported where it is written, once.
 */
export declare function readSentinels(file: SourceFile): SentinelValue[];
