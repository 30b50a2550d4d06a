import type { B2BSettingName } from '../resolve/knowledge.js';
import type { EffList, EffTarget, Level, PartnerModel, TenantModel } from '../resolve/model.js';
export declare const compareStrings: (a: string, b: string) => number;
/** A target in words: keywords spelled out, apps by name and ID, users and groups by type, label and ID. */
export declare function describeTarget(t: Pick<EffTarget, 'id' | 'type'> & {
    label?: string | undefined;
}): string;
/** A target's label as declared (`label:`), else a known app's name. */
export declare function targetLabel(t: EffTarget): string | undefined;
/** Distinct targets of a list, sorted: keywords first, then by ID. */
export declare function sortedTargets(list: Pick<EffList, 'targets'>): EffTarget[];
/** The targets of a list in words: "group Sales (…), user 1f…". */
export declare function describeTargets(list: Pick<EffList, 'targets'>): string;
/**
 * Who may use what under a B2B setting, in one phrase (SPEC §2's table):
 * "all users to all applications allowed", "group Sales (…) to Office 365 apps allowed", "blocked for all users".
 */
export declare function describeAccess(setting: {
    usersAndGroups: EffList;
    applications: EffList;
}): string;
export declare const LEVEL_WORDS: Record<Level, string>;
/** "inbound B2B collaboration" */
export declare function settingWords(name: B2BSettingName): string;
/** A tenant or partner as `{ id, name }` for JSON output. */
export declare function party(p: TenantModel | PartnerModel): {
    id: string;
    name: string | null;
};
