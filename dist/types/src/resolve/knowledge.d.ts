/**
 * What xtap-lint knows about Microsoft's service: the service default, the target keywords, the app groups
 * and the well-known app IDs. Kept in one place, each fact with its source (reference/graph-model.md).
 * Every rule, `explain` and the resolver read these tables; nothing else may hard-code them.
 */
export declare const KEYWORDS: readonly ["AllUsers", "AllApplications", "AllMicrosoftApps", "Office365"];
export type Keyword = (typeof KEYWORDS)[number];
export declare const APP_KEYWORDS: readonly Keyword[];
export declare const GUID_RE: RegExp;
/** Whether `s` is a GUID (GUID_RE), by its characters: called for every target and ID, where a regular expression costs more. */
export declare function isGuid(s: string): boolean;
export declare function isKeyword(s: string): s is Keyword;
/** Targets compare case-insensitively when they are GUIDs; keywords are kept as written. */
export declare function normalizeTarget(s: string): string;
/**
 * A target's ID for comparing: the model's targets carry `guid` and are normalised already (checked once, at load);
 * a target an API caller builds is normalised here.
 */
export declare function targetId(t: {
    id: string;
    guid?: boolean;
}): string;
export interface KnownApp {
    id: string;
    name: string;
    office365: boolean;
    source: string;
}
/** Well-known first-party apps (reference/graph-model.md §11). All are Microsoft apps, so all are in AllMicrosoftApps. */
export declare const APPS: {
    readonly myApps: {
        readonly id: "2793995e-0a7d-40d7-bd35-6968ba142197";
        readonly name: "My Apps";
        readonly office365: false;
        readonly source: "learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration (reference/graph-model.md §11, §7 R16)";
    };
    readonly appAccessPanel: {
        readonly id: "0000000c-0000-0000-c000-000000000000";
        readonly name: "Microsoft App Access Panel";
        readonly office365: false;
        readonly source: "learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration (reference/graph-model.md §11, §7 R16)";
    };
    readonly myProfile: {
        readonly id: "8c59ead7-d703-4a27-9e55-c96a0054c8d2";
        readonly name: "My Profile";
        readonly office365: false;
        readonly source: "learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration (reference/graph-model.md §11, §7 R16)";
    };
    readonly mySignIns: {
        readonly id: "19db86c3-b2b9-44cc-b339-36da233a3be2";
        readonly name: "My Sign-ins";
        readonly office365: false;
        readonly source: "learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration (reference/graph-model.md §11, §7 R16)";
    };
    readonly rightsManagement: {
        readonly id: "00000012-0000-0000-c000-000000000000";
        readonly name: "Microsoft Rights Management Services";
        readonly office365: false;
        readonly source: "learn.microsoft.com/entra/external-id/cross-tenant-access-overview (reference/graph-model.md §7 R15)";
    };
    readonly exchangeOnline: {
        readonly id: "00000002-0000-0ff1-ce00-000000000000";
        readonly name: "Office 365 Exchange Online";
        readonly office365: true;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly sharePointOnline: {
        readonly id: "00000003-0000-0ff1-ce00-000000000000";
        readonly name: "Office 365 SharePoint Online";
        readonly office365: true;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly teams: {
        readonly id: "1fec8e78-bce4-4aaf-ab1b-5451cc387264";
        readonly name: "Microsoft Teams";
        readonly office365: true;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly teamsServices: {
        readonly id: "cc15fd57-2c6c-4117-a88c-83b1d56b4bbe";
        readonly name: "Microsoft Teams Services";
        readonly office365: true;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly teamsWebClient: {
        readonly id: "5e3ce6c0-2b1f-4285-8d4b-75ee78787346";
        readonly name: "Microsoft Teams Web Client";
        readonly office365: true;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly skypeForBusiness: {
        readonly id: "00000004-0000-0ff1-ce00-000000000000";
        readonly name: "Skype for Business Online";
        readonly office365: true;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly vivaEngage: {
        readonly id: "00000005-0000-0ff1-ce00-000000000000";
        readonly name: "Viva Engage (Yammer)";
        readonly office365: true;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly office365Portal: {
        readonly id: "00000006-0000-0ff1-ce00-000000000000";
        readonly name: "Microsoft Office 365 Portal";
        readonly office365: true;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly officeCom: {
        readonly id: "4b233688-031c-404b-9a80-a4f3f2351f90";
        readonly name: "Office.com";
        readonly office365: true;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly officeHome: {
        readonly id: "4765445b-32c6-49b0-83e6-1d93765276ca";
        readonly name: "OfficeHome";
        readonly office365: true;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly microsoftOffice: {
        readonly id: "d3590ed6-52b3-4102-aeff-aad2292ab01c";
        readonly name: "Microsoft Office";
        readonly office365: true;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly forms: {
        readonly id: "c9a559d2-7aab-4f13-a6ed-e7e9c52aec87";
        readonly name: "Microsoft Forms";
        readonly office365: true;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly stream: {
        readonly id: "cf53fce8-def6-4aeb-8d30-b158e7b1cf83";
        readonly name: "Microsoft Stream Portal";
        readonly office365: true;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly graph: {
        readonly id: "00000003-0000-0000-c000-000000000000";
        readonly name: "Microsoft Graph";
        readonly office365: false;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly azureAd: {
        readonly id: "00000002-0000-0000-c000-000000000000";
        readonly name: "Windows Azure Active Directory";
        readonly office365: false;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly azurePortal: {
        readonly id: "c44b4083-3bb0-49c1-b47d-974e53cbdf3c";
        readonly name: "Azure Portal";
        readonly office365: false;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly securityCompliance: {
        readonly id: "80ccca67-54bd-44ab-8625-4b79c4dc7775";
        readonly name: "Microsoft 365 Security and Compliance Center";
        readonly office365: false;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly serviceManagement: {
        readonly id: "797f4846-ba00-4fd7-ba43-dac1f8f63013";
        readonly name: "Windows Azure Service Management API";
        readonly office365: false;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly learn: {
        readonly id: "18fbca16-2224-45f6-85b0-f7bf2b39b3f3";
        readonly name: "Microsoft Learn";
        readonly office365: false;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly powerBiService: {
        readonly id: "00000009-0000-0000-c000-000000000000";
        readonly name: "Power BI Service";
        readonly office365: false;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly powerBi: {
        readonly id: "871c010f-5e61-4fb1-83ac-98610a7e9110";
        readonly name: "Microsoft Power BI";
        readonly office365: false;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
    readonly office365Management: {
        readonly id: "00b41c95-dab0-4487-9791-b9d2c32c80f2";
        readonly name: "Office 365 Management";
        readonly office365: false;
        readonly source: "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    };
};
export declare function knownApp(id: string): KnownApp | undefined;
/** "My Sign-ins (19db86c3-…)" — an app's name and ID for messages. */
export declare function appLabel(id: string): string;
/**
 * Whether an application target covers an app (SPEC §1.1, reference/graph-model.md §6, §11).
 * `AllApplications` covers every app; `AllMicrosoftApps` every Microsoft first-party app (all apps in APPS);
 * `Office365` the Office 365 group, which excludes the four portal apps and Rights Management Services.
 * An unknown GUID is in no group.
 */
export declare function appTargetCovers(target: string, appId: string): boolean;
/** appTargetCovers for a target and an app ID that are normalised already (normalizeTarget). */
export declare function normalizedTargetCovers(target: string, app: string): boolean;
/** Graph's evolvable-enumeration sentinel (reference/graph-model.md §1, §4): a placeholder, never a setting. */
export declare const SENTINEL = "unknownFutureValue";
/** The all-zero tenant ID that `init` and `import` write when no tenant ID is given; a `schema` finding until replaced. */
export declare const PLACEHOLDER_TENANT_ID = "00000000-0000-0000-0000-000000000000";
/** Microsoft's well-known tenants (reference/graph-model.md §11). */
export declare const TENANTS: {
    readonly microsoftAccounts: "9188040d-6c67-4c5b-b112-36a304b66dad";
};
export type Cloud = 'commercial' | 'usGovernment' | 'china';
export declare const CLOUDS: readonly Cloud[];
/** Cloud ↔ `allowedCloudEndpoints` value (SPEC §1.1; reference/graph-model.md §3.1). */
export declare const CLOUD_ENDPOINT: Record<Cloud, string>;
/** Cloud pairs B2B collaboration supports (reference/graph-model.md §7 R7). */
export declare function cloudPairSupported(a: Cloud, b: Cloud): boolean;
export declare const CLOUD_NAME: Record<Cloud, string>;
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
export declare const B2B_SETTINGS: readonly ["b2bCollaborationInbound", "b2bCollaborationOutbound", "b2bDirectConnectInbound", "b2bDirectConnectOutbound", "tenantRestrictions"];
export type B2BSettingName = (typeof B2B_SETTINGS)[number];
export declare const TRUST_MEMBERS: readonly ["isMfaAccepted", "isCompliantDeviceAccepted", "isHybridAzureADJoinedDeviceAccepted"];
export type TrustMember = (typeof TRUST_MEMBERS)[number];
export declare const CONSENT_MEMBERS: readonly ["inboundAllowed", "outboundAllowed"];
export type ConsentMember = (typeof CONSENT_MEMBERS)[number];
export type IdentityProvider = 'azureActiveDirectory' | 'externalFederation' | 'socialIdentityProviders' | 'emailOneTimePasscode' | 'microsoftAccount' | 'defaultConfiguredIdp';
export declare const PRIMARY_PROVIDERS: readonly IdentityProvider[];
export declare const FALLBACK_PROVIDERS: readonly IdentityProvider[];
/**
 * Microsoft's service default: what a tenant has before anyone changes its cross-tenant access settings.
 * Sources: reference/graph-model.md §7 R13 and the beta GET default example §8 E2 (isServiceDefault: true).
 * The redemption order follows E2; the Entra "reset" body lists azureActiveDirectory first (§13.7).
 */
export declare const SERVICE_DEFAULT: {
    readonly b2bCollaborationInbound: B2BSpec;
    readonly b2bCollaborationOutbound: B2BSpec;
    readonly b2bDirectConnectInbound: B2BSpec;
    readonly b2bDirectConnectOutbound: B2BSpec;
    readonly tenantRestrictions: B2BSpec;
    readonly inboundTrust: {
        readonly isMfaAccepted: false;
        readonly isCompliantDeviceAccepted: false;
        readonly isHybridAzureADJoinedDeviceAccepted: false;
    };
    readonly automaticUserConsentSettings: {
        readonly inboundAllowed: false;
        readonly outboundAllowed: false;
    };
    readonly blockServiceProviderOutboundAccess: false;
    readonly invitationRedemptionIdentityProviderConfiguration: {
        readonly primaryIdentityProviderPrecedenceOrder: IdentityProvider[];
        readonly fallbackIdentityProvider: IdentityProvider;
    };
};
export declare const SERVICE_DEFAULT_SOURCE = "Microsoft Graph: GET /policies/crossTenantAccessPolicy/default on a tenant with isServiceDefault: true (reference/graph-model.md \u00A78 E2, \u00A77 R13)";
/** Human names for settings, used in messages. */
export declare const SETTING_LABEL: Record<B2BSettingName, string>;
