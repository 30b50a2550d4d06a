import type { AccessType } from './knowledge.js';
export interface ListLike {
    accessType: AccessType;
    /** Target IDs; the effective model's are normalised (normalizeTarget: GUIDs lower-cased), which is the fast path. */
    targets: ReadonlyArray<{
        id: string;
        guid?: boolean;
    }>;
}
export interface SettingLike {
    usersAndGroups: ListLike;
    applications: ListLike;
}
/** A user by object ID and the groups it belongs to. */
export interface Subject {
    user?: string;
    groups?: readonly string[];
}
/** The access table itself, given whether the user is in U and the app in A. */
export declare function accessFromMembership(uAccess: AccessType, inU: boolean, aAccess: AccessType, inA: boolean): boolean;
/** Whether a subject matches a users-and-groups list (`AllUsers`, its own ID, or one of its groups). */
export declare function subjectInList(list: ListLike, subject: Subject): boolean;
/**
 * Whether an app matches an application list (keywords expand through the app groups). Memoised per list object:
 * partners that inherit a list share the default's object, so the answer is computed once.
 */
export declare function appInList(list: ListLike, appId: string): boolean;
/** Whether `subject` may use `appId` under a B2B setting. */
export declare function canAccess(setting: SettingLike, subject: Subject, appId: string): boolean;
/** The values "u ∈ U" can take over all users: true if U names anyone, false unless U is AllUsers. */
export declare function userMembershipClasses(list: ListLike): boolean[];
/** The values "a ∈ A" can take over all apps: true if A names anything, false unless A is AllApplications. */
export declare function appMembershipClasses(list: ListLike): boolean[];
/** Whether at least one user may use `appId`. */
export declare function someUserCanUse(setting: SettingLike, appId: string): boolean;
/** Whether at least one user may use at least one app. */
export declare function grantsAnything(setting: SettingLike): boolean;
/** Whether every user may use every app. */
export declare function grantsEverything(setting: SettingLike): boolean;
/** Whether the users list lets nobody through: all users blocked, or an empty allow list. */
export declare function blocksAllUsers(list: ListLike): boolean;
/** Whether the apps list lets nothing through: all apps blocked, or an empty allow list. */
export declare function blocksAllApps(list: ListLike): boolean;
