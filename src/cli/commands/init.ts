/**
 * `xtap-lint init`: write a commented starter tenant file (Microsoft's service defaults written out) and a
 * `.xtap-lint.yaml`, then print the next steps. Never overwrites a file that exists.
 */
import { existsSync } from 'node:fs';
import { safeWriteFile } from '../../repo/safe-write.js';
import { terminalWidth } from '../terminal.js';
import { urlWords, wrap } from '../../report/text.js';
import { visible } from '../../report/inert.js';
import { relative, resolve } from 'node:path';
import { Document } from 'yaml';
import { CliError } from '../io.js';
import type { Io } from '../io.js';
import { SERVICE_DEFAULT } from '../../resolve/knowledge.js';
import type { B2BSettingName } from '../../resolve/knowledge.js';
import { parseCommandArgs } from '../repository.js';

export const INIT_HELP = `Usage: xtap-lint init [options]

Write a starter tenant file with Microsoft's service defaults written out, and a .xtap-lint.yaml,
in the current directory. Existing files are never overwritten: they are kept,
and init exits 0.

Options:
      --tenant-id <guid>   your tenant ID (default: a placeholder to replace)
      --name <name>        your tenant's name, used in messages (default: Contoso)
      --license <plan>     your Microsoft Entra ID plan: free, p1 (default), p2
      --file <path>        the tenant file to write (default: tenant.xtap.yaml)
  -h, --help               show this help
`;

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
import { PLACEHOLDER_TENANT_ID } from '../../resolve/knowledge.js';

/** A scalar on one line (`name: <here>`): quoted when it must be, never a block scalar. */
function scalar(v: string): string {
  return new Document(v).toString({ lineWidth: 0, blockQuote: false }).replace(/\n$/, '');
}

/** Text for a `#` comment: line breaks would end the comment and leave the rest as YAML. */
function commentText(v: string): string {
  return v.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ');
}

/** One B2B setting of Microsoft's service default, as YAML under `default:`. */
function b2b(name: B2BSettingName): string {
  const list = (half: 'usersAndGroups' | 'applications'): string => {
    const l = SERVICE_DEFAULT[name][half];
    const targets = l.targets.map((t) => `        - target: ${t.target}\n          targetType: ${t.targetType}\n`).join('');
    return `    ${half}:\n      accessType: ${l.accessType}\n      targets:\n${targets}`;
  };
  return `  ${name}:\n${list('usersAndGroups')}${list('applications')}`;
}

/** Boolean members of a service-default setting, as YAML. */
function flags(values: Readonly<Record<string, boolean>>): string {
  return Object.entries(values).map(([k, v]) => `    ${k}: ${v}\n`).join('');
}

const redemption = SERVICE_DEFAULT.invitationRedemptionIdentityProviderConfiguration;

/** The starter tenant file: every setting at Microsoft's service default (rendered from the one table), with what it means. */
export function starterTenant(opts: { tenantId: string; name: string; license: string }): string {
  const idComment =
    opts.tenantId === PLACEHOLDER_TENANT_ID ? '# replace: Microsoft Entra admin center → Overview → Tenant ID' : '# your tenant ID';
  return `# Cross-tenant access settings of ${commentText(opts.name)}, as code. Checked by xtap-lint: npx xtap-lint
#
# Written by \`xtap-lint init\`. Every value under \`default:\` is Microsoft's service default: what a tenant has
# before anyone changes its cross-tenant access settings (Microsoft Graph, GET /policies/crossTenantAccessPolicy/default).
# A property you leave out means the same service default, so you may delete what you keep unchanged.
# Property names are the Microsoft Graph names, case-sensitive. Rules: npx xtap-lint rules

tenant:
  id: ${opts.tenantId}   ${idComment}
  name: ${scalar(opts.name)}
  license: ${opts.license}   # your Microsoft Entra ID plan: free | p1 | p2
  # facts:                                   # settings outside cross-tenant access that some rules need
  #   mfaRequiredForExternalUsers: true      # a Conditional Access policy requires MFA of external users
  #   mfaRegistrationPolicyExcludesGuests: true

# The settings for every external organization that is not listed under partners.
default:
  # Inbound B2B collaboration: which external users may be invited here, to which of your apps.
${b2b('b2bCollaborationInbound')}
  # Outbound B2B collaboration: which of your users may be invited elsewhere, to which external apps.
${b2b('b2bCollaborationOutbound')}
  # B2B direct connect (Teams shared channels) is blocked both ways until you allow it for a partner.
${b2b('b2bDirectConnectInbound')}${b2b('b2bDirectConnectOutbound')}
  # Claims from other organizations this tenant trusts: none by default.
  inboundTrust:
${flags(SERVICE_DEFAULT.inboundTrust)}
  # Automatic invitation redemption: off by default (and must stay off in the default).
  automaticUserConsentSettings:
${flags(SERVICE_DEFAULT.automaticUserConsentSettings)}
  # Tenant restrictions: external identities blocked on your network and devices (when tenant restrictions v2 is on).
${b2b('tenantRestrictions')}
  # How guests redeem invitations: the identity providers in order, and the fallback.
  invitationRedemptionIdentityProviderConfiguration:
    primaryIdentityProviderPrecedenceOrder: [${redemption.primaryIdentityProviderPrecedenceOrder.join(', ')}]
    fallbackIdentityProvider: ${redemption.fallbackIdentityProvider}

# Organizations with their own settings. A property left out (or null) inherits the default above.
# partners:
#   - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
#     name: Fabrikam
#     inboundTrust:
#       isMfaAccepted: true

# Partner files (minimatch globs, relative to this file):
# include:
#   - partners/*.xtap.yaml
`;
}

/** The starter configuration file. */
export function starterConfig(): string {
  return `# xtap-lint configuration, found from the paths linted upwards to the repository root;
# \`--config <file>\` names another.
# Print the configuration in effect: npx xtap-lint --print-config

# recommended (the default) | strict (adds posture rules) | all
preset: recommended

# Severities by rule id: error | warning | info | off (list the rules: npx xtap-lint rules)
# rules:
#   partner-redundant: off

# Which declaration files (*.xtap.yaml) to lint: minimatch globs relative to the repository root.
# files:
#   - "**/*.xtap.yaml"
# ignore:
#   - archive/**

# Rules for some files only.
# overrides:
#   - files: [partners/legacy/*.xtap.yaml]
#     rules:
#       rms-outbound: off
`;
}

export async function initCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs<{ 'tenant-id'?: string; name?: string; license?: string; file?: string; help?: boolean }>(
    'init',
    args,
    {
      'tenant-id': { type: 'string' },
      name: { type: 'string' },
      license: { type: 'string' },
      file: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    { positionals: false },
  );
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  const tenantId = values['tenant-id'] ?? PLACEHOLDER_TENANT_ID;
  if (!GUID.test(tenantId)) throw new CliError(`--tenant-id must be a GUID (8-4-4-4-12 hexadecimal digits), got "${tenantId}"`);
  const license = values.license ?? 'p1';
  if (!['free', 'p1', 'p2'].includes(license)) throw new CliError(`--license must be one of free, p1, p2; got "${license}"`);
  const name = values.name ?? 'Contoso';
  const file = values.file ?? 'tenant.xtap.yaml';
  if (!/\.xtap\.ya?ml$/.test(file)) throw new CliError(`--file must end in .xtap.yaml or .xtap.yml, got "${file}"`);

  const planned: Array<[string, string]> = [
    [resolve(io.cwd, file), starterTenant({ tenantId, name, license })],
    [resolve(io.cwd, '.xtap-lint.yaml'), starterConfig()],
  ];
  const shown = (p: string) => relative(io.cwd, p) || p;
  const written: string[] = [];
  for (const [path, text] of planned) {
    if (existsSync(path)) {
      io.stdout(`  kept     ${shown(path)} (it exists; not overwritten)\n`);
      continue;
    }
    // Never through a link (a committed one could point anywhere): folders made and checked, the file opened with
    // O_NOFOLLOW and O_EXCL.
    safeWriteFile(path, text, { cwd: io.cwd, what: visible(shown(path)), createDirs: true, exclusive: true });
    written.push(shown(path));
    io.stdout(`  created  ${shown(path)}\n`);
  }
  if (written.length === 0) {
    // Running init again is not an error: the files are there, as the first run left them (or as the team changed them).
    io.stdout(
      `\n${wrap(urlWords('Nothing to do: the files exist and were kept (init never overwrites a file; delete one to write it again).'), terminalWidth(io)).join('\n')}\nLint: npx xtap-lint\n`,
    );
    return 0;
  }
  const steps = [
    tenantId === PLACEHOLDER_TENANT_ID ? `Put your tenant ID in ${file} (tenant.id).` : undefined,
    `Change the settings in ${file} to what your tenant has (or import them: xtap-lint import).`,
    'Lint: npx xtap-lint',
    'Commit the files, and add the pre-commit hook or the GitHub Action: https://github.com/xtap-lint/xtap-lint/blob/main/docs/local-workflow.md',
  ].filter((s): s is string => s !== undefined);
  const width = terminalWidth(io);
  io.stdout(`\nNext steps:\n${steps.flatMap((s, i) => wrap(urlWords(s), width, `  ${i + 1}. `, '     ')).join('\n')}\n`);
  return 0;
}
