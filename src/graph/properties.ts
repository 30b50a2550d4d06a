/**
 * The Graph resource model as import and export need it: every type's properties in Graph's documented order
 * (the order of schemas/graph.schema.json), which of them a request may carry, which exist only in beta, and
 * which the service manages. Sources: reference/graph-model.md §3 (properties), §5 (versions), §7 R21 (read-only).
 */

/** A type's properties in documented order: name → the type of its value (objects and arrays of objects), or null. */
export type TypeName =
  | 'root'
  | 'default'
  | 'partner'
  | 'identitySync'
  | 'b2bSetting'
  | 'tenantRestrictions'
  | 'targetConfiguration'
  | 'target'
  | 'devicesFilter'
  | 'inboundTrust'
  | 'inboundOutbound'
  | 'redemption'
  | 'm365Inbound'
  | 'm365Outbound'
  | 'appServiceConnect'
  | 'syncInbound';

export type PropList = ReadonlyArray<readonly [string, TypeName | null]>;

const B2B: PropList = [
  ['usersAndGroups', 'targetConfiguration'],
  ['applications', 'targetConfiguration'],
];

/** Settings shared by the default and partners, in documented (alphabetical) order. */
const SETTINGS_HEAD: PropList = [
  ['appServiceConnectInbound', 'appServiceConnect'],
  ['automaticUserConsentSettings', 'inboundOutbound'],
  ['b2bCollaborationInbound', 'b2bSetting'],
  ['b2bCollaborationOutbound', 'b2bSetting'],
  ['b2bDirectConnectInbound', 'b2bSetting'],
  ['b2bDirectConnectOutbound', 'b2bSetting'],
  ['blockServiceProviderOutboundAccess', null],
  ['crossCloudMeetingConfiguration', 'inboundOutbound'],
];

export const TYPES: Record<TypeName, PropList> = {
  root: [
    ['displayName', null],
    ['allowedCloudEndpoints', null],
    ['id', null],
    ['description', null],
    ['deletedDateTime', null],
    ['definition', null],
  ],
  default: [
    ['id', null],
    ['isServiceDefault', null],
    ...SETTINGS_HEAD,
    ['inboundTrust', 'inboundTrust'],
    ['invitationRedemptionIdentityProviderConfiguration', 'redemption'],
    ['m365CollaborationInbound', 'm365Inbound'],
    ['m365CollaborationOutbound', 'm365Outbound'],
    ['protectedContentSharing', 'inboundOutbound'],
    ['tenantRestrictions', 'tenantRestrictions'],
  ],
  partner: [
    ['tenantId', null],
    ['name', null],
    ['cloud', null],
    ['license', null],
    ['owner', null],
    ['tags', null],
    ['reviewBy', null],
    ['ticket', null],
    ...SETTINGS_HEAD,
    ['deletedDateTime', null],
    ['inboundTrust', 'inboundTrust'],
    ['isInMultiTenantOrganization', null],
    ['isServiceProvider', null],
    ['m365CollaborationInbound', 'm365Inbound'],
    ['m365CollaborationOutbound', 'm365Outbound'],
    ['protectedContentSharing', 'inboundOutbound'],
    ['tenantRestrictions', 'tenantRestrictions'],
    ['identitySynchronization', 'identitySync'],
  ],
  identitySync: [
    ['tenantId', null],
    ['displayName', null],
    ['userSyncInbound', 'syncInbound'],
    ['groupSyncInbound', 'syncInbound'],
    ['externalCloudAuthorizedApplicationId', null],
    ['deletedDateTime', null],
  ],
  b2bSetting: B2B,
  tenantRestrictions: [...B2B, ['devices', 'devicesFilter']],
  targetConfiguration: [
    ['accessType', null],
    ['targets', 'target'],
  ],
  target: [
    ['target', null],
    ['targetType', null],
    ['label', null],
  ],
  devicesFilter: [
    ['mode', null],
    ['rule', null],
  ],
  inboundTrust: [
    ['isMfaAccepted', null],
    ['isCompliantDeviceAccepted', null],
    ['isHybridAzureADJoinedDeviceAccepted', null],
    ['isCompliantNetworkAccepted', null],
  ],
  inboundOutbound: [
    ['inboundAllowed', null],
    ['outboundAllowed', null],
  ],
  redemption: [
    ['primaryIdentityProviderPrecedenceOrder', null],
    ['fallbackIdentityProvider', null],
  ],
  m365Inbound: [['users', 'targetConfiguration']],
  m365Outbound: [['usersAndGroups', 'targetConfiguration']],
  appServiceConnect: [['applications', 'targetConfiguration']],
  syncInbound: [['isSyncAllowed', null]],
};

/** The type of a property's value, or undefined when the property is unknown to the type. */
export function propType(type: TypeName, prop: string): TypeName | null | undefined {
  const hit = TYPES[type].find(([name]) => name === prop);
  return hit ? hit[1] : undefined;
}

export function isKnown(type: TypeName, prop: string): boolean {
  return propType(type, prop) !== undefined;
}

/** xtap-lint's own keys: never exported (SPEC §1). */
export const XTAP_KEYS = new Set(['name', 'cloud', 'license', 'owner', 'tags', 'reviewBy', 'ticket', 'label', 'facts', 'tenant', 'include']);

/**
 * What a request body may carry at each level: the properties the update pages list (reference/graph-model.md §2,
 * §7 R21). The default's `automaticUserConsentSettings` is read-only (R4); `id`, `isServiceDefault`,
 * `isServiceProvider`, `isInMultiTenantOrganization`, `deletedDateTime`, `definition` are service-managed, and
 * a partner's `tenantId` travels in the URL (and in the POST that creates it).
 */
export const WRITABLE: Record<'root' | 'default' | 'partner' | 'identitySync', readonly string[]> = {
  root: ['displayName', 'allowedCloudEndpoints'],
  default: [
    'appServiceConnectInbound',
    'b2bCollaborationInbound',
    'b2bCollaborationOutbound',
    'b2bDirectConnectInbound',
    'b2bDirectConnectOutbound',
    'blockServiceProviderOutboundAccess',
    'crossCloudMeetingConfiguration',
    'inboundTrust',
    'invitationRedemptionIdentityProviderConfiguration',
    'm365CollaborationInbound',
    'm365CollaborationOutbound',
    'protectedContentSharing',
    'tenantRestrictions',
  ],
  partner: [
    'appServiceConnectInbound',
    'automaticUserConsentSettings',
    'b2bCollaborationInbound',
    'b2bCollaborationOutbound',
    'b2bDirectConnectInbound',
    'b2bDirectConnectOutbound',
    'blockServiceProviderOutboundAccess',
    'crossCloudMeetingConfiguration',
    'inboundTrust',
    'm365CollaborationInbound',
    'm365CollaborationOutbound',
    'protectedContentSharing',
    'tenantRestrictions',
  ],
  identitySync: ['displayName', 'userSyncInbound', 'groupSyncInbound', 'externalCloudAuthorizedApplicationId'],
};

/** Properties that exist only in beta (reference/graph-model.md §5): a request carrying one goes to `/beta`. */
export const BETA_ONLY: Record<'root' | 'default' | 'partner' | 'identitySync', readonly string[]> = {
  root: ['definition'],
  default: ['blockServiceProviderOutboundAccess', 'crossCloudMeetingConfiguration', 'protectedContentSharing'],
  partner: ['blockServiceProviderOutboundAccess', 'deletedDateTime', 'crossCloudMeetingConfiguration', 'protectedContentSharing'],
  identitySync: ['groupSyncInbound', 'externalCloudAuthorizedApplicationId', 'deletedDateTime'],
};

/** Service-managed properties (SPEC §1.1, reference/graph-model.md §7 R21): never exported. */
export const SERVICE_MANAGED: Record<'root' | 'default' | 'partner' | 'identitySync', readonly string[]> = {
  root: ['id', 'deletedDateTime', 'definition', 'description'],
  default: ['id', 'isServiceDefault'],
  partner: ['isServiceProvider', 'isInMultiTenantOrganization', 'deletedDateTime'],
  identitySync: ['tenantId', 'deletedDateTime'],
};

/** Microsoft Graph's host per cloud (learn.microsoft.com/graph/deployments: national cloud deployments). */
export const GRAPH_HOST = {
  commercial: 'https://graph.microsoft.com',
  usGovernment: 'https://graph.microsoft.us',
  china: 'https://microsoftgraph.chinacloudapi.cn',
} as const;

export const POLICY_PATH = '/policies/crossTenantAccessPolicy';
