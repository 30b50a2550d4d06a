/**
 * The target kinds of SPEC §2 as YAML, for the access-diff tests: a tenant whose one partner's inbound B2B
 * collaboration setting is the only thing that changes.
 */
import { APPS } from '../../src/resolve/knowledge.js';
import type { AccessType } from '../../src/resolve/knowledge.js';

export const TENANT_ID = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
export const PARTNER_ID = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';
export const GROUP = '7e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b';
export const USER = 'aaaaaaaa-1111-4111-8111-111111111111';
/** An app in no Microsoft group: the engine's table does not know it. */
export const CUSTOM_APP = '11111111-2222-4333-8444-555555555555';
export const TEAMS = APPS.teams.id;

export type UserKind = 'AllUsers' | 'group' | 'user';
export type AppKind = 'AllApplications' | 'AllMicrosoftApps' | 'Office365' | 'Teams' | 'custom app';
export const USER_KINDS: readonly UserKind[] = ['AllUsers', 'group', 'user'];
export const APP_KINDS: readonly AppKind[] = ['AllApplications', 'AllMicrosoftApps', 'Office365', 'Teams', 'custom app'];

export interface Target {
  target: string;
  targetType: 'user' | 'group' | 'application';
  label?: string;
}

export const userTarget = (k: UserKind): Target =>
  k === 'AllUsers' ? { target: 'AllUsers', targetType: 'user' } : k === 'group' ? { target: GROUP, targetType: 'group', label: 'Sales' } : { target: USER, targetType: 'user', label: 'Alice' };

export const appTarget = (k: AppKind): Target =>
  k === 'Teams' ? { target: TEAMS, targetType: 'application' } : k === 'custom app' ? { target: CUSTOM_APP, targetType: 'application', label: 'Payroll' } : { target: k, targetType: 'application' };

export interface ListSpec {
  accessType: AccessType;
  targets: Target[];
}

export interface SettingSpec {
  usersAndGroups: ListSpec;
  applications: ListSpec;
}

function listYaml(l: ListSpec, indent: string): string {
  if (l.targets.length === 0) return `${indent}  accessType: ${l.accessType}\n${indent}  targets: []\n`;
  const ts = l.targets.map((t) => `${indent}    - { target: ${t.target}, targetType: ${t.targetType}${t.label ? `, label: ${t.label}` : ''} }\n`).join('');
  return `${indent}  accessType: ${l.accessType}\n${indent}  targets:\n${ts}`;
}

/** A tenant file whose partner Fabrikam has `setting` as its inbound B2B collaboration. */
export function tenantYaml(setting: SettingSpec): string {
  return (
    `tenant:\n  id: ${TENANT_ID}\n  name: Contoso\n  license: p2\npartners:\n  - tenantId: ${PARTNER_ID}\n    name: Fabrikam\n` +
    `    b2bCollaborationInbound:\n      usersAndGroups:\n${listYaml(setting.usersAndGroups, '      ')}      applications:\n${listYaml(setting.applications, '      ')}`
  );
}
