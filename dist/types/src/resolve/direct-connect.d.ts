import type { SettingLike } from './access.js';
/** Microsoft Teams' first-party apps (reference/graph-model.md §11): the apps a shared channel needs. */
export declare const TEAMS_APPS: readonly string[];
/** Whether some user can reach Teams under a B2B direct connect setting (inbound or outbound). */
export declare function directConnectAllowed(setting: SettingLike): boolean;
