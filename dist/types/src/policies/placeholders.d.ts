/** The placeholders an organization policy's message may use (SPEC §3.9). No imports: the compiler bundle stays small. */
export declare const PLACEHOLDERS: readonly ["partner", "tenant", "level"];
/** The placeholders a message uses that are not known (`{owner}`), in order; empty when all are known. */
export declare function unknownPlaceholders(message: string): string[];
