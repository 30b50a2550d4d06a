/**
 * --fix: the fixed files, byte for byte. Everything outside the edited region — comments, key order, quoting,
 * blank lines, CRLF, a BOM — must survive, and fixing twice must change nothing the second time.
 */
import { describe, expect, it } from 'vitest';
import { fixFiles } from '../../src/fix/fixer.js';
import { defaultConfig } from '../../src/config/config.js';
import type { InputFile } from '../../src/types.js';
import { lintAll, yaml } from '../helpers/rule-tester.js';
import { applyEdits } from '../../src/fix/fixer.js';
import { addTargetsEdits } from '../../src/fix/edits.js';
import { documentOf, isMap, parseSource } from '../../src/load/yaml.js';

function fix(text: string, path = 'tenant.xtap.yaml', others: InputFile[] = []): string {
  const config = defaultConfig();
  config.preset = 'all';
  const inputs = [{ path, text }, ...others];
  const out = fixFiles(inputs, { config }, (p) => p === path);
  const after = out.inputs[0].text ?? '';
  // Idempotent: a second run changes nothing.
  const again = fixFiles([{ path, text: after }, ...others], { config }, (p) => p === path);
  expect(again.changed.size, 'a second --fix must change nothing').toBe(0);
  return after;
}

const HEAD = yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b   # production
    license: p1
`;

const fixableRules = ['mfa-registration-apps', 'rms-outbound', 'target-type-mismatch', 'schema'];
function remaining(text: string): string[] {
  return lintAll(text)
    .filter((f) => fixableRules.includes(f.ruleId) && f.fixable)
    .map((f) => `${f.range.line}:${f.range.column} ${f.ruleId}`);
}

describe('mfa-registration-apps: add the missing apps to an allow list', () => {
  it('appends block items in the style of the last item, after its trailing comment, before the next key', () => {
    const before =
      HEAD +
      yaml`
      # Inbound: only SharePoint
      default:
        b2bCollaborationInbound:
          applications:
            accessType: allowed   # allow list
            targets:
              - target: 00000003-0000-0ff1-ce00-000000000000
                targetType: application
                label: "Office 365 SharePoint Online"   # the one app
            # end of the list
          usersAndGroups:
            accessType: allowed
            targets: [{ target: AllUsers, targetType: user }]

        inboundTrust: { isMfaAccepted: false }
      `;
    const after = fix(before);
    expect(after).toBe(
      HEAD +
        yaml`
      # Inbound: only SharePoint
      default:
        b2bCollaborationInbound:
          applications:
            accessType: allowed   # allow list
            targets:
              - target: 00000003-0000-0ff1-ce00-000000000000
                targetType: application
                label: "Office 365 SharePoint Online"   # the one app
              - target: 0000000c-0000-0000-c000-000000000000
                targetType: application
                label: Microsoft App Access Panel
              - target: 19db86c3-b2b9-44cc-b339-36da233a3be2
                targetType: application
                label: My Sign-ins
              - target: 2793995e-0a7d-40d7-bd35-6968ba142197
                targetType: application
                label: My Apps
              - target: 8c59ead7-d703-4a27-9e55-c96a0054c8d2
                targetType: application
                label: My Profile
            # end of the list
          usersAndGroups:
            accessType: allowed
            targets: [{ target: AllUsers, targetType: user }]

        inboundTrust: { isMfaAccepted: false }
      `,
    );
    expect(remaining(after)).toEqual([]);
  });

  it('appends flow items to a list of flow maps, one per line', () => {
    const before =
      HEAD +
      yaml`
      default:
        b2bCollaborationInbound:
          applications:
            accessType: allowed
            targets:
              - { target: 00000003-0000-0ff1-ce00-000000000000, targetType: application }
              - { target: 2793995e-0a7d-40d7-bd35-6968ba142197, targetType: application, label: My Apps }
              - { target: 8c59ead7-d703-4a27-9e55-c96a0054c8d2, targetType: application, label: My Profile }`;
    expect(fix(before)).toBe(
      before +
        '\n' +
        '        - { target: 0000000c-0000-0000-c000-000000000000, targetType: application, label: Microsoft App Access Panel }\n' +
        '        - { target: 19db86c3-b2b9-44cc-b339-36da233a3be2, targetType: application, label: My Sign-ins }',
    );
  });

  it('extends a one-line flow list', () => {
    const before =
      HEAD +
      yaml`
      default:
        b2bCollaborationInbound:
          applications: { accessType: allowed, targets: [ { target: ${PANEL}, targetType: application } ] }   # keep
      `;
    expect(fix(before)).toBe(before.replace('targetType: application } ] }   # keep', `targetType: application }, ${flowApps([SIGNINS, MYAPPS, PROFILE])} ] }   # keep`));
  });

  // No rule reports an app list that lets nobody in (users-apps-conflict does, without a fix), so these layouts are
  // exercised through the edit builder itself.
  const edit = (text: string, pointer: string[], ids: string[]): string => {
    const file = parseSource('tenant.xtap.yaml', text).file;
    const map = documentOf(file)?.getIn(pointer, true);
    if (!isMap(map)) throw new Error('no map at ' + pointer.join('/'));
    const edits = addTargetsEdits(file, map, ids.map((id) => ({ target: id, targetType: 'application', label: LABEL[id] })));
    if (!edits) throw new Error('no edits');
    return applyEdits(text, edits);
  };

  it('fills an empty flow list', () => {
    const before = HEAD + yaml`
      default:
        b2bCollaborationInbound:
          applications: { accessType: allowed, targets: [] }
      `;
    expect(edit(before, ['default', 'b2bCollaborationInbound', 'applications'], [PANEL, SIGNINS])).toBe(
      before.replace('targets: [] }', `targets: [${flowApps([PANEL, SIGNINS])}] }`),
    );
  });

  it('adds a `targets` list to a block map, a flow map and an empty `targets:`', () => {
    const before = HEAD + yaml`
      default:
        b2bCollaborationInbound:
          applications:
            accessType: allowed   # nothing allowed yet
          usersAndGroups: { accessType: allowed }
        b2bCollaborationOutbound:
          applications:
            accessType: allowed
            targets:
      `;
    expect(edit(before, ['default', 'b2bCollaborationInbound', 'applications'], [PANEL, SIGNINS])).toBe(
      before.replace(
        '# nothing allowed yet\n',
        '# nothing allowed yet\n' +
          '      targets:\n' +
          [PANEL, SIGNINS].map((s) => `        - target: ${s}\n          targetType: application\n          label: ${LABEL[s]}\n`).join(''),
      ),
    );
    expect(edit(before, ['default', 'b2bCollaborationInbound', 'usersAndGroups'], [PANEL])).toBe(
      before.replace('{ accessType: allowed }', `{ accessType: allowed, targets: [${flowApps([PANEL])}] }`),
    );
    expect(edit(before, ['default', 'b2bCollaborationOutbound', 'applications'], [PANEL])).toBe(
      before.replace('      targets:\n', `      targets: [${flowApps([PANEL])}]\n`),
    );
  });

  it('appends after a last target whose label is a block scalar, not after the next key', () => {
    const before = HEAD + yaml`
      default:
        b2bCollaborationInbound:
          applications:
            targets:
              - target: Office365
                targetType: application
                label: |
                  two
                  lines
            accessType: allowed
      `;
    const after = edit(before, ['default', 'b2bCollaborationInbound', 'applications'], [PANEL]);
    expect(after).toBe(
      before.replace('      lines\n', `      lines\n        - target: ${PANEL}\n          targetType: application\n          label: ${LABEL[PANEL]}\n`),
    );
    const parsed = parseSource('tenant.xtap.yaml', after);
    expect(parsed.problems).toEqual([]);
    expect(parsed.file.doc?.getIn(['default', 'b2bCollaborationInbound', 'applications', 'targets', 0, 'label'])).toBe('two\nlines\n');
  });

  it('does not touch an inherited list or a block list', () => {
    const before =
      HEAD +
      yaml`
      default:
        b2bCollaborationInbound:
          applications:
            accessType: blocked
            targets: [{ target: 0000000c-0000-0000-c000-000000000000, targetType: application }]
      `;
    expect(fix(before)).toBe(before);
  });
});

const PANEL = '0000000c-0000-0000-c000-000000000000';
const SIGNINS = '19db86c3-b2b9-44cc-b339-36da233a3be2';
const MYAPPS = '2793995e-0a7d-40d7-bd35-6968ba142197';
const PROFILE = '8c59ead7-d703-4a27-9e55-c96a0054c8d2';
const RMS = '00000012-0000-0000-c000-000000000000';
const flowApps = (ids: string[]) => ids.map((s) => `{ target: ${s}, targetType: application, label: ${LABEL[s]} }`).join(', ');
const LABEL: Record<string, string> = {
  [PANEL]: 'Microsoft App Access Panel',
  [SIGNINS]: 'My Sign-ins',
  [MYAPPS]: 'My Apps',
  [PROFILE]: 'My Profile',
  [RMS]: 'Microsoft Rights Management Services',
};

describe('rms-outbound: add Rights Management to an outbound allow list', () => {
  it('adds the app and nothing else changes', () => {
    const before =
      HEAD +
      yaml`
      default:
        b2bCollaborationOutbound:
          usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
          applications:
            accessType: allowed
            targets:
              - target: Office365
                targetType: application
              - { target: ${PANEL}, targetType: application }
              - { target: ${SIGNINS}, targetType: application }
              - { target: ${MYAPPS}, targetType: application }
              - { target: ${PROFILE}, targetType: application }
      `;
    expect(fix(before)).toBe(before + `        - { target: ${RMS}, targetType: application, label: ${LABEL[RMS]} }\n`);
  });
});

describe('target-type-mismatch: correct targetType for keywords', () => {
  it('replaces only the value, keeping its quotes and comment', () => {
    const before =
      HEAD +
      yaml`
      default:
        b2bCollaborationInbound:
          usersAndGroups:
            accessType: allowed
            targets:
              - target: AllUsers
                targetType: "group"   # wrong
          applications:
            accessType: allowed
            targets: [{ target: AllApplications, targetType: 'user' }, { target: Office365, targetType: user }]
      `;
    expect(fix(before)).toBe(
      before.replace('targetType: "group"', 'targetType: "user"').replace("targetType: 'user' }", "targetType: 'application' }").replace('Office365, targetType: user', 'Office365, targetType: application'),
    );
  });
});

describe('schema: correct property-name casing', () => {
  it('renames a misspelled Graph property, keeping quotes and comments', () => {
    const before =
      HEAD +
      yaml`
      default:
        "b2BCollaborationInbound":   # from an old export
          usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
        InboundTrust: { isMfaAccepted: true }
      partners:
        - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
          AutomaticUserConsentSettings: { inboundAllowed: false }
      `;
    const after = fix(before);
    expect(after).toBe(
      before.replace('"b2BCollaborationInbound"', '"b2bCollaborationInbound"').replace('InboundTrust', 'inboundTrust').replace('AutomaticUserConsentSettings', 'automaticUserConsentSettings'),
    );
    expect(lintAll(after).filter((f) => f.ruleId === 'schema')).toEqual([]);
  });

  it('does not rename onto a key that exists, nor a property that is merely similar', () => {
    const before =
      HEAD +
      yaml`
      default:
        inboundTrust: { isMfaAccepted: true }
        InboundTrust: { isMfaAccepted: false }
        inboundTrusts: { isMfaAccepted: false }
      `;
    expect(fix(before)).toBe(before);
  });
});

describe('casing that xtap-lint suggests (issue 12 item 5)', () => {
  it('fixes `Tenant`, `P1`, `Allowed`, `User`, `allusers` and `office365`, and leaves a misspelling alone', () => {
    const before = yaml`
      Tenant:
        id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
        license: P1
      default:
        b2bCollaborationOutbound:
          usersAndGroups: { accessType: Allowed, targets: [{ target: allusers, targetType: User }] }
          applications: { accessType: allowed, targets: [{ target: office365, targetType: application }, { target: AllAplications, targetType: application }] }
    `;
    const after = fix(before);
    expect(after).toBe(
      before
        .replace('Tenant:', 'tenant:')
        .replace('P1', 'p1')
        .replace('Allowed', 'allowed')
        .replace('allusers', 'AllUsers')
        .replace('User }', 'user }')
        .replace('office365', 'Office365'),
    );
    // What is left is the misspelling, which is the author's to correct.
    expect(lintAll(after).filter((f) => f.ruleId === 'schema' || f.ruleId === 'unsupported-target').map((f) => `${f.range.line}:${f.range.column} ${f.ruleId}`)).toEqual(['7:110 unsupported-target']);
  });
});

describe('file bytes outside the edit', () => {
  it('keeps CRLF line endings and a BOM', () => {
    const lf =
      HEAD +
      yaml`
      default:
        b2bCollaborationOutbound:
          applications:
            accessType: allowed
            targets:
              - target: ${PANEL}   # one
                targetType: application
              - { target: ${SIGNINS}, targetType: application }
              - { target: ${MYAPPS}, targetType: application }
              - { target: ${PROFILE}, targetType: application }
      `;
    const before = '\ufeff' + lf.replace(/\n/g, '\r\n');
    const after = fix(before);
    expect(after).toBe('\ufeff' + (lf + `        - { target: ${RMS}, targetType: application, label: ${LABEL[RMS]} }\n`).replace(/\n/g, '\r\n'));
  });

  it('adds a line break before appended items in a file that does not end with one', () => {
    const before =
      HEAD +
      yaml`
      default:
        b2bCollaborationOutbound:
          applications:
            accessType: allowed
            targets:
              - { target: ${PANEL}, targetType: application }
              - { target: ${SIGNINS}, targetType: application }
              - { target: ${MYAPPS}, targetType: application }
              - { target: ${PROFILE}, targetType: application }`;
    expect(before.endsWith('\n')).toBe(false);
    expect(fix(before)).toBe(before + `\n        - { target: ${RMS}, targetType: application, label: ${LABEL[RMS]} }`);
  });

  it('leaves a file with nothing to fix, and a file that is not selected, untouched', () => {
    const clean = HEAD;
    expect(fix(clean)).toBe(clean);
    const config = defaultConfig();
    const bad = HEAD + yaml`
      default:
        inboundTrusT: { isMfaAccepted: true }
      `;
    const out = fixFiles([{ path: 'tenant.xtap.yaml', text: bad }], { config }, () => false);
    expect(out.changed.size).toBe(0);
    expect(out.inputs[0].text).toBe(bad);
  });
});
