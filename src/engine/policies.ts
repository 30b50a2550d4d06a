/**
 * Organization policies (SPEC §3.9) as rules: a policy's `where` and `assert` JSON Schemas, compiled once per run by
 * the adapter (src/policies/compile.ts, which brings ajv), run here over the effective view of every level
 * (src/resolve/view.ts). A policy is a rule like any other: the engine gives its findings a severity, applies
 * `--rule`, `overrides` and suppression directives, and carries its docs URL. Pure: no ajv import here.
 */
import { always, REPOSITORY_URL } from './rule.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { insidePartner } from './levels.js';
import { levelViews, locateInView } from '../resolve/view.js';
import type { LevelView } from '../resolve/view.js';
import type { Loc, PartnerModel } from '../resolve/model.js';
import type { Message, Severity } from '../types.js';
import type { PLACEHOLDERS } from '../policies/placeholders.js';

/** A policy as `.xtap-lint.yaml` declares it. */
export interface PolicySpec {
  id: string;
  severity: Severity;
  message: string;
  docs?: string;
  where?: unknown;
  assert: unknown;
  /** The configuration file that declared it (for messages). */
  source?: string;
}

/** The part of an ajv validate function the engine uses. */
export interface SchemaCheck {
  (data: unknown): boolean;
  errors?: ReadonlyArray<{ instancePath: string; keyword: string; message?: string; params?: Record<string, unknown> }> | null;
}

export interface CompiledPolicy {
  spec: PolicySpec;
  where?: SchemaCheck;
  assert: SchemaCheck;
}

export { PLACEHOLDERS, unknownPlaceholders } from '../policies/placeholders.js';

/** Where a policy without its own `docs` URL points: the page that explains organization policies. */
export const POLICIES_DOCS = `${REPOSITORY_URL}/blob/main/docs/policies.md`;

/** A policy's message for a level: `{partner}` is the partner's name (else its ID) or "the default". */
export function policyMessage(template: string, view: Pick<LevelView, 'tenant' | 'partner'>): string {
  const vars: Record<(typeof PLACEHOLDERS)[number], string> = {
    partner: view.partner ? view.partner.label : 'the default',
    tenant: view.tenant.label,
    level: view.partner ? 'partner' : 'default',
  };
  return template.replace(/\{(partner|tenant|level)\}/g, (_, k: keyof typeof vars) => vars[k]);
}

/** Which failing value a finding is about: ajv's last error (a combinator's own error comes after its branches'). */
function failure(check: SchemaCheck): { pointer: string; detail: string } {
  const errors = check.errors ?? [];
  const e = errors[errors.length - 1];
  if (!e) return { pointer: '', detail: 'does not satisfy the policy' };
  if (e.keyword === 'const') return { pointer: e.instancePath, detail: `must be ${JSON.stringify(e.params?.allowedValue)}` };
  return { pointer: e.instancePath, detail: e.message ?? `fails \`${e.keyword}\`` };
}

const locKey = (loc: Loc): string => `${loc.file.path}\u0000${loc.start}\u0000${loc.end}`;

/** A policy's description (`xtap-lint rules`, SARIF): its message with `<partner>`, `<tenant>`, `<level>` for the placeholders. */
export function policyDescription(spec: Pick<PolicySpec, 'message'>): string {
  return spec.message.replace(/\{(partner|tenant|level)\}/g, (_, k: string) => `<${k}>`);
}

/** One policy as a rule. */
export function policyRule(policy: CompiledPolicy): Rule {
  const { spec } = policy;
  return {
    id: spec.id,
    meta: {
      description: policyDescription(spec),
      category: 'policy',
      severity: always(spec.severity),
      sources: [`Organization policy declared in ${spec.source ?? '.xtap-lint.yaml'}`],
      docs: spec.docs ?? POLICIES_DOCS,
    },
    check(ctx: RuleContext): void {
      // Failures at a node outside the failing partner's own entry (the default's, or the tenant's) are one finding
      // per node, with the partners that share it (SPEC §2): a directive on a partner's entry drops its share.
      const shared = new Map<string, { at: Loc; first: LevelView; defaultFailed: boolean; partners: PartnerModel[]; detail: string; pointer: string }>();
      const order: string[] = [];
      for (const view of levelViews(ctx.model)) {
        if (policy.where && !policy.where(view.data)) continue;
        if (policy.assert(view.data)) continue;
        const { pointer, detail } = failure(policy.assert);
        const at = locateInView(view.tenant, view.partner, pointer);
        if (view.partner && insidePartner(at, view.partner)) {
          ctx.report({ at, message: message(spec, view, pointer, detail) });
          continue;
        }
        const key = locKey(at);
        const group = shared.get(key);
        if (!group) {
          shared.set(key, { at, first: view, defaultFailed: !view.partner, partners: view.partner ? [view.partner] : [], detail, pointer });
          order.push(key);
        } else if (view.partner) group.partners.push(view.partner);
        else group.defaultFailed = true;
      }
      for (const key of order) {
        const g = shared.get(key);
        if (!g) continue;
        const first = g.defaultFailed ? { tenant: g.first.tenant, partner: undefined } : g.first;
        const report: Report = { at: g.at, message: message(spec, first, g.pointer, g.detail), inheritedBy: g.partners };
        if (!g.defaultFailed) report.onlyShares = true;
        ctx.report(report);
      }
    },
  };
}

function message(spec: PolicySpec, view: Pick<LevelView, 'tenant' | 'partner'>, pointer: string, detail: string): Message {
  const text = policyMessage(spec.message, view).trim();
  const what = text.charAt(0).toUpperCase() + text.slice(1);
  const whose = view.partner ? `partner ${view.partner.label}` : 'the default';
  return {
    what: /[.!?]$/.test(what) ? what : what + '.',
    why: `The organization policy \`${spec.id}\` fails: in the effective view of ${whose}, ${pointer ? `\`${pointer}\`` : 'the level'} ${detail}.`,
    fix: spec.docs
      ? `See the policy's documentation; change the setting, or record an accepted exception with a suppression directive and its reason.`
      : 'Change the setting so that the policy holds, or record an accepted exception with a suppression directive and its reason.',
  };
}

/** Every policy as a rule, in declaration order. */
export function policyRules(policies: readonly CompiledPolicy[]): Rule[] {
  return policies.map(policyRule);
}
