/**
 * What xtap-lint knows about Microsoft's service: the service default, the target keywords, the app groups
 * and the well-known app IDs. Kept in one place, each fact with its source (reference/graph-model.md).
 * Every rule, `explain` and the resolver read these tables; nothing else may hard-code them.
 */

export const KEYWORDS = ['AllUsers', 'AllApplications', 'AllMicrosoftApps', 'Office365'] as const;
export type Keyword = (typeof KEYWORDS)[number];
export const APP_KEYWORDS: readonly Keyword[] = ['AllApplications', 'AllMicrosoftApps', 'Office365'];

export const GUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** Whether `s` is a GUID (GUID_RE), by its characters: called for every target and ID, where a regular expression costs more. */
export function isGuid(s: string): boolean {
  if (s.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = s.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
    } else {
      const l = c | 32;
      if (!((c >= 48 && c <= 57) || (l >= 97 && l <= 102))) return false;
    }
  }
  return true;
}

export function isKeyword(s: string): s is Keyword {
  return (KEYWORDS as readonly string[]).includes(s);
}

/** Targets compare case-insensitively when they are GUIDs; keywords are kept as written. */
export function normalizeTarget(s: string): string {
  return isGuid(s) ? s.toLowerCase() : s;
}

/**
 * A target's ID for comparing: the model's targets carry `guid` and are normalised already (checked once, at load);
 * a target an API caller builds is normalised here.
 */
export function targetId(t: { id: string; guid?: boolean }): string {
  return t.guid === undefined ? normalizeTarget(t.id) : t.id;
}

export interface KnownApp {
  id: string;
  name: string;
  office365: boolean;
  source: string;
}

const SUP = 'learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])';
const B2B = 'learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration (reference/graph-model.md §11, §7 R16)';

/** Well-known first-party apps (reference/graph-model.md §11). All are Microsoft apps, so all are in AllMicrosoftApps. */
export const APPS = {
  myApps: { id: '2793995e-0a7d-40d7-bd35-6968ba142197', name: 'My Apps', office365: false, source: B2B },
  appAccessPanel: { id: '0000000c-0000-0000-c000-000000000000', name: 'Microsoft App Access Panel', office365: false, source: B2B },
  myProfile: { id: '8c59ead7-d703-4a27-9e55-c96a0054c8d2', name: 'My Profile', office365: false, source: B2B },
  mySignIns: { id: '19db86c3-b2b9-44cc-b339-36da233a3be2', name: 'My Sign-ins', office365: false, source: B2B },
  rightsManagement: {
    id: '00000012-0000-0000-c000-000000000000',
    name: 'Microsoft Rights Management Services',
    office365: false,
    source: 'learn.microsoft.com/entra/external-id/cross-tenant-access-overview (reference/graph-model.md §7 R15)',
  },
  exchangeOnline: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online', office365: true, source: SUP },
  sharePointOnline: { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online', office365: true, source: SUP },
  teams: { id: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', name: 'Microsoft Teams', office365: true, source: SUP },
  teamsServices: { id: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', name: 'Microsoft Teams Services', office365: true, source: SUP },
  teamsWebClient: { id: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', name: 'Microsoft Teams Web Client', office365: true, source: SUP },
  skypeForBusiness: { id: '00000004-0000-0ff1-ce00-000000000000', name: 'Skype for Business Online', office365: true, source: SUP },
  vivaEngage: { id: '00000005-0000-0ff1-ce00-000000000000', name: 'Viva Engage (Yammer)', office365: true, source: SUP },
  office365Portal: { id: '00000006-0000-0ff1-ce00-000000000000', name: 'Microsoft Office 365 Portal', office365: true, source: SUP },
  officeCom: { id: '4b233688-031c-404b-9a80-a4f3f2351f90', name: 'Office.com', office365: true, source: SUP },
  officeHome: { id: '4765445b-32c6-49b0-83e6-1d93765276ca', name: 'OfficeHome', office365: true, source: SUP },
  microsoftOffice: { id: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', name: 'Microsoft Office', office365: true, source: SUP },
  forms: { id: 'c9a559d2-7aab-4f13-a6ed-e7e9c52aec87', name: 'Microsoft Forms', office365: true, source: SUP },
  stream: { id: 'cf53fce8-def6-4aeb-8d30-b158e7b1cf83', name: 'Microsoft Stream Portal', office365: true, source: SUP },
  graph: { id: '00000003-0000-0000-c000-000000000000', name: 'Microsoft Graph', office365: false, source: SUP },
  azureAd: { id: '00000002-0000-0000-c000-000000000000', name: 'Windows Azure Active Directory', office365: false, source: SUP },
  azurePortal: { id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', name: 'Azure Portal', office365: false, source: SUP },
  securityCompliance: { id: '80ccca67-54bd-44ab-8625-4b79c4dc7775', name: 'Microsoft 365 Security and Compliance Center', office365: false, source: SUP },
  serviceManagement: { id: '797f4846-ba00-4fd7-ba43-dac1f8f63013', name: 'Windows Azure Service Management API', office365: false, source: SUP },
  learn: { id: '18fbca16-2224-45f6-85b0-f7bf2b39b3f3', name: 'Microsoft Learn', office365: false, source: SUP },
  powerBiService: { id: '00000009-0000-0000-c000-000000000000', name: 'Power BI Service', office365: false, source: SUP },
  powerBi: { id: '871c010f-5e61-4fb1-83ac-98610a7e9110', name: 'Microsoft Power BI', office365: false, source: SUP },
  office365Management: { id: '00b41c95-dab0-4487-9791-b9d2c32c80f2', name: 'Office 365 Management', office365: false, source: SUP },
} as const satisfies Record<string, KnownApp>;

const APP_BY_ID = new Map<string, KnownApp>(Object.values(APPS).map((a) => [a.id, a]));

export function knownApp(id: string): KnownApp | undefined {
  return APP_BY_ID.get(id.toLowerCase());
}

/** "My Sign-ins (19db86c3-…)" — an app's name and ID for messages. */
export function appLabel(id: string): string {
  const app = knownApp(id);
  return app ? `${app.name} (${app.id})` : id;
}

/**
 * Whether an application target covers an app (SPEC §1.1, reference/graph-model.md §6, §11).
 * `AllApplications` covers every app; `AllMicrosoftApps` every Microsoft first-party app (all apps in APPS);
 * `Office365` the Office 365 group, which excludes the four portal apps and Rights Management Services.
 * An unknown GUID is in no group.
 */
export function appTargetCovers(target: string, appId: string): boolean {
  return normalizedTargetCovers(normalizeTarget(target), normalizeTarget(appId));
}

/** appTargetCovers for a target and an app ID that are normalised already (normalizeTarget). */
export function normalizedTargetCovers(target: string, app: string): boolean {
  if (target === 'AllApplications') return true;
  if (target === 'AllMicrosoftApps') return APP_BY_ID.has(app);
  if (target === 'Office365') return APP_BY_ID.get(app)?.office365 === true;
  return target === app;
}

/** Graph's evolvable-enumeration sentinel (reference/graph-model.md §1, §4): a placeholder, never a setting. */
export const SENTINEL = 'unknownFutureValue';

/** The all-zero tenant ID that `init` and `import` write when no tenant ID is given; a `schema` finding until replaced. */
export const PLACEHOLDER_TENANT_ID = '00000000-0000-0000-0000-000000000000';

/** Microsoft's well-known tenants (reference/graph-model.md §11). */
export const TENANTS = {
  microsoftAccounts: '9188040d-6c67-4c5b-b112-36a304b66dad',
} as const;

export type Cloud = 'commercial' | 'usGovernment' | 'china';
export const CLOUDS: readonly Cloud[] = ['commercial', 'usGovernment', 'china'];

/** Cloud ↔ `allowedCloudEndpoints` value (SPEC §1.1; reference/graph-model.md §3.1). */
export const CLOUD_ENDPOINT: Record<Cloud, string> = {
  commercial: 'microsoftonline.com',
  usGovernment: 'microsoftonline.us',
  china: 'partner.microsoftonline.cn',
};

/** Cloud pairs B2B collaboration supports (reference/graph-model.md §7 R7). */
export function cloudPairSupported(a: Cloud, b: Cloud): boolean {
  if (a === b) return true;
  return a === 'commercial' || b === 'commercial';
}

export const CLOUD_NAME: Record<Cloud, string> = {
  commercial: 'Microsoft Azure commercial',
  usGovernment: 'Microsoft Azure Government',
  china: 'Microsoft Azure operated by 21Vianet',
};

export type AccessType = 'allowed' | 'blocked';

export interface TargetSpec {
  target: string;
  targetType: 'user' | 'group' | 'application';
}

export interface ListSpec {
  accessType: AccessType;
  targets: TargetSpec[];
}

export interface B2BSpec {
  usersAndGroups: ListSpec;
  applications: ListSpec;
}

const ALL_USERS: TargetSpec = { target: 'AllUsers', targetType: 'user' };
const ALL_APPS: TargetSpec = { target: 'AllApplications', targetType: 'application' };
const allowAll = (): B2BSpec => ({
  usersAndGroups: { accessType: 'allowed', targets: [ALL_USERS] },
  applications: { accessType: 'allowed', targets: [ALL_APPS] },
});
const blockAll = (): B2BSpec => ({
  usersAndGroups: { accessType: 'blocked', targets: [ALL_USERS] },
  applications: { accessType: 'blocked', targets: [ALL_APPS] },
});

export const B2B_SETTINGS = ['b2bCollaborationInbound', 'b2bCollaborationOutbound', 'b2bDirectConnectInbound', 'b2bDirectConnectOutbound', 'tenantRestrictions'] as const;
export type B2BSettingName = (typeof B2B_SETTINGS)[number];

export const TRUST_MEMBERS = ['isMfaAccepted', 'isCompliantDeviceAccepted', 'isHybridAzureADJoinedDeviceAccepted'] as const;
export type TrustMember = (typeof TRUST_MEMBERS)[number];

export const CONSENT_MEMBERS = ['inboundAllowed', 'outboundAllowed'] as const;
export type ConsentMember = (typeof CONSENT_MEMBERS)[number];

export type IdentityProvider = 'azureActiveDirectory' | 'externalFederation' | 'socialIdentityProviders' | 'emailOneTimePasscode' | 'microsoftAccount' | 'defaultConfiguredIdp';
export const PRIMARY_PROVIDERS: readonly IdentityProvider[] = ['azureActiveDirectory', 'externalFederation', 'socialIdentityProviders'];
export const FALLBACK_PROVIDERS: readonly IdentityProvider[] = ['defaultConfiguredIdp', 'emailOneTimePasscode', 'microsoftAccount'];

/**
 * Microsoft's service default: what a tenant has before anyone changes its cross-tenant access settings.
 * Sources: reference/graph-model.md §7 R13 and the beta GET default example §8 E2 (isServiceDefault: true).
 * The redemption order follows E2; the Entra "reset" body lists azureActiveDirectory first (§13.7).
 */
export const SERVICE_DEFAULT = {
  b2bCollaborationInbound: allowAll(),
  b2bCollaborationOutbound: allowAll(),
  b2bDirectConnectInbound: blockAll(),
  b2bDirectConnectOutbound: blockAll(),
  tenantRestrictions: blockAll(),
  inboundTrust: { isMfaAccepted: false, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false },
  automaticUserConsentSettings: { inboundAllowed: false, outboundAllowed: false },
  blockServiceProviderOutboundAccess: false,
  invitationRedemptionIdentityProviderConfiguration: {
    primaryIdentityProviderPrecedenceOrder: ['externalFederation', 'azureActiveDirectory', 'socialIdentityProviders'] as IdentityProvider[],
    fallbackIdentityProvider: 'defaultConfiguredIdp' as IdentityProvider,
  },
} as const;

export const SERVICE_DEFAULT_SOURCE =
  'Microsoft Graph: GET /policies/crossTenantAccessPolicy/default on a tenant with isServiceDefault: true (reference/graph-model.md §8 E2, §7 R13)';

/** Human names for settings, used in messages. */
export const SETTING_LABEL: Record<B2BSettingName, string> = {
  b2bCollaborationInbound: 'inbound B2B collaboration',
  b2bCollaborationOutbound: 'outbound B2B collaboration',
  b2bDirectConnectInbound: 'inbound B2B direct connect',
  b2bDirectConnectOutbound: 'outbound B2B direct connect',
  tenantRestrictions: 'tenant restrictions',
};
