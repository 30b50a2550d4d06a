/**
 * The rule API: a rule is metadata plus a pure check over the resolved model (ESLint's rule modules).
 */
import type { Message, Preset, Range, RulePreset, Severity, SeveritySetting } from '../types.js';
import type { Loc, PartnerModel, RepoModel } from '../resolve/model.js';
export type RuleCategory = 'validity' | 'best-practice' | 'trust' | 'multi-tenant' | 'posture' | 'change' | 'directive' | 'hygiene' | 'policy';
export interface RuleMeta {
    /** One line: what the rule reports. */
    description: string;
    category: RuleCategory;
    /** Severity in each preset; `off` where the preset leaves the rule out. */
    severity: Record<RulePreset, SeveritySetting>;
    /**
     * The published checks the rule covers, as `framework:id` keys of src/engine/compliance.ts (`zero-trust:21790`):
     * shown on its page, in json and SARIF, and turned on by `--preset cisa` / `--preset zero-trust` (SPEC §3.10).
     */
    compliance?: string[];
    /** Severities the rule may report with when not configured (e.g. error / warning). */
    variants?: Severity[];
    /** Where the rule's facts come from. */
    sources: string[];
    /** Whether `--fix` repairs some of its findings. */
    fixable?: boolean;
    /** Runs only when a base revision is given (SPEC §3.6). */
    needsBase?: boolean;
    /**
     * The rule checks how values are written (a target's form, a sentinel, a duplicate ID), so its findings stand on
     * declarations that have a `schema` error. Every other rule's findings there are left out: they would read a value
     * the model could not read as written (RepoModel.invalid).
     */
    checksForm?: boolean;
    /** The documentation URL, when it is not the rule's page in this repository (organization policies' `docs`). */
    docs?: string;
}
/** A fix edits the parsed document of the finding's file in place; the fixer then writes it back. */
export interface Fix {
    description: string;
    apply(): void;
}
export interface Report {
    /** The node the finding points at. `node: null` points at 1:1 of the file. */
    at: Loc;
    /** An explicit range, when no node fits (syntax errors, directives). */
    range?: Range;
    message: Message;
    /** The variant severity; the rule's preset severity when absent. A configured severity replaces it. */
    severity?: Severity;
    /** Partners that inherit this default-level problem unchanged (their share of the finding). */
    inheritedBy?: PartnerModel[];
    fix?: Fix;
    related?: Array<{
        at: Loc;
        message: string;
    }>;
    /**
     * The finding exists only for the partners in `inheritedBy` (not for the level it points at): when a directive on
     * each of their entries suppresses their share, the finding is suppressed too (organization policies).
     */
    onlyShares?: boolean;
}
export interface RuleContext {
    model: RepoModel;
    /** The model at the base revision (`--base`), for change-aware rules. */
    base?: RepoModel;
    /** The date of the run, `YYYY-MM-DD` (UTC), when the adapter gives one (`XTAP_LINT_NOW` fixes it): date rules need it. */
    now?: string;
    report(report: Report): void;
}
export interface Rule {
    id: string;
    meta: RuleMeta;
    check(ctx: RuleContext): void;
}
/** Identity function that types a rule module. */
export declare function defineRule(rule: Rule): Rule;
/** Severities for a rule that is on in every preset. */
export declare function always(severity: Severity): Record<RulePreset, SeveritySetting>;
/** Severities for a posture rule: off in `recommended`, on in `strict` and `all`. */
export declare function strictOnly(severity: Severity): Record<RulePreset, SeveritySetting>;
/** Where every rule's documentation lives; the URL is derived from the id, never hand-written. */
export declare const REPOSITORY_URL = "https://github.com/xtap-lint/xtap-lint";
export declare function docsUrl(ruleId: string): string;
/** A rule's documentation URL: its own `docs` (organization policies), else its page in this repository. */
export declare function ruleDocsUrl(rule: Pick<Rule, 'id' | 'meta'> | undefined, ruleId: string): string;
/**
 * A rule's severity in a preset. The framework presets (`cisa`, `zero-trust`) turn on exactly the rules mapped to a
 * check of that framework, at their `strict` severity (else `all`), and leave every other built-in rule off;
 * organization policies keep their own severity in every preset.
 */
export declare function presetSeverity(rule: Pick<Rule, 'meta'>, preset: Preset): SeveritySetting;
