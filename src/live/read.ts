/**
 * What `pull`, `drift` and `apply` read from the live tenant, turned into `import`'s input (src/graph/import.ts), so
 * that a pull and an import of the same responses write the same declarations.
 *
 * Read (v1.0; beta only for the properties v1.0 lacks):
 * - `/organization`: the tenant's id, name and verified domains (Organization.Read.All);
 * - `/subscribedSkus`: `license` from the service plans, AAD_PREMIUM_P2 → p2, AAD_PREMIUM → p1, else free
 *   (Organization.Read.All);
 * - `/policies/crossTenantAccessPolicy`, `/default`, `/partners` (paged); beta `/default` and `/partners` for `blockServiceProviderOutboundAccess`,
 *   `crossCloudMeetingConfiguration` and `protectedContentSharing` only; each partner's `identitySynchronization`
 *   from beta (404: none), whose `groupSyncInbound` and `externalCloudAuthorizedApplicationId` v1.0 lacks;
 * - `/identity/conditionalAccess/policies` for `tenant.facts.mfaRequiredForExternalUsers` (Policy.Read.All); when it
 *   cannot be read the fact is left as it is and a note says why.
 */
import type { ImportOptions, ImportSource } from '../graph/import.js';
import { isObject } from '../graph/json.js';
import type { JsonObject } from '../graph/json.js';
import { BETA_ONLY, POLICY_PATH } from '../graph/properties.js';
import type { License } from '../resolve/model.js';
import { isGuid } from '../resolve/knowledge.js';
import { GraphFailure, isGraphFailure } from './failure.js';
import type { GraphClient } from './types.js';

export const READ = 'Policy.Read.All';
export const ORG_READ = 'Organization.Read.All';
export const WRITE = 'Policy.ReadWrite.CrossTenantAccess';

export interface LiveTenant {
  tenantId: string;
  sources: ImportSource[];
  options: ImportOptions;
  /** What could not be read, one line each (stderr). */
  notes: string[];
}

const TYPE = {
  root: '#microsoft.graph.crossTenantAccessPolicy',
  default: '#microsoft.graph.crossTenantAccessPolicyConfigurationDefault',
  partner: '#microsoft.graph.crossTenantAccessPolicyConfigurationPartner',
  sync: '#microsoft.graph.crossTenantIdentitySyncPolicyPartner',
};

function typed(obj: unknown, type: string): JsonObject {
  return { ...(isObject(obj) ? obj : {}), '@odata.type': type };
}

/** Only the beta-only properties of a beta object (and the partner's key): v1.0 is the source for the rest. */
function betaOnly(obj: unknown, level: 'default' | 'partner'): JsonObject | undefined {
  if (!isObject(obj)) return undefined;
  const out: JsonObject = {};
  for (const k of BETA_ONLY[level]) if (k !== 'deletedDateTime' && obj[k] !== undefined && obj[k] !== null) out[k] = obj[k];
  if (!Object.keys(out).length) return undefined;
  if (level === 'partner') {
    if (typeof obj.tenantId !== 'string') return undefined;
    out.tenantId = obj.tenantId;
  }
  return out;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The plan from the subscribed SKUs' service plans (enabled SKUs, plans not disabled). */
export function licenseFromSkus(skus: readonly unknown[]): License {
  let best: License = 'free';
  for (const sku of skus) {
    if (!isObject(sku)) continue;
    const status = str(sku.capabilityStatus);
    if (status !== undefined && status !== 'Enabled' && status !== 'Warning') continue;
    for (const plan of arr(sku.servicePlans)) {
      if (!isObject(plan) || str(plan.provisioningStatus) === 'Disabled') continue;
      const name = str(plan.servicePlanName);
      if (name === 'AAD_PREMIUM_P2') best = 'p2';
      else if (name === 'AAD_PREMIUM' && best === 'free') best = 'p1';
    }
  }
  return best;
}

function includes(list: unknown, value: string): boolean {
  return arr(list).some((x) => typeof x === 'string' && x.toLowerCase() === value.toLowerCase());
}

/**
 * Whether an enabled Conditional Access policy requires MFA (or an authentication strength) of guests and external
 * users for all apps: included by `GuestsOrExternalUsers`, `includeGuestsOrExternalUsers` or `All`, not excluded as
 * such, and MFA required (alone or with AND).
 */
export function mfaRequiredForExternalUsers(policies: readonly unknown[]): boolean {
  return policies.some((p) => {
    if (!isObject(p) || p.state !== 'enabled') return false;
    const c = isObject(p.conditions) ? p.conditions : {};
    const users = isObject(c.users) ? c.users : {};
    const apps = isObject(c.applications) ? c.applications : {};
    const included = includes(users.includeUsers, 'All') || includes(users.includeUsers, 'GuestsOrExternalUsers') || isObject(users.includeGuestsOrExternalUsers);
    const excluded = includes(users.excludeUsers, 'GuestsOrExternalUsers') || isObject(users.excludeGuestsOrExternalUsers);
    if (!included || excluded || !includes(apps.includeApplications, 'All')) return false;
    const g = isObject(p.grantControls) ? p.grantControls : {};
    if (isObject(g.authenticationStrength)) return true;
    const controls = arr(g.builtInControls);
    return includes(controls, 'mfa') && (controls.length === 1 || str(g.operator)?.toUpperCase() === 'AND');
  });
}

/** Read the live tenant. GraphFailures propagate, except where a note can stand for what could not be read. */
export async function readLiveTenant(graph: GraphClient): Promise<LiveTenant> {
  const notes: string[] = [];
  const sources: ImportSource[] = [];

  const orgs = (await graph.list('/v1.0/organization', { permission: ORG_READ })) ?? [];
  const org = orgs.find(isObject);
  const tenantId = org ? str(org.id) : undefined;
  if (!org || !tenantId || !isGuid(tenantId)) throw new GraphFailure("Microsoft Graph's /organization answer has no tenant id");
  const options: ImportOptions = { tenantId };
  const name = str(org.displayName);
  if (name && name.trim()) options.name = name.trim();
  const domains = arr(org.verifiedDomains)
    .map((d) => (isObject(d) ? str(d.name) : undefined))
    .filter((d): d is string => typeof d === 'string' && d.length > 0 && d.length < 300);
  if (domains.length) options.domains = domains.sort();

  try {
    options.license = licenseFromSkus((await graph.list('/v1.0/subscribedSkus', { permission: ORG_READ })) ?? []);
  } catch (err) {
    if (!isGraphFailure(err) || err.status !== 403) throw err;
    notes.push(`could not read subscribedSkus (403, needs ${ORG_READ}): tenant.license not read`);
  }

  const root = await graph.get(`/v1.0${POLICY_PATH}`, { permission: READ });
  sources.push({ path: 'graph/v1.0/policies/crossTenantAccessPolicy', json: typed(root, TYPE.root) });
  const def = await graph.get(`/v1.0${POLICY_PATH}/default`, { permission: READ });
  sources.push({ path: 'graph/v1.0/policies/crossTenantAccessPolicy/default', json: typed(def, TYPE.default) });
  const partners = ((await graph.list(`/v1.0${POLICY_PATH}/partners`, { permission: READ })) ?? []).filter(isObject);
  sources.push({ path: 'graph/v1.0/policies/crossTenantAccessPolicy/partners', json: partners.map((p) => typed(p, TYPE.partner)) });

  // Beta, for what v1.0 lacks.
  const betaDefault = betaOnly(await graph.get(`/beta${POLICY_PATH}/default`, { permission: READ }), 'default');
  if (betaDefault) sources.push({ path: 'graph/beta/policies/crossTenantAccessPolicy/default', json: typed(betaDefault, TYPE.default) });
  const known = new Set(partners.map((p) => str(p.tenantId)?.toLowerCase()));
  const betaPartners = ((await graph.list(`/beta${POLICY_PATH}/partners`, { permission: READ })) ?? [])
    .map((p) => betaOnly(p, 'partner'))
    .filter((p): p is JsonObject => p !== undefined && known.has(str(p.tenantId)?.toLowerCase()));
  if (betaPartners.length) sources.push({ path: 'graph/beta/policies/crossTenantAccessPolicy/partners', json: betaPartners.map((p) => typed(p, TYPE.partner)) });

  for (const p of partners) {
    const id = str(p.tenantId);
    if (!id || !isGuid(id)) continue;
    // From beta: two of its properties (groupSyncInbound, externalCloudAuthorizedApplicationId) are beta-only, and one
    // request a partner is enough.
    const sync = await graph.get(`/beta${POLICY_PATH}/partners/${id}/identitySynchronization`, { permission: READ, allow404: true });
    if (isObject(sync)) sources.push({ path: `graph/beta/policies/crossTenantAccessPolicy/partners/${id}/identitySynchronization`, json: typed({ ...sync, tenantId: id }, TYPE.sync) });
  }

  try {
    const policies = (await graph.list('/v1.0/identity/conditionalAccess/policies', { permission: READ })) ?? [];
    options.facts = { mfaRequiredForExternalUsers: mfaRequiredForExternalUsers(policies) };
  } catch (err) {
    if (!isGraphFailure(err) || err.status !== 403) throw err;
    notes.push(`could not read Conditional Access policies (403, needs ${READ}): tenant.facts.mfaRequiredForExternalUsers not read`);
  }
  return { tenantId, sources, options, notes };
}
