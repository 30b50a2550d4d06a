import type { Rule } from './rule.js';
import type { LevelView } from '../resolve/view.js';
import type { Severity } from '../types.js';
/** A policy as `.xtap-lint.yaml` declares it. */
export interface PolicySpec {
    id: string;
    severity: Severity;
    message: string;
    docs?: string;
    where?: unknown;
    assert: unknown;
    /** The configuration file that declared it (for messages). */
    source?: string;
}
/** The part of an ajv validate function the engine uses. */
export interface SchemaCheck {
    (data: unknown): boolean;
    errors?: ReadonlyArray<{
        instancePath: string;
        keyword: string;
        message?: string;
        params?: Record<string, unknown>;
    }> | null;
}
export interface CompiledPolicy {
    spec: PolicySpec;
    where?: SchemaCheck;
    assert: SchemaCheck;
}
export { PLACEHOLDERS, unknownPlaceholders } from '../policies/placeholders.js';
/** Where a policy without its own `docs` URL points: the page that explains organization policies. */
export declare const POLICIES_DOCS = "https://github.com/xtap-lint/xtap-lint/blob/main/docs/policies.md";
/** A policy's message for a level: `{partner}` is the partner's name (else its ID) or "the default". */
export declare function policyMessage(template: string, view: Pick<LevelView, 'tenant' | 'partner'>): string;
/** A policy's description (`xtap-lint rules`, SARIF): its message with `<partner>`, `<tenant>`, `<level>` for the placeholders. */
export declare function policyDescription(spec: Pick<PolicySpec, 'message'>): string;
/** One policy as a rule. */
export declare function policyRule(policy: CompiledPolicy): Rule;
/** Every policy as a rule, in declaration order. */
export declare function policyRules(policies: readonly CompiledPolicy[]): Rule[];
