/**
 * What B2B direct connect lets through. B2B direct connect serves Microsoft Teams shared channels only (Microsoft:
 * "B2B direct connect is currently supported by Teams Connect shared channels"), so a direct connect setting is
 * allowed when some user can reach Teams through SPEC §2's access function — not when some app is allowed: a setting
 * that allows users but only non-Teams apps, or blocks `Office365`, lets nobody into a shared channel.
 * The one helper every rule (and command) uses to ask "is direct connect allowed".
 */
import { someUserCanUse } from './access.js';
import type { SettingLike } from './access.js';
import { APPS } from './knowledge.js';

/** Microsoft Teams' first-party apps (reference/graph-model.md §11): the apps a shared channel needs. */
export const TEAMS_APPS: readonly string[] = [APPS.teams.id, APPS.teamsServices.id, APPS.teamsWebClient.id];

/** Whether some user can reach Teams under a B2B direct connect setting (inbound or outbound). */
export function directConnectAllowed(setting: SettingLike): boolean {
  return TEAMS_APPS.some((app) => someUserCanUse(setting, app));
}
