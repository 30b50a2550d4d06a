import type { EffB2B } from '../src/resolve/model.js';
/** The kinds of conflict between the two halves of one B2B setting (reference/graph-model.md §7 R1, R1b, R2). */
export type ConflictKind = 
/** Both halves are allow lists and at least one of them is empty. */
'empty-allow'
/** Users allowed, every application blocked: nobody gets anything. */
 | 'users-allowed-apps-blocked'
/** Applications allowed, every user blocked: nobody gets anything. */
 | 'apps-allowed-users-blocked'
/** All applications blocked for some users only: everyone else may use every app (R2 example 3). */
 | 'all-apps-blocked-for-some-users'
/** All users blocked from some applications only: everyone may use every other app. */
 | 'all-users-blocked-from-some-apps';
/** Whether the setting is shut on purpose: users blocked `AllUsers` and apps blocked `AllApplications`. */
export declare function fullyBlocked(setting: EffB2B): boolean;
/** The conflict of a setting's two halves, or undefined when they agree (SPEC §2's access table). */
export declare function conflictOf(setting: EffB2B): ConflictKind | undefined;
declare const _default: import("../src/engine/rule.js").Rule;
export default _default;
