/**
 * The Graph resource model as import and export need it: every type's properties in Graph's documented order
 * (the order of schemas/graph.schema.json), which of them a request may carry, which exist only in beta, and
 * which the service manages. Sources: reference/graph-model.md §3 (properties), §5 (versions), §7 R21 (read-only).
 */
/** A type's properties in documented order: name → the type of its value (objects and arrays of objects), or null. */
export type TypeName = 'root' | 'default' | 'partner' | 'identitySync' | 'b2bSetting' | 'tenantRestrictions' | 'targetConfiguration' | 'target' | 'devicesFilter' | 'inboundTrust' | 'inboundOutbound' | 'redemption' | 'm365Inbound' | 'm365Outbound' | 'appServiceConnect' | 'syncInbound';
export type PropList = ReadonlyArray<readonly [string, TypeName | null]>;
export declare const TYPES: Record<TypeName, PropList>;
/** The type of a property's value, or undefined when the property is unknown to the type. */
export declare function propType(type: TypeName, prop: string): TypeName | null | undefined;
export declare function isKnown(type: TypeName, prop: string): boolean;
/** xtap-lint's own keys: never exported (SPEC §1). */
export declare const XTAP_KEYS: Set<string>;
/**
 * What a request body may carry at each level: the properties the update pages list (reference/graph-model.md §2,
 * §7 R21). The default's `automaticUserConsentSettings` is read-only (R4); `id`, `isServiceDefault`,
 * `isServiceProvider`, `isInMultiTenantOrganization`, `deletedDateTime`, `definition` are service-managed, and
 * a partner's `tenantId` travels in the URL (and in the POST that creates it).
 */
export declare const WRITABLE: Record<'root' | 'default' | 'partner' | 'identitySync', readonly string[]>;
/** Properties that exist only in beta (reference/graph-model.md §5): a request carrying one goes to `/beta`. */
export declare const BETA_ONLY: Record<'root' | 'default' | 'partner' | 'identitySync', readonly string[]>;
/** Service-managed properties (SPEC §1.1, reference/graph-model.md §7 R21): never exported. */
export declare const SERVICE_MANAGED: Record<'root' | 'default' | 'partner' | 'identitySync', readonly string[]>;
/** Microsoft Graph's host per cloud (learn.microsoft.com/graph/deployments: national cloud deployments). */
export declare const GRAPH_HOST: {
    readonly commercial: "https://graph.microsoft.com";
    readonly usGovernment: "https://graph.microsoft.us";
    readonly china: "https://microsoftgraph.chinacloudapi.cn";
};
export declare const POLICY_PATH = "/policies/crossTenantAccessPolicy";
