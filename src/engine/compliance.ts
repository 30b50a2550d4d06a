/**
 * Compliance mappings (SPEC §3.10): the published checks of CISA SCuBA, Maester, Microsoft's Zero Trust Assessment
 * and CIPP that concern cross-tenant access settings, with their sources (reference/existing-checks.md §2, §5 M).
 * A rule lists the checks it covers in `meta.compliance` (`'zero-trust:21790'`); a check no rule covers says why.
 * docs/compliance.md is generated from this table and the rules (scripts/gen-compliance.mjs); `--preset cisa` and
 * `--preset zero-trust` turn on exactly the rules mapped to that framework.
 */

export type Framework = 'cisa' | 'maester' | 'zero-trust' | 'cipp';

export const FRAMEWORKS: Record<Framework, { name: string; source: string }> = {
  cisa: { name: 'CISA SCuBA', source: 'cisagov/ScubaGear, PowerShell/ScubaGear/baselines/aad.md §8' },
  maester: { name: 'Maester', source: 'maester365/maester, website/docs/tests/cisa/' },
  'zero-trust': { name: 'Zero Trust Assessment', source: 'microsoft/zerotrustassessment, src/powershell/tests/Test-Assessment.<id>.ps1' },
  cipp: { name: 'CIPP', source: 'KelvinTegelaar/CIPP-API, Modules/CIPPStandards and the cross-tenant health report' },
};

export interface PublishedCheck {
  framework: Framework;
  id: string;
  title: string;
  /** Where the check is defined. */
  source: string;
  /** How the rule's reading differs from the check's, when it does. */
  note?: string;
  /** Why no rule covers it (only for checks no rule lists). */
  uncovered?: string;
}

const ZTA = (id: string) => `microsoft/zerotrustassessment, src/powershell/tests/Test-Assessment.${id}.ps1`;
const CIPP_HEALTH = 'CIPP, Invoke-ListCrossTenantHealth (cross-tenant health report; reference/existing-checks.md §2.5)';

/** Every published check about cross-tenant access settings, in framework order. Keys are `framework:id`. */
export const PUBLISHED_CHECKS: readonly PublishedCheck[] = [
  {
    framework: 'cisa',
    id: 'MS.AAD.8.3v1',
    title: 'Guest invites SHOULD only be allowed to specific external domains that have been authorized by the agency',
    source: 'cisagov/ScubaGear, baselines/aad.md §8 (manual in ScubaGear: Rego returns "Should/Not-Implemented")',
    note: "As Maester automates it (CISA.MS.AAD.8.3): the default's inbound B2B collaboration blocked, so only listed partners get in. CISA's own wording is the External collaboration domain allow list, which is not a cross-tenant access setting.",
  },
  {
    framework: 'cisa',
    id: 'MS.AAD.8.1v1',
    title: 'Guest users SHOULD have limited or restricted access to directory objects',
    source: 'cisagov/ScubaGear, baselines/aad.md §8',
    uncovered: 'The guest user role is an authorization policy setting, not a cross-tenant access setting.',
  },
  {
    framework: 'cisa',
    id: 'MS.AAD.8.2v1',
    title: 'Only users with the Guest Inviter role SHOULD be able to invite guest users',
    source: 'cisagov/ScubaGear, baselines/aad.md §8',
    uncovered: 'Who may invite guests is an authorization policy setting, not a cross-tenant access setting.',
  },
  {
    framework: 'maester',
    id: 'CISA.MS.AAD.8.3',
    title: 'Default inbound B2B collaboration is blocked (Test-MtCisaCrossTenantInboundDefault)',
    source: 'maester365/maester, powershell/public/cisa/entra/Test-MtCisaCrossTenantInboundDefault.ps1 (Medium)',
  },
  {
    framework: 'maester',
    id: 'MT.1016',
    title: 'At least one Conditional Access policy requires MFA for guest access',
    source: 'maester365/maester, MT.1016 (High; reference/existing-checks.md §2.1)',
    uncovered: 'A Conditional Access check; xtap-lint reads its outcome as `tenant.facts.mfaRequiredForExternalUsers` (direct-connect-mfa-trust) but does not check the policies.',
  },
  {
    framework: 'zero-trust',
    id: '21790',
    title: 'Outbound cross-tenant access settings are configured',
    source: `${ZTA('21790')} (High)`,
  },
  {
    framework: 'zero-trust',
    id: '21793',
    title: 'Tenant restrictions v2 policy is configured',
    source: `${ZTA('21793')} (High, P1)`,
  },
  {
    framework: 'zero-trust',
    id: '25377',
    title: 'Universal tenant restrictions block unauthorized external tenant access',
    source: `${ZTA('25377')} (High)`,
    note: 'The tenant restrictions half only: packet tagging (Global Secure Access) is not a cross-tenant access setting.',
  },
  {
    framework: 'zero-trust',
    id: '25378',
    title: 'External collaboration is governed by explicit Cross-Tenant Access Policies (deprecated, duplicate of 21790)',
    source: `${ZTA('25378')} (deprecated in PR #1140)`,
  },
  {
    framework: 'zero-trust',
    id: '35002',
    title: 'Cross-tenant access settings configured to allow encrypted content sharing (deprecated)',
    source: `${ZTA('35002')} (deprecated in PR #1140)`,
    note: 'The outbound direction: reading mail encrypted by partners. The test also asked for the app inbound.',
  },
  {
    framework: 'zero-trust',
    id: '21822',
    title: 'Guest access is limited to approved tenants',
    source: `${ZTA('21822')} (Medium)`,
    uncovered: 'The External collaboration domain allow list (B2BManagementPolicy) is not a cross-tenant access setting.',
  },
  {
    framework: 'cipp',
    id: 'ZTNA21790',
    title: 'Outbound cross-tenant access settings are configured (port of Zero Trust Assessment 21790)',
    source: 'KelvinTegelaar/CIPP-API, Tests ZTNA21790',
  },
  {
    framework: 'cipp',
    id: 'ZTNA21793',
    title: 'Tenant restrictions v2 policy is configured (port of Zero Trust Assessment 21793)',
    source: 'KelvinTegelaar/CIPP-API, Tests ZTNA21793',
  },
  {
    framework: 'cipp',
    id: 'health-1',
    title: 'Inbound B2B collaboration allows all external users by default (Warning)',
    source: CIPP_HEALTH,
  },
  {
    framework: 'cipp',
    id: 'health-2',
    title: 'Outbound B2B collaboration allows all internal users by default (Info)',
    source: CIPP_HEALTH,
  },
  {
    framework: 'cipp',
    id: 'health-3',
    title: 'B2B Direct Connect allows all external users inbound by default (Warning)',
    source: CIPP_HEALTH,
  },
  {
    framework: 'cipp',
    id: 'health-5',
    title: 'Tenant Restrictions v2 defaults not configured or allow all (Info)',
    source: CIPP_HEALTH,
  },
  {
    framework: 'cipp',
    id: 'ExternalComplianceTrusted',
    title: 'Standard: trust (or not) compliant device claims from external tenants in the default; health #4b',
    source: 'KelvinTegelaar/CIPP-API, standard ExternalComplianceTrusted (reference/existing-checks.md §2.5)',
    note: "Opposite stance: CIPP reports device claims that are not trusted (Info); xtap-lint warns when the default trusts them from every tenant, and leaves per-partner trust alone.",
  },
  {
    framework: 'cipp',
    id: 'ExternalMFATrusted',
    title: 'Standard: trust (or not) MFA from external tenants in the default; health #4a',
    source: 'KelvinTegelaar/CIPP-API, Modules/CIPPStandards/Public/Standards/Invoke-CIPPStandardExternalMFATrusted.ps1',
    uncovered: 'Published baselines disagree (CIPP suggests trusting, the ASD Blueprint keeps trust off): a team that wants one stance writes an organization policy (docs/policies.md: MFA trust only for listed tenants).',
  },
  {
    framework: 'cipp',
    id: 'health-9',
    title: 'Partner has inbound B2B allowed while the defaults block it (verify the exception is intentional; Info)',
    source: CIPP_HEALTH,
    uncovered: 'An exception per partner is the purpose of a partner entry; a team that wants such exceptions reviewed writes an organization policy over `b2bCollaborationInbound.grantsAnyAccess` with `tags`.',
  },
];

/** `framework:id` of a check. */
export function checkKey(c: Pick<PublishedCheck, 'framework' | 'id'>): string {
  return `${c.framework}:${c.id}`;
}

const BY_KEY = new Map(PUBLISHED_CHECKS.map((c) => [checkKey(c), c]));

/** The published check of a `framework:id` key, or undefined. */
export function publishedCheck(key: string): PublishedCheck | undefined {
  return BY_KEY.get(key);
}

/** "Zero Trust Assessment 21790": a check as a person names it (SARIF tags, the Markdown summary, rule pages). */
export function checkLabel(key: string): string {
  const c = BY_KEY.get(key);
  return c ? `${FRAMEWORKS[c.framework].name} ${c.id}` : key;
}

/** The framework presets: `--preset cisa`, `--preset zero-trust`. */
export const FRAMEWORK_PRESETS = ['cisa', 'zero-trust'] as const;
export type FrameworkPreset = (typeof FRAMEWORK_PRESETS)[number];
