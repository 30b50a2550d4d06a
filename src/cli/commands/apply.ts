/**
 * `xtap-lint apply`: send the requests of `export --against` the live settings, after showing them; stop at the
 * first failure saying what was applied and what was not. A second apply finds nothing to send.
 */
import { buildModel, lintFiles } from '../../engine/lint.js';
import { ExportRefusal, exportRequests } from '../../graph/export.js';
import type { PlannedRequest } from '../../graph/export.js';
import { visible } from '../../report/inert.js';
import { endpointOf, GRAPH_OPTION_HELP, liveDeclarations, TOKEN_HELP, withGraph } from '../../live/session.js';
import { WRITE } from '../../live/read.js';
import { isGraphFailure } from '../../live/failure.js';
import { CliError } from '../io.js';
import type { Io } from '../io.js';
import { openRepository, parseCommandArgs } from '../repository.js';
import { declaredTenant, liveInputs } from './drift.js';

export const APPLY_HELP = `Usage: xtap-lint apply [paths...] [options]

Make the live tenant match the declarations: read its settings from Microsoft Graph, plan the requests of
\`xtap-lint export --against\` them (POST new partners, PATCH what changed, DELETE removed partners after their
identity synchronization), show the plan, then send it in order. Stops at the first failed request and says
which requests were applied and which were not. Never removes a cloud service provider partner.

Options:
  -y, --yes                  send without asking (needed where no terminal can confirm, as in CI)
      --dry-run              show the plan and send nothing
  -c, --config <file>        configuration file (its files/ignore choose the declarations)
${GRAPH_OPTION_HELP}  -h, --help                 show this help

Permissions: Policy.Read.All, Organization.Read.All, and Policy.ReadWrite.CrossTenantAccess to write
(docs/live-tenant.md).
${TOKEN_HELP}
Exit codes: 0 applied (or nothing to apply), 2 bad usage, declarations with syntax or schema errors, a refused
plan, or a failed request.
`;

/** A request's URL on the endpoint the command talks to (export writes the cloud's public host). */
function onEndpoint(url: string, origin: string): string {
  return url.replace(/^https:\/\/[^/]+/, origin);
}

function describe(r: PlannedRequest, origin: string): string {
  const url = onEndpoint(r.request.url, origin);
  return `${r.request.method} ${url.slice(origin.length)}`;
}

export async function applyCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs<{ yes?: boolean; 'dry-run'?: boolean; config?: string; 'graph-endpoint'?: string; help?: boolean }>('apply', args, {
    yes: { type: 'boolean', short: 'y' },
    'dry-run': { type: 'boolean' },
    config: { type: 'string', short: 'c' },
    'graph-endpoint': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(APPLY_HELP);
    return 0;
  }
  const endpoint = endpointOf(values['graph-endpoint']);
  const confirm = io.confirm;
  if (!values.yes && !values['dry-run'] && !confirm) throw new CliError('apply needs --yes where no terminal can confirm (see the plan first with --dry-run)');
  const { root, config, paths } = openRepository(io, values, positionals);

  return withGraph(io, endpoint, async (graph) => {
    const live = await liveDeclarations(graph, endpoint);
    for (const n of live.live.notes) io.stderr(`apply: ${visible(n)}\n`);
    const declared = declaredTenant(io, config, root, paths, live.live.tenantId, live.live.options.name);
    // Syntax and schema first, as export: a body is only as good as the declaration it comes from.
    const run = lintFiles(declared.inputs, { config, rules: [] });
    for (const f of run.result.files) {
      const bad = f.findings.find((x) => x.severity === 'error' && (x.ruleId === 'syntax' || x.ruleId === 'schema'));
      if (bad) throw new CliError(`${f.file}:${bad.range.line}:${bad.range.column}: ${bad.ruleId} error in the declarations: fix it first (run xtap-lint), nothing was sent`);
    }
    const current = buildModel(liveInputs(live), config.limits).model;
    let requests: PlannedRequest[];
    try {
      const plans = exportRequests(run.model, { select: (t) => t.id.toLowerCase() === live.live.tenantId.toLowerCase(), current, missingCurrent: 'refuse' });
      requests = plans.flatMap((p) => p.requests);
      for (const p of plans) for (const n of p.notes) io.stderr(`apply: ${visible(n)}\n`);
    } catch (err) {
      if (err instanceof ExportRefusal) throw new CliError(`apply: ${visible(err.message)}; nothing was sent`);
      throw err;
    }
    const who = live.live.options.name ? `${visible(live.live.options.name)} (${live.live.tenantId})` : live.live.tenantId;
    if (requests.length === 0) {
      io.stdout(`${who}: nothing to apply, the live tenant matches the declarations.\n`);
      return 0;
    }
    const plan = [`Plan for ${who} at ${endpoint.origin}: ${requests.length} request${requests.length === 1 ? '' : 's'}`];
    requests.forEach((r, i) => {
      plan.push(`  ${i + 1}. ${describe(r, endpoint.origin)}  (${visible(r.title)})`);
      if (r.request.body) for (const line of JSON.stringify(r.request.body, null, 2).split('\n')) plan.push(`       ${visible(line)}`);
    });
    io.stdout(plan.join('\n') + '\n');
    if (values['dry-run']) return 0;
    if (!values.yes) {
      const ok = confirm ? await confirm(requests.length === 1 ? 'Send this request? [y/N] ' : `Send these ${requests.length} requests? [y/N] `) : false;
      if (!ok) {
        io.stdout('Nothing was sent.\n');
        return 0;
      }
    }
    for (let i = 0; i < requests.length; i++) {
      const r = requests[i];
      try {
        await graph.send(r.request.method, onEndpoint(r.request.url, endpoint.origin), r.request.body, { permission: WRITE });
      } catch (err) {
        if (!isGraphFailure(err)) throw err;
        const applied = i === 0 ? 'none applied' : `applied ${i === 1 ? 'request 1' : `requests 1-${i}`}`;
        const notApplied = i + 1 === requests.length ? `request ${i + 1}` : `requests ${i + 1}-${requests.length}`;
        throw new CliError(`apply stopped at request ${i + 1} of ${requests.length} (${describe(r, endpoint.origin)}): ${visible(err.message)}; ${applied}, ${notApplied} not applied`);
      }
      io.stdout(`applied ${i + 1}/${requests.length}: ${describe(r, endpoint.origin)}\n`);
    }
    io.stdout(`Applied ${requests.length} request${requests.length === 1 ? '' : 's'} to ${who}. Check with: xtap-lint drift\n`);
    return 0;
  });
}
