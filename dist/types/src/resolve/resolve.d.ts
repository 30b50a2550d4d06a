import type { SourceFile } from '../load/yaml.js';
import type { Cloud } from './knowledge.js';
import type { EffectiveSettings, Loc, PartnerModel, PolicyDecl, RepoModel, SentinelValue, TenantModel } from './model.js';
/** The default's effective settings: what it declares over the service default. */
export declare function effectiveDefault(decl: PolicyDecl, fallback: Loc): EffectiveSettings;
/** A partner's effective settings: its own values, else the default's (Graph's null-inherits rule). */
export declare function effectivePartner(decl: PolicyDecl, defaults: EffectiveSettings): EffectiveSettings;
/**
 * A partner entry as its file declares it: everything but the tenant it belongs to and its effective settings, and
 * its cloud only when it declares one (else it is the tenant's, known once the entry joins its tenant).
 */
export type PartnerEntry = Omit<PartnerModel, 'tenant' | 'effective' | 'cloud'> & {
    cloud?: Cloud;
};
/** What one file declares, read right after it is parsed (so that its syntax tree can be dropped). */
export interface FileDecl {
    /** The tenant a tenant file declares (with no partners yet); undefined without a usable `tenant.id`. */
    tenant?: TenantModel;
    partners: PartnerEntry[];
    /** Spans of declarations with validity problems (InvalidSpans). */
    invalid: ReadonlyArray<readonly [number, number]>;
    /** Where `unknownFutureValue` is written as a value. */
    sentinels: SentinelValue[];
}
/**
 * How messages name a partner or a tenant: its `name`, else its tenant ID — once, never stacked with another label
 * (a sync policy's `displayName` is not the partner's name).
 */
export declare function partnerLabel(name: string | undefined, id: string): string;
/**
 * Read what a parsed file declares (the resolve stage's half that needs the syntax tree). `problems` are the places of
 * the file's `schema` errors: the declarations that hold one are marked (InvalidSpans).
 */
export declare function readFileDecl(file: SourceFile, problems?: readonly Loc[]): FileDecl;
/**
 * Build the repository model from what each file declares (`decls`, from readFileDecl). `includes` maps each tenant
 * file's path to the partner files it alone includes. Files that failed to parse take no part.
 *
 * `reused`: for a second model of the same repository (the base revision), the files whose `decls` are a first
 * model's (unchanged since), already joined to that model's tenants. A tenant whose file and included partner files
 * are all reused, the same files, is the first model's tenant itself; any other tenant with a reused file gets its
 * own copy, where the reused partner entries of that tenant's own files are the first model's partners, shared, and
 * those of any other tenant (other defaults) join it anew, their effective settings computed against its defaults
 * (joinAgain, Partner.joinedTo). Nothing of the first model is changed.
 */
export declare function resolveRepo(files: SourceFile[], includes: ReadonlyMap<string, SourceFile[]>, decls: ReadonlyMap<SourceFile, FileDecl>, reused?: ReadonlySet<SourceFile>): RepoModel;
/** Whether a finding at `loc` points into a declaration with a validity problem (InvalidSpans). */
export declare function pointsAtInvalid(model: RepoModel, loc: Loc): boolean;
