/**
 * Compliance mappings (SPEC §3.10): the published checks of CISA SCuBA, Maester, Microsoft's Zero Trust Assessment
 * and CIPP that concern cross-tenant access settings, with their sources (reference/existing-checks.md §2, §5 M).
 * A rule lists the checks it covers in `meta.compliance` (`'zero-trust:21790'`); a check no rule covers says why.
 * docs/compliance.md is generated from this table and the rules (scripts/gen-compliance.mjs); `--preset cisa` and
 * `--preset zero-trust` turn on exactly the rules mapped to that framework.
 */
export type Framework = 'cisa' | 'maester' | 'zero-trust' | 'cipp';
export declare const FRAMEWORKS: Record<Framework, {
    name: string;
    source: string;
}>;
export interface PublishedCheck {
    framework: Framework;
    id: string;
    title: string;
    /** Where the check is defined. */
    source: string;
    /** How the rule's reading differs from the check's, when it does. */
    note?: string;
    /** Why no rule covers it (only for checks no rule lists). */
    uncovered?: string;
}
/** Every published check about cross-tenant access settings, in framework order. Keys are `framework:id`. */
export declare const PUBLISHED_CHECKS: readonly PublishedCheck[];
/** `framework:id` of a check. */
export declare function checkKey(c: Pick<PublishedCheck, 'framework' | 'id'>): string;
/** The published check of a `framework:id` key, or undefined. */
export declare function publishedCheck(key: string): PublishedCheck | undefined;
/** "Zero Trust Assessment 21790": a check as a person names it (SARIF tags, the Markdown summary, rule pages). */
export declare function checkLabel(key: string): string;
/** The framework presets: `--preset cisa`, `--preset zero-trust`. */
export declare const FRAMEWORK_PRESETS: readonly ["cisa", "zero-trust"];
export type FrameworkPreset = (typeof FRAMEWORK_PRESETS)[number];
