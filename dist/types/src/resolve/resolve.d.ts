import type { SourceFile } from '../load/yaml.js';
import type { EffectiveSettings, Loc, PolicyDecl, RepoModel } from './model.js';
/** The default's effective settings: what it declares over the service default. */
export declare function effectiveDefault(decl: PolicyDecl, fallback: Loc): EffectiveSettings;
/** A partner's effective settings: its own values, else the default's (Graph's null-inherits rule). */
export declare function effectivePartner(decl: PolicyDecl, defaults: EffectiveSettings): EffectiveSettings;
/**
 * Build the repository model. `includes` maps each tenant file's path to the partner files it alone includes.
 * Files that failed to parse take no part.
 */
export declare function resolveRepo(files: SourceFile[], includes: ReadonlyMap<string, SourceFile[]>): RepoModel;
