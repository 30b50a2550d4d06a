/**
 * Messages name a partner once, by its name or else its tenant ID (issue 12 item 20): one labelling function
 * (levelName / levelOwner in src/engine/levels.ts), and an imported sync policy's display name becomes the partner's
 * name only when it is a name.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importTenant } from '../../src/graph/import.js';
import { lintAll, yaml } from '../helpers/rule-tester.js';

const TENANT_ID = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const PARTNER_ID = 'eb46eb45-1b4d-4c1e-8f5a-6d7e8f901234';

describe('partner labels (issue 12 item 20)', () => {
  it('a sync policy display name that holds the tenant ID is not taken as the partner name', () => {
    const sync = { tenantId: PARTNER_ID, displayName: `${PARTNER_ID}:sync`, userSyncInbound: { isSyncAllowed: false } };
    const r = importTenant([{ path: 'sync.json', json: sync }], { tenantId: TENANT_ID });
    const file = r.files.find((f) => f.path === `partners/${PARTNER_ID}.xtap.yaml`);
    const entry = (parse(file?.text ?? '') as { partners: Array<Record<string, unknown>> }).partners[0];
    expect(entry?.name).toBeUndefined();
    expect(entry?.identitySynchronization).toEqual({ displayName: `${PARTNER_ID}:sync`, userSyncInbound: { isSyncAllowed: false } });
  });

  it('messages name the partner once: by name, never "Partner Partner …", else by tenant ID', () => {
    const found = lintAll(yaml`
      tenant: { id: ${TENANT_ID}, license: p1 }
      partners:
        - tenantId: ${PARTNER_ID}
          name: Partner Sync Configuration
          b2bCollaborationOutbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
        - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
          b2bCollaborationOutbound:
            usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
            applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
    `).filter((f) => f.ruleId === 'rms-outbound');
    expect(found.map((f) => f.parts?.what.split(' outbound')[0])).toEqual(["Partner Sync Configuration's", "Partner 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234's"]);
    for (const f of found) expect(f.message).not.toMatch(/Partner Partner/);
  });
});
