/** QA regressions for effective-settings semantics (SPEC §1.1, §2). */
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.js';
import { canAccess } from '../../src/resolve/access.js';

const TENANT = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\n';

describe('a keyword in the other half\'s list, without a targetType', () => {
  it('matches nothing, as with a wrong targetType: AllApplications among users lets no user through', () => {
    const text =
      TENANT +
      'default:\n  b2bCollaborationOutbound:\n    usersAndGroups: { accessType: allowed, targets: [{ target: AllApplications }] }\n    applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }\n';
    const { model } = lintFiles([{ path: 't.xtap.yaml', text }]);
    const out = model.tenants[0].defaults.b2b.b2bCollaborationOutbound;
    expect(out.usersAndGroups.targets).toEqual([]);
    expect(canAccess(out, { user: '8e0b9c52-1a2b-4c3d-8e9f-0a1b2c3d4e5f' }, '00000003-0000-0ff1-ce00-000000000000')).toBe(false);
  });
});
