import type { SourceFile } from '../load/yaml.js';
import type { EffectiveSettings, Loc, PartnerModel, PolicyDecl, RepoModel, TenantModel } from './model.js';
/** The default's effective settings: what it declares over the service default. */
export declare function effectiveDefault(decl: PolicyDecl, fallback: Loc): EffectiveSettings;
/** A partner's effective settings: its own values, else the default's (Graph's null-inherits rule). */
export declare function effectivePartner(decl: PolicyDecl, defaults: EffectiveSettings): EffectiveSettings;
/** A partner entry as its file declares it: everything but the tenant it belongs to and its effective settings. */
export type PartnerEntry = Omit<PartnerModel, 'tenant' | 'effective'>;
/** What one file declares, read right after it is parsed (so that its syntax tree can be dropped). */
export interface FileDecl {
    /** The tenant a tenant file declares (with no partners yet); undefined without a usable `tenant.id`. */
    tenant?: TenantModel;
    partners: PartnerEntry[];
}
/** Read what a parsed file declares (the resolve stage's half that needs the syntax tree). */
export declare function readFileDecl(file: SourceFile): FileDecl;
/**
 * Build the repository model from what each file declares (`decls`, from readFileDecl). `includes` maps each tenant
 * file's path to the partner files it alone includes. Files that failed to parse take no part.
 */
export declare function resolveRepo(files: SourceFile[], includes: ReadonlyMap<string, SourceFile[]>, decls: ReadonlyMap<SourceFile, FileDecl>): RepoModel;
