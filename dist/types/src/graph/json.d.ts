export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
    [key: string]: Json;
}
/**
 * Set a key read from a file as an own property: plain assignment of `__proto__` would replace the object's
 * prototype (and drop the key) instead.
 */
export declare function setOwn(o: JsonObject, key: string, value: Json): void;
export declare function isObject(v: unknown): v is JsonObject;
/** An OData annotation: `@odata.context`, `@odata.type`, `b2bCollaborationInbound@odata.type`, … */
export declare function isAnnotation(key: string): boolean;
/** Drop OData annotations at every depth. */
export declare function dropAnnotations(v: Json): Json;
/** Drop `null`s at every depth, and objects left empty by it; undefined when nothing is left. */
export declare function dropNulls(v: Json): Json | undefined;
/**
 * A canonical form for comparing settings the way Graph reads them: keys sorted, target GUIDs lower-cased,
 * `label`s dropped, target lists and `allowedCloudEndpoints` compared as sets, nulls dropped.
 */
export declare function canonical(v: Json | undefined): string;
export declare function sameSetting(a: Json | undefined, b: Json | undefined): boolean;
/** A JSON syntax error at a 1-based line and column (JSON.parse only gives a character offset, when it gives one). */
export declare class JsonSyntaxError extends Error {
    readonly line: number;
    readonly column: number;
    readonly reason: string;
    constructor(line: number, column: number, reason: string);
}
/**
 * JSON.parse, with a syntax error's position as line:column: V8 gives a character offset for some errors and none
 * for others ("Unexpected token"), so on failure jsonc-parser (Microsoft's, as VS Code uses it) finds where.
 */
export declare function parseJson(text: string): unknown;
