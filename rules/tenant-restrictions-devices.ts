import { always, defineRule } from '../src/engine/rule.js';
import { declarations, levelOwner } from '../src/engine/levels.js';

export default defineRule({
  id: 'tenant-restrictions-devices',
  meta: {
    description: '`tenantRestrictions.devices` set: Microsoft Graph documents the property as not supported by the service yet.',
    category: 'validity',
    severity: always('warning'),
    sources: [
      'Microsoft Graph: crossTenantAccessPolicyTenantRestrictions — devices "isn\'t supported on the server side yet", https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytenantrestrictions',
    ],
  },
  check(ctx) {
    for (const { partner, decl } of declarations(ctx.model)) {
      const devices = decl.b2b.tenantRestrictions?.devices;
      if (!devices) continue;
      ctx.report({
        at: devices.key,
        message: {
          what: `${levelOwner(partner)} tenant restrictions set \`devices\`.`,
          why: 'Microsoft Graph documents this device filter as not supported on the server side yet: it does not restrict any device.',
          fix: 'Remove `devices`, and restrict by users, groups and applications instead.',
        },
      });
    }
  },
});
