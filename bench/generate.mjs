#!/usr/bin/env node
// Generates a synthetic declaration repository: T tenants, N partners in total over M partner files,
// with a realistic mix of settings (allow lists with the portal apps, trust, direct connect, sync, tenant
// restrictions, other clouds) and a few deliberate problems so that rules have findings to report.
//   node bench/generate.mjs <dir> --partners 1000 --files 50 [--tenants 3] [--seed 1]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// `portal`: the share of app allow lists that keep the portal apps; the others are `mfa-registration-apps` findings
// (bench/run.mjs uses 0.5 for thousands of findings at 10,000 partners).
export function generate(dir, { partners = 1000, files = 50, tenants = 3, seed = 1, portal = 0.9 } = {}) {
  // mulberry32: a small PRNG with a full 2^32 period, so runs are reproducible.
  let state = seed >>> 0 || 1;
  const rand = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  let serial = 0;
  // Random-looking GUIDs that are unique: the last group carries a serial number.
  const guid = () => {
    const h = () => Math.floor(rand() * 0x10000).toString(16).padStart(4, '0');
    return `${h()}${h()}-${h()}-4${h().slice(1)}-${pick(['8', '9', 'a', 'b'])}${h().slice(1)}-${(serial++).toString(16).padStart(12, '0')}`;
  };
  const PORTAL = ['2793995e-0a7d-40d7-bd35-6968ba142197', '0000000c-0000-0000-c000-000000000000', '8c59ead7-d703-4a27-9e55-c96a0054c8d2', '19db86c3-b2b9-44cc-b339-36da233a3be2'];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.xtap-lint.yaml'), 'preset: recommended\n');
  const perTenantFiles = Math.max(1, Math.floor(files / tenants));
  const perFile = Math.max(1, Math.ceil(partners / (perTenantFiles * tenants)));
  let made = 0;
  for (let t = 0; t < tenants; t++) {
    const tdir = join(dir, `tenant${t}`);
    mkdirSync(join(tdir, 'partners'), { recursive: true });
    writeFileSync(
      join(tdir, 'tenant.xtap.yaml'),
      `tenant:
  id: ${guid()}
  name: Tenant ${t}
  license: ${t === 0 ? 'p2' : 'p1'}
  facts:
    mfaRequiredForExternalUsers: true
    mfaRegistrationPolicyExcludesGuests: true
crossTenantAccessPolicy:
  allowedCloudEndpoints: [microsoftonline.us]
default:
  inboundTrust:
    isMfaAccepted: ${t % 2 === 0}
  b2bCollaborationInbound:
    usersAndGroups:
      accessType: allowed
      targets: [{ target: AllUsers, targetType: user }]
    applications:
      accessType: allowed
      targets: [{ target: AllApplications, targetType: application }]
include:
  - partners/*.xtap.yaml
`,
    );
    for (let f = 0; f < perTenantFiles && made < partners; f++) {
      const out = ['# yaml-language-server: $schema=../../schemas/partner.schema.json', 'partners:'];
      for (let p = 0; p < perFile && made < partners; p++, made++) {
        const kind = rand();
        out.push(`  - tenantId: ${guid()}`, `    name: Partner ${made}`);
        if (kind < 0.3) {
          out.push('    inboundTrust:', '      isMfaAccepted: true', `      isCompliantDeviceAccepted: ${rand() < 0.5}`);
          out.push('    b2bCollaborationInbound:', '      applications:', '        accessType: allowed', '        targets:');
          out.push(`          - { target: ${pick(['Office365', '00000003-0000-0ff1-ce00-000000000000'])}, targetType: application }`);
          const withPortal = rand() < portal;
          for (const app of withPortal ? PORTAL : PORTAL.slice(0, 2)) out.push(`          - { target: ${app}, targetType: application }`);
        } else if (kind < 0.45) {
          out.push('    inboundTrust: { isMfaAccepted: true }', '    automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: true }');
          out.push('    b2bDirectConnectInbound:', '      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }');
          out.push('      applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }');
          out.push('    identitySynchronization:', `      displayName: Partner ${made}`, '      userSyncInbound: { isSyncAllowed: true }');
        } else if (kind < 0.6) {
          out.push('    b2bCollaborationOutbound:', '      usersAndGroups:', '        accessType: allowed', '        targets:');
          out.push(`          - { target: ${guid()}, targetType: group, label: Project team ${made} }`);
          out.push('      applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }');
        } else if (kind < 0.7) {
          out.push('    tenantRestrictions:', '      usersAndGroups:', '        accessType: allowed', `        targets: [{ target: ${guid()}, targetType: group }]`);
          out.push('      applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }');
        } else if (kind < 0.75) {
          out.push('    cloud: usGovernment', '    inboundTrust: { isMfaAccepted: true }');
        } else if (kind < 0.8) {
          out.push('    b2bCollaborationOutbound:', '      usersAndGroups: { accessType: blocked, targets: [{ target: AllUsers, targetType: user }] }');
          out.push('      applications: { accessType: blocked, targets: [{ target: AllApplications, targetType: application }] }');
        } else {
          out.push('    inboundTrust:', '      isMfaAccepted: true', '    automaticUserConsentSettings:', '      inboundAllowed: true');
        }
      }
      writeFileSync(join(tdir, 'partners', `batch${String(f).padStart(4, '0')}.xtap.yaml`), out.join('\n') + '\n');
    }
  }
  return { partners: made };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, ...rest] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node bench/generate.mjs <dir> [--partners N] [--files M] [--tenants T] [--seed S]');
    process.exit(2);
  }
  const opt = (name, d) => {
    const i = rest.indexOf(`--${name}`);
    return i === -1 ? d : Number(rest[i + 1]);
  };
  const r = generate(dir, { partners: opt('partners', 1000), files: opt('files', 50), tenants: opt('tenants', 3), seed: opt('seed', 1) });
  console.log(`generated ${r.partners} partners in ${dir}`);
}
