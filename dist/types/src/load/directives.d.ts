/**
 * Suppression comments (SPEC §3.7):
 *   # xtap-lint-disable-next-line <rule>[, <rule>] -- <reason>   (on the line above, or at the end of the line itself)
 *   # xtap-lint-disable-line <rule> -- <reason>                    (ESLint's spelling: at the end of the line itself)
 *   # xtap-lint-disable <rule> -- <reason>  …  # xtap-lint-enable <rule>
 * With no rule named, a directive covers every rule but `syntax`. A reason may end with `until YYYY-MM-DD`: from that
 * date on the directive suppresses nothing (`expired-disable` reports it).
 */
export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
export interface Directive {
    kind: DirectiveKind;
    /** Rule ids named; empty for all rules. */
    rules: string[];
    reason: string | undefined;
    /** The date the directive expires, when its reason ends with `until YYYY-MM-DD` (SPEC §3.7). */
    until?: string;
    /** 1-based line and column of the `#`. */
    line: number;
    column: number;
    endColumn: number;
    /** For disable-next-line: the line it covers. For disable: the first covered line. */
    fromLine: number;
    /** Last covered line (inclusive). */
    toLine: number;
}
/**
 * The comments of a YAML text, from yaml's concrete syntax tree: text inside a scalar (a block scalar, a multi-line
 * quoted string) is never a comment, whatever it looks like (SPEC §1.1, §3.7). Offsets are the `#`'s.
 */
export declare function yamlComments(text: string): Array<{
    offset: number;
    source: string;
}>;
/**
 * Find the directives in a file's comments. Cheap when there are none. `comments`: the file's comments when the
 * loader has them already (the fast parse path); else they are read from yaml's syntax tree.
 */
export declare function parseDirectives(text: string, comments?: ReadonlyArray<{
    offset: number;
    source: string;
}>): Directive[];
/** Whether a directive covers a rule on a line. */
export declare function directiveCovers(d: Directive, ruleId: string, line: number): boolean;
