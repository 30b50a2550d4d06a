import type { AccessType, B2BSettingName } from '../resolve/knowledge.js';
import type { Level, RepoModel } from '../resolve/model.js';
export type ExplainDirection = 'inbound' | 'outbound';
export type ExplainKind = 'b2bCollaboration' | 'b2bDirectConnect';
export type Verdict = 'allowed' | 'blocked' | 'depends';
export interface ExplainQuery {
    /** Tenant ID or name (a tenant declared in the repository); may be left out when the repository declares one tenant. */
    tenant?: string;
    /** Partner tenant ID or name (a partner of that tenant, a declared tenant, or any tenant ID). */
    partner: string;
    direction: ExplainDirection;
    kind: ExplainKind;
    user?: string;
    groups?: readonly string[];
    app?: string;
}
/** A question that cannot be answered from the model (unknown tenant, ambiguous name): a usage error. */
export declare class ExplainError extends Error {
}
export interface Party {
    id: string;
    name: string | null;
}
export interface Match {
    target: string;
    /** Where the target is written, or null for Microsoft's service default. */
    at: string | null;
}
export interface ListEvidence {
    accessType: AccessType;
    targets: string;
    level: Level;
    /** `file:line` of the list (or, for the service default, of where it would be declared). */
    at: string;
    /** Whether the user (or app) is in the list; null when the question leaves it open. */
    member: boolean | null;
    /** The targets that matched the user (or app). */
    matched: Match[];
}
export interface TableRow {
    /** 1–4, in SPEC §2's order. */
    row: number;
    users: AccessType;
    applications: AccessType;
    /** "u ∈ U and a ∈ A" */
    condition: string;
}
export interface SideExplanation {
    /** The tenant whose settings these are. */
    tenant: Party;
    /** The organization they apply to. */
    partner: Party;
    /** Whether the tenant lists the organization as a partner (otherwise its default applies). */
    listed: boolean;
    setting: B2BSettingName;
    /** Where the setting is: the partner entry's, the default's, or Microsoft's service default. */
    level: Level;
    at: string;
    access: string;
    usersAndGroups: ListEvidence;
    applications: ListEvidence;
    row: TableRow;
    /** Each combination of open memberships and its outcome. */
    outcomes: Array<{
        inUsers: boolean;
        inApplications: boolean;
        allowed: boolean;
    }>;
    result: Verdict;
    /**
     * Inbound B2B direct connect that the settings allow (`result` allowed or depends) but Microsoft blocks: MFA from the
     * partner is not trusted and Conditional Access requires MFA of external users (`certain`), or may (the tenant does
     * not declare `tenant.facts.mfaRequiredForExternalUsers`). What `direct-connect-mfa-trust` reports. Else null.
     */
    blockedInPractice: BlockedInPractice | null;
}
export interface BlockedInPractice {
    certain: boolean;
    rule: 'direct-connect-mfa-trust';
    /** `tenant.facts.mfaRequiredForExternalUsers: true` and where, or null when not declared. */
    mfaRequired: {
        value: true;
        at: string;
    } | null;
    /** The effective `inboundTrust.isMfaAccepted` for the partner (false), its level and `file:line`. */
    mfaTrusted: {
        value: false;
        level: Level;
        at: string;
    };
}
export interface Explanation {
    tenant: Party;
    partner: Party;
    direction: ExplainDirection;
    kind: ExplainKind;
    /** The tenant whose users travel, and the tenant whose apps they use. */
    home: Party;
    resource: Party;
    user: string | null;
    groups: string[];
    app: string | null;
    result: Verdict;
    sides: SideExplanation[];
    notes: string[];
}
interface AppName {
    name: string;
    id: string;
}
/**
 * Every name `--app` accepts, in the table's order: each app's display name, its short name (shortAppName: "Teams",
 * "Exchange Online", "SharePoint Online"), and the aliases above. A name that
 * would mean two apps is left out.
 */
export declare function appNames(): AppName[];
/** An app by ID, or by a name people use ("Teams", "SharePoint Online", "Outlook"; case-insensitive, see appNames). */
export declare function resolveApp(key: string): string;
/**
 * Explain whether a user of one tenant may use an app of the other under B2B collaboration or direct connect.
 * Inbound: the partner's users use the tenant's apps; outbound: the tenant's users use the partner's apps.
 * Both tenants' settings must allow it; the other tenant's side is explained when the repository declares it.
 */
export declare function explainAccess(model: RepoModel, q: ExplainQuery): Explanation;
/**
 * The explanation as text for the terminal, wrapped to `width` columns (80 when not a terminal, as every command):
 * a line's continuation is indented under its text; a URL is never split.
 */
export declare function renderExplanation(e: Explanation, width?: number): string;
export {};
