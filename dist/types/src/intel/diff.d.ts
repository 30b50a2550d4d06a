import type { EffB2B, EffTarget, Level, RepoModel } from '../resolve/model.js';
import type { AppSet, UserSet } from '../resolve/access-delta.js';
export type Direction = 'inbound' | 'outbound';
export type ChangeKind = 'tenant' | 'partner' | 'b2bCollaboration' | 'b2bDirectConnect' | 'tenantRestrictions' | 'trust' | 'automaticRedemption' | 'identitySynchronization' | 'serviceProviderAccess' | 'm365Collaboration' | 'appServiceConnect' | 'invitationRedemption' | 'cloud';
export interface Party {
    id: string;
    name: string | null;
}
export interface TargetValue {
    target: string;
    targetType: string | null;
    label?: string;
}
export interface ListValue {
    accessType: 'allowed' | 'blocked';
    targets: TargetValue[];
}
/** A B2B setting's effective value: both lists, where it came from, and the access in words. */
export interface AccessValue {
    usersAndGroups: ListValue;
    applications: ListValue;
    level: Level;
    text: string;
}
export type ChangeValue = null | boolean | string | string[] | AccessValue | {
    json: unknown;
};
export interface Change {
    tenant: Party;
    /** null: the tenant's default, which applies to every tenant it does not list. */
    partner: Party | null;
    direction: Direction | null;
    kind: ChangeKind;
    /** The Graph property path (`b2bCollaborationInbound`, `inboundTrust.isMfaAccepted`); null for a whole tenant or partner. */
    setting: string | null;
    before: ChangeValue;
    after: ChangeValue;
    /** The change in one line of words. */
    summary: string;
    /** Who gained access to what, when it can be said in words. */
    gained?: string;
    /** Who lost access to what, when it can be said in words. */
    lost?: string;
    /** For a change of the default: the partners that inherit it and so change the same way. */
    inheritedBy?: Party[];
    /** Repository paths of the files that declare this on either side (for path filtering; not part of the JSON). */
    files: string[];
}
/**
 * A set of users in words: "all users", "group Sales (…)", "users outside group Sales (…)", "users other than
 * user Alice (…)", "user Alice (…), unless in group Sales (…),", "users in group A (…) who are also in group B (…)".
 */
export declare function usersInWords(users: UserSet, targets: Map<string, EffTarget>): string;
/** "all applications", "applications outside Office 365", "Microsoft Teams (…) and all Microsoft apps except My Sign-ins (…)". */
export declare function appsInWords(apps: AppSet, targets: Map<string, EffTarget>): string;
/**
 * Who gained and who lost access to what (SPEC §2): the difference of the access function before and after,
 * over the membership classes the two settings distinguish (resolve/access-delta.ts), one sentence per class.
 */
export declare function gainedLost(before: EffB2B, after: EffB2B): {
    gained?: string;
    lost?: string;
};
export declare function compareChanges(x: Change, y: Change): number;
/**
 * The changes in effective access from `base` to `head`, sorted by tenant, partner (the default first) and
 * setting. Tenants and partners match by tenant ID, never by file.
 */
export declare function diffModels(base: RepoModel, head: RepoModel): Change[];
/** The changes that concern files `select` accepts (the `[paths]` of `xtap-lint diff`). */
export declare function filterChanges(changes: readonly Change[], select: (repoPath: string) => boolean): Change[];
/** A change without its internal `files`, as JSON prints it. */
export declare function publicChange(c: Change): Omit<Change, 'files'>;
/** `{ "base": "<ref>", "changes": [...] }` (or `"against"`), two-space indented, with a final newline. */
export declare function renderDiffJson(changes: readonly Change[], header: {
    base: string;
} | {
    against: string;
}): string;
export interface DiffMarkdownOptions {
    /** What the changes are measured from: "`main`", "the tenant (live/)". */
    before: string;
    /** What they are measured to: "the working tree", "the repository". */
    after: string;
    /** Heading level of the title (default 2). */
    headingLevel?: number;
}
/** The diff as Markdown: a title, then one section per tenant with one bullet per change. */
export declare function renderDiffMarkdown(changes: readonly Change[], opts: DiffMarkdownOptions): string;
/**
 * The diff for a terminal (`--format stylish`, the default of `diff` and `drift`): the same content as the Markdown
 * report, as plain indented text with every text from the files made visible (no escape sequence or control
 * character reaches the terminal).
 */
export declare function renderDiffText(changes: readonly Change[], opts: DiffMarkdownOptions): string;
