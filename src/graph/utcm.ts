/**
 * `export --format utcm`: a configuration monitor for Microsoft's Unified Tenant Configuration Management (Graph v1.0
 * `admin/configurationManagement/configurationMonitors`), whose baseline states the declared settings UTCM can
 * monitor, as its three cross-tenant access resources name them (reference/utcm-monitor-xtap.json, SchemaStore's
 * utcm-monitor.json): `microsoft.entra.crosstenantaccesspolicy` (DisplayName, AllowedCloudEndpoints),
 * `…configurationdefault` (the four B2B settings, InboundTrust) and `…configurationpartner` (PartnerTenantId, the four
 * B2B settings, AutomaticUserConsentSettings, InboundTrust), PascalCase.
 *
 * The default's settings are stated as the service applies them (a property left out is Microsoft's service
 * default), so that a change of an undeclared default is drift too. What UTCM cannot monitor (tenant restrictions,
 * the redemption order, identity synchronization, Microsoft 365 and app service settings, beta properties) is
 * listed in `unmonitored`, for the CLI to print.
 */
import { partyLabel } from '../engine/tenants.js';
import type { RepoModel, TenantModel } from '../resolve/model.js';
import { defaultSetting, graphValue, tenantDecl } from './export.js';
import { isObject } from './json.js';
import type { Json, JsonObject } from './json.js';
import { TYPES } from './properties.js';
import type { TypeName } from './properties.js';

const B2B = ['b2bCollaborationInbound', 'b2bCollaborationOutbound', 'b2bDirectConnectInbound', 'b2bDirectConnectOutbound'] as const;

/** What each UTCM resource monitors, by Graph name. */
const MONITORED = {
  root: ['displayName', 'allowedCloudEndpoints'],
  default: [...B2B, 'inboundTrust'],
  partner: [...B2B, 'automaticUserConsentSettings', 'inboundTrust'],
} as const;

/** Members UTCM's InboundTrust has (not `isCompliantNetworkAccepted`). */
const TRUST_MEMBERS = ['isCompliantDeviceAccepted', 'isHybridAzureADJoinedDeviceAccepted', 'isMfaAccepted'];

/** Graph's name → UTCM's (Microsoft365DSC's): the first letter upper-cased, and `B2B` as Microsoft365DSC spells it. */
function pascal(name: string): string {
  if (name.startsWith('b2b')) return `B2B${name.slice(3)}`;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function toUtcm(v: Json): Json {
  if (Array.isArray(v)) return v.map(toUtcm);
  if (!isObject(v)) return v;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) if (x !== null && k !== 'label') out[pascal(k)] = toUtcm(x);
  return out;
}

function childType(level: TypeName, prop: string): TypeName | null {
  const hit = TYPES[level].find(([n]) => n === prop);
  return hit ? hit[1] : null;
}

function trustOnly(v: Json): Json {
  if (!isObject(v)) return v;
  const out: JsonObject = {};
  for (const m of TRUST_MEMBERS) if (v[m] !== undefined && v[m] !== null) out[m] = v[m];
  return out;
}

export interface UtcmMonitor {
  tenantId: string;
  label: string;
  file: string;
  monitor: JsonObject;
  /** Declared settings UTCM cannot monitor, one line each: `partner Fabrikam (…): tenantRestrictions`. */
  unmonitored: string[];
}

function unmonitoredOf(where: string, decl: JsonObject, level: 'root' | 'default' | 'partner'): string[] {
  const out: string[] = [];
  const own = new Set(['tenantId', 'name', 'cloud', 'license', 'owner', 'tags', 'reviewBy', 'ticket', 'id', 'isServiceDefault', 'isServiceProvider', 'isInMultiTenantOrganization', 'deletedDateTime', 'definition', 'description']);
  for (const [k, v] of Object.entries(decl)) {
    if (own.has(k) || v === null || v === undefined) continue;
    if (!(MONITORED[level] as readonly string[]).includes(k)) out.push(`${where}: ${k}`);
    else if (k === 'inboundTrust' && isObject(v) && v.isCompliantNetworkAccepted !== undefined && v.isCompliantNetworkAccepted !== null) out.push(`${where}: inboundTrust.isCompliantNetworkAccepted`);
  }
  return out;
}

function monitorFor(t: TenantModel, version: string): UtcmMonitor {
  const decl = tenantDecl(t);
  const resources: JsonObject[] = [];
  const unmonitored: string[] = [];

  const root: JsonObject = { IsSingleInstance: 'Yes' };
  for (const p of MONITORED.root) if (decl.root[p] !== undefined && decl.root[p] !== null) root[pascal(p)] = toUtcm(graphValue(decl.root[p], null));
  root.Ensure = 'Present';
  if (Object.keys(root).length > 2) resources.push({ displayName: 'Cross-tenant access policy', resourceType: 'microsoft.entra.crosstenantaccesspolicy', properties: root });
  unmonitored.push(...unmonitoredOf('crossTenantAccessPolicy', decl.root, 'root'));

  const def: JsonObject = { IsSingleInstance: 'Yes' };
  for (const p of MONITORED.default) {
    const v = defaultSetting(decl.default, p);
    if (v === null) continue;
    def[pascal(p)] = toUtcm(p === 'inboundTrust' ? trustOnly(v) : v);
  }
  def.Ensure = 'Present';
  resources.push({ displayName: 'Cross-tenant access default settings', resourceType: 'microsoft.entra.crosstenantaccesspolicyconfigurationdefault', properties: def });
  unmonitored.push(...unmonitoredOf('default', decl.default, 'default'));

  for (const { model, decl: p } of decl.partners) {
    const tenantId = typeof p.tenantId === 'string' ? p.tenantId : model.id;
    const label = partyLabel({ id: tenantId, name: model.name });
    const props: JsonObject = { PartnerTenantId: tenantId };
    for (const prop of MONITORED.partner) {
      const v = p[prop];
      if (v === undefined || v === null) continue;
      const g = graphValue(v, childType('partner', prop));
      props[pascal(prop)] = toUtcm(prop === 'inboundTrust' ? trustOnly(g) : g);
    }
    props.Ensure = 'Present';
    resources.push({ displayName: `Partner ${label}`.slice(0, 256), resourceType: 'microsoft.entra.crosstenantaccesspolicyconfigurationpartner', properties: props });
    unmonitored.push(...unmonitoredOf(`partner ${label}`, p, 'partner'));
  }

  const name = `xtap-lint: ${t.label}`.slice(0, 256);
  const description = `Cross-tenant access settings declared in ${t.file.path}, written by xtap-lint ${version} export --format utcm.`;
  return {
    tenantId: t.id,
    label: t.label,
    file: t.file.path,
    monitor: { displayName: name, description, baseline: { displayName: name, description, parameters: [], resources } },
    unmonitored,
  };
}

/** One monitor per selected tenant. */
export function utcmMonitors(model: RepoModel, version: string, select: (t: TenantModel) => boolean = () => true): UtcmMonitor[] {
  return model.tenants.filter(select).map((t) => monitorFor(t, version));
}
