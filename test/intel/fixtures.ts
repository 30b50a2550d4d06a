/** Declarations shared by the intel tests: Contoso with partners in two files, Fabrikam declared on its own side. */
import { buildModel } from '../../src/engine/lint.js';
import type { RepoModel } from '../../src/resolve/model.js';

export const CONTOSO_ID = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
export const FABRIKAM_ID = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
export const WOODGROVE_ID = '5b8e6f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
export const NORTHWIND_ID = '6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f';
export const SALES_GROUP = '7e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b';

export const CONTOSO = `tenant:
  id: ${CONTOSO_ID}
  name: Contoso
  license: p2
default:
  b2bCollaborationInbound:
    usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
    applications: { accessType: allowed, targets: [{ target: AllApplications, targetType: application }] }
partners:
  - tenantId: ${FABRIKAM_ID}
    name: Fabrikam
    inboundTrust:
      isMfaAccepted: true
    b2bCollaborationInbound:
      usersAndGroups:
        accessType: allowed
        targets:
          - { target: ${SALES_GROUP}, targetType: group, label: Sales }
      applications:
        accessType: allowed
        targets:
          - { target: Office365, targetType: application }
    b2bDirectConnectInbound:
      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
      applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
include:
  - partners/*.xtap.yaml
`;

export const SUPPLIERS = `partners:
  - tenantId: ${WOODGROVE_ID}
    name: Woodgrove Bank
    automaticUserConsentSettings:
      inboundAllowed: true
    identitySynchronization:
      userSyncInbound: { isSyncAllowed: true }
  - tenantId: ${NORTHWIND_ID}
    name: Northwind
    b2bCollaborationOutbound:
      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
      applications:
        accessType: blocked
        targets:
          - { target: 00000012-0000-0000-c000-000000000000, targetType: application }
`;

export const FABRIKAM = `tenant:
  id: ${FABRIKAM_ID}
  name: Fabrikam
  license: p1
partners:
  - tenantId: ${CONTOSO_ID}
    name: Contoso
    b2bDirectConnectOutbound:
      usersAndGroups: { accessType: allowed, targets: [{ target: AllUsers, targetType: user }] }
      applications: { accessType: allowed, targets: [{ target: Office365, targetType: application }] }
    automaticUserConsentSettings:
      outboundAllowed: true
`;

export function model(files: Record<string, string>): RepoModel {
  return buildModel(Object.entries(files).map(([path, text]) => ({ path, text }))).model;
}
