import type { ListLike } from './access.js';
/** The three groups every app not named in either list falls into (SPEC §1.1). */
export type AppAtom = 'office365' | 'microsoft' | 'other';
export declare const APP_ATOMS: readonly AppAtom[];
/** Which group an app belongs to, by the engine's app table: an unknown ID is in no Microsoft group. */
export declare function appAtom(appId: string): AppAtom;
/**
 * A set of users, as a condition on the named principals that cover a user: in at least one principal of each
 * `memberOf` list, and in none of `notMemberOf`. Both empty: all users.
 */
export interface UserSet {
    memberOf: string[][];
    notMemberOf: string[];
}
/** A set of apps: those of the `groups` not listed in `except`, and the apps in `plus`. */
export interface AppSet {
    groups: AppAtom[];
    except: string[];
    plus: string[];
}
/** Every user of `users` gained (or lost) access to every app of `apps`. */
export interface AccessStatement {
    users: UserSet;
    apps: AppSet;
}
export interface AccessDelta {
    gained: AccessStatement[];
    lost: AccessStatement[];
}
/** A list as the delta reads it: target IDs, and for user targets their declared type (to know user objects). */
export interface TypedListLike extends ListLike {
    targets: ReadonlyArray<{
        id: string;
        type?: string | undefined;
    }>;
}
export interface TypedSettingLike {
    usersAndGroups: TypedListLike;
    applications: TypedListLike;
}
/** The change in access from `before` to `after`, as statements over classes of users and apps. */
export declare function accessDelta(before: TypedSettingLike, after: TypedSettingLike): AccessDelta;
