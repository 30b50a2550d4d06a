/**
 * Checking the default and every partner without repeating inherited problems (SPEC §2): a problem that
 * partners inherit unchanged is one finding at the default's node, with those partners as its share; a partner
 * gets its own finding only where its own settings change the outcome or the severity.
 */
import type { Fix, Report, RuleContext } from './rule.js';
import { hasNode, insideMerged, locRange } from '../load/yaml.js';
import type { Message, Severity } from '../types.js';
import { appTargetCovers } from '../resolve/knowledge.js';
import type { EffectiveSettings, EffList, Loc, PartnerModel, PolicyDecl, TenantModel } from '../resolve/model.js';

export interface LevelProblem {
  /** Identifies the outcome: equal keys at the default and a partner mean "the same problem". */
  key: string;
  at: Loc;
  message: Message;
  severity?: Severity;
  fix?: Fix;
  related?: Array<{ at: Loc; message: string }>;
  /**
   * For a partner: its own value that makes this outcome (or severity) differ from the default's — its trust member,
   * its `cloud`, its own half of a setting (SPEC §2). When `at` is an inherited node and the partner does not share the
   * default's finding, the partner's finding points here instead of at its `tenantId:` key.
   */
  partnerAt?: Loc;
  /**
   * The partner's own value alone causes the problem (e.g. its own users list blocks everyone): its finding does not
   * say it is inherited from the default.
   */
  ownCause?: boolean;
}

export type LevelCheck = (settings: EffectiveSettings, partner: PartnerModel | undefined, tenant: TenantModel) => LevelProblem[] | LevelProblem | undefined;

function asList(p: LevelProblem[] | LevelProblem | undefined): LevelProblem[] {
  return p === undefined ? [] : Array.isArray(p) ? p : [p];
}

/**
 * Whether a node holds a value a partner inherits: it lies in the tenant's `default:` map, or is where the service
 * default points (the `default:` or `tenant:` key). A value a partner takes through a YAML alias of another partner's
 * node is its own statement, written at the anchor — not inherited.
 */
export function fromDefault(loc: Loc, tenant: TenantModel): boolean {
  if (loc.file !== tenant.file || loc.start < 0) return loc.start < 0;
  if (tenant.defaultLoc && loc.start >= tenant.defaultLoc.start && loc.start <= tenant.defaultLoc.end) return true;
  return sameLoc(loc, tenant.tenantKey) || (tenant.defaultKey !== undefined && sameLoc(loc, tenant.defaultKey));
}

/** Whether a node lies inside a partner's own entry. */
export function insidePartner(loc: Loc, partner: PartnerModel): boolean {
  if (loc.file !== partner.file) return false;
  const entry = partner.entry;
  if (entry.start < 0 || loc.start < 0) return false;
  // A value merged into the entry (`<<: *base`) counts as the partner's own (SPEC §1.1).
  return (loc.start >= entry.start && loc.start <= entry.end) || insideMerged(loc, entry);
}

const sameLoc = (a: Loc, b: Loc): boolean => a.file === b.file && a.start === b.start && a.end === b.end;

/** Whether a node is where Microsoft's service default points (the `tenant:` or `default:` key), not a declared value. */
const serviceDefault = (loc: Loc, tenant: TenantModel): boolean => sameLoc(loc, tenant.tenantKey) || (tenant.defaultKey !== undefined && sameLoc(loc, tenant.defaultKey));

/**
 * Run `check` on the tenant's default and on each partner, reporting inherited problems once.
 * Returns nothing; reports go through ctx.
 */
export function checkLevels(ctx: RuleContext, tenant: TenantModel, check: LevelCheck): void {
  const defaults = asList(check(tenant.defaults, undefined, tenant));
  const shares = new Map<LevelProblem, PartnerModel[]>(defaults.map((d) => [d, []]));
  const own: Array<{ problem: LevelProblem; partner: PartnerModel }> = [];
  for (const partner of tenant.partners) {
    for (const p of asList(check(partner.effective, partner, tenant))) {
      const match = defaults.find((d) => d.key === p.key && sameLoc(d.at, p.at));
      if (match && (p.severity ?? 'x') === (match.severity ?? 'x')) {
        shares.get(match)?.push(partner);
      } else if (insidePartner(p.at, partner)) {
        own.push({ problem: p, partner });
      } else if (!fromDefault(p.at, tenant)) {
        // Written elsewhere and used here through a YAML alias: the partner's own statement, at the node it came from.
        own.push({
          problem: {
            ...p,
            message: { ...p.message, what: p.message.what.replace(/\.$/, '') + ` (written at ${p.at.file.path}:${locRange(p.at).line} and used by ${levelName(partner)} through a YAML alias).` },
            related: [...(p.related ?? []), { at: partner.entryKey, message: `used by ${levelName(partner)} here` }],
          },
          partner,
        });
      } else {
        // Inherited node, different outcome: the partner's own finding points at its own value that changes the
        // outcome (SPEC §2), else at its entry; its message says where the setting it inherits is written (the entry
        // itself does not show it) — unless its own value alone causes the problem.
        const at = p.partnerAt && insidePartner(p.partnerAt, partner) ? p.partnerAt : partner.entryKey;
        if (p.ownCause && at !== partner.entryKey) {
          own.push({ problem: { ...p, at }, partner });
          continue;
        }
        const from = hasNode(p.at) && !serviceDefault(p.at, tenant) ? ` (inherited from the default at ${p.at.file.path}:${locRange(p.at).line})` : " (inherited from Microsoft's default)";
        own.push({
          problem: {
            ...p,
            at,
            message: { ...p.message, what: p.message.what.replace(/\.$/, '') + from + '.' },
            related: [...(p.related ?? []), ...(hasNode(p.at) && !serviceDefault(p.at, tenant) ? [{ at: p.at, message: 'inherited from here' }] : [])],
          },
          partner,
        });
      }
    }
  }
  for (const d of defaults) {
    const report: Report = { at: d.at, message: d.message, inheritedBy: shares.get(d) ?? [] };
    if (d.severity) report.severity = d.severity;
    if (d.fix) report.fix = d.fix;
    if (d.related) report.related = d.related;
    ctx.report(report);
  }
  for (const { problem } of own) {
    const report: Report = { at: problem.at, message: problem.message };
    if (problem.severity) report.severity = problem.severity;
    if (problem.fix) report.fix = problem.fix;
    if (problem.related) report.related = problem.related;
    ctx.report(report);
  }
}

/**
 * "partner Fabrikam" (or "Partner Fabrikam" with `capital`), "the default": who a level is, for messages. The one
 * labelling function of partners: by name, else tenant ID, named once — a name that starts with the word "partner"
 * ("Partner Sync Configuration") is not prefixed again.
 */
export function levelName(partner: PartnerModel | undefined, capital = false): string {
  if (!partner) return capital ? 'The default' : 'the default';
  if (/^partner\b/i.test(partner.label)) return partner.label;
  return `${capital ? 'Partner' : 'partner'} ${partner.label}`;
}

/** Every declared level of every tenant: the default, then each partner, with what it declares. */
export function* declarations(model: { tenants: readonly TenantModel[] }): Generator<{ tenant: TenantModel; partner: PartnerModel | undefined; decl: PolicyDecl }> {
  for (const tenant of model.tenants) {
    yield { tenant, partner: undefined, decl: tenant.defaultDecl };
    for (const partner of tenant.partners) yield { tenant, partner, decl: partner.decl };
  }
}

/** "Fabrikam's", "Northwind Traders'". */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** "Partner Fabrikam (3f2c…)" or "Partner 3f2c…": levelName with the tenant ID when the partner has a name. */
export function partnerWithId(partner: PartnerModel, capital = false): string {
  return partner.name ? `${levelName(partner, capital)} (${partner.id})` : levelName(partner, capital);
}

/** "The default's" or "Partner Fabrikam's": the owner of a setting, to start a message (levelName's possessive). */
export function levelOwner(partner: PartnerModel | undefined): string {
  return partner ? possessive(levelName(partner, true)) : "The default's";
}

/**
 * Where a finding about unreachable apps points (SPEC §2): at the list's key for an allow list that lacks them; for a
 * block list, at the `target:` value of each member that blocks them (one group of apps per member), or at the list's
 * key when only `AllApplications` or the users' side keeps them out.
 */
export function whereBlocked(list: EffList, apps: readonly string[]): Array<{ apps: string[]; at: Loc }> {
  const groups = new Map<string, { apps: string[]; at: Loc }>();
  for (const app of apps) {
    const member = list.accessType === 'blocked' ? list.targets.find((t) => t.decl && t.id !== 'AllApplications' && appTargetCovers(t.id, app)) : undefined;
    const at = member?.decl ? member.decl.target.loc : list.at;
    const key = `${at.start}:${at.end}`;
    const g = groups.get(key);
    if (g) g.apps.push(app);
    else groups.set(key, { apps: [app], at });
  }
  return [...groups.values()];
}

