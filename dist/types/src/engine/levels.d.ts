/**
 * Checking the default and every partner without repeating inherited problems (SPEC §2): a problem that
 * partners inherit unchanged is one finding at the default's node, with those partners as its share; a partner
 * gets its own finding only where its own settings change the outcome or the severity.
 */
import type { Fix, RuleContext } from './rule.js';
import type { Message, Severity } from '../types.js';
import type { EffectiveSettings, Loc, PartnerModel, PolicyDecl, TenantModel } from '../resolve/model.js';
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
}
export type LevelCheck = (settings: EffectiveSettings, partner: PartnerModel | undefined, tenant: TenantModel) => LevelProblem[] | LevelProblem | undefined;
/** Whether a node lies inside a partner's own entry. */
export declare function insidePartner(loc: Loc, partner: PartnerModel): boolean;
/**
 * Run `check` on the tenant's default and on each partner, reporting inherited problems once.
 * Returns nothing; reports go through ctx.
 */
export declare function checkLevels(ctx: RuleContext, tenant: TenantModel, check: LevelCheck): void;
/** "the default" or "partner Fabrikam": who a level is, for messages. */
export declare function levelName(partner: PartnerModel | undefined): string;
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
/** "The default's" or "Partner Fabrikam's": the owner of a setting, to start a message. */
export declare function levelOwner(partner: PartnerModel | undefined): string;
