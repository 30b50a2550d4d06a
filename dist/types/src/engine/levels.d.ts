/**
 * Checking the default and every partner without repeating inherited problems (SPEC §2): a problem that
 * partners inherit unchanged is one finding at the default's node, with those partners as its share; a partner
 * gets its own finding only where its own settings change the outcome or the severity.
 */
import type { Fix, RuleContext } from './rule.js';
import type { Message, Severity } from '../types.js';
import type { EffectiveSettings, EffList, Loc, PartnerModel, PolicyDecl, TenantModel } from '../resolve/model.js';
export interface LevelProblem {
    /** Identifies the outcome: equal keys at the default and a partner mean "the same problem". */
    key: string;
    at: Loc;
    message: Message;
    severity?: Severity;
    fix?: Fix;
    related?: Array<{
        at: Loc;
        message: string;
    }>;
    /**
     * For a partner: its own value that makes this outcome (or severity) differ from the default's — its trust member,
     * its `cloud`, its own half of a setting (SPEC §2). When `at` is an inherited node and the partner does not share the
     * default's finding, the partner's finding points here instead of at its `tenantId:` key.
     */
    partnerAt?: Loc;
    /**
     * The partner's own value alone causes the problem (e.g. its own users list blocks everyone): its finding does not
     * say it is inherited from the default.
     */
    ownCause?: boolean;
}
export type LevelCheck = (settings: EffectiveSettings, partner: PartnerModel | undefined, tenant: TenantModel) => LevelProblem[] | LevelProblem | undefined;
/**
 * Whether a node holds a value a partner inherits: it lies in the tenant's `default:` map, or is where the service
 * default points (the `default:` or `tenant:` key). A value a partner takes through a YAML alias of another partner's
 * node is its own statement, written at the anchor — not inherited.
 */
export declare function fromDefault(loc: Loc, tenant: TenantModel): boolean;
/** Whether a node lies inside a partner's own entry. */
export declare function insidePartner(loc: Loc, partner: PartnerModel): boolean;
/**
 * Run `check` on the tenant's default and on each partner, reporting inherited problems once.
 * Returns nothing; reports go through ctx.
 */
export declare function checkLevels(ctx: RuleContext, tenant: TenantModel, check: LevelCheck): void;
/**
 * "partner Fabrikam" (or "Partner Fabrikam" with `capital`), "the default": who a level is, for messages. The one
 * labelling function of partners: by name, else tenant ID, named once — a name that starts with the word "partner"
 * ("Partner Sync Configuration") is not prefixed again.
 */
export declare function levelName(partner: PartnerModel | undefined, capital?: boolean): string;
/** Every declared level of every tenant: the default, then each partner, with what it declares. */
export declare function declarations(model: {
    tenants: readonly TenantModel[];
}): Generator<{
    tenant: TenantModel;
    partner: PartnerModel | undefined;
    decl: PolicyDecl;
}>;
/** "Fabrikam's", "Northwind Traders'". */
export declare function possessive(name: string): string;
/** "Partner Fabrikam (3f2c…)" or "Partner 3f2c…": levelName with the tenant ID when the partner has a name. */
export declare function partnerWithId(partner: PartnerModel, capital?: boolean): string;
/** "The default's" or "Partner Fabrikam's": the owner of a setting, to start a message (levelName's possessive). */
export declare function levelOwner(partner: PartnerModel | undefined): string;
/**
 * Where a finding about unreachable apps points (SPEC §2): at the list's key for an allow list that lacks them; for a
 * block list, at the `target:` value of each member that blocks them (one group of apps per member), or at the list's
 * key when only `AllApplications` or the users' side keeps them out.
 */
export declare function whereBlocked(list: EffList, apps: readonly string[]): Array<{
    apps: string[];
    at: Loc;
}>;
