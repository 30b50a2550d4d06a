import { defineRule, strictOnly } from '../src/engine/rule.js';
import { grantsAnything } from '../src/resolve/access.js';
import { directConnectAllowed } from '../src/resolve/direct-connect.js';
import { SETTING_LABEL } from '../src/resolve/knowledge.js';

export default defineRule({
  id: 'default-outbound-open',
  meta: {
    description: "The default's outbound B2B collaboration or outbound B2B direct connect is not blocked: your users can go to any external organization.",
    category: 'posture',
    severity: strictOnly('warning'),
    compliance: ['zero-trust:21790', 'zero-trust:25378', 'cipp:ZTNA21790', 'cipp:health-2'],
    sources: [
      'Microsoft Zero Trust Assessment test 21790: outbound cross-tenant access settings are configured (default outbound B2B collaboration and direct connect blocked), https://github.com/microsoft/zerotrustassessment/blob/main/src/powershell/tests/Test-Assessment.21790.ps1',
      'Microsoft Entra: Cross-tenant access overview — B2B collaboration outbound is allowed for all users and apps by default, https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const name of ['b2bCollaborationOutbound', 'b2bDirectConnectOutbound'] as const) {
        const setting = tenant.defaults.b2b[name];
        // Direct connect is open when some user can reach Teams (shared channels are all it serves).
        if (!(name === 'b2bDirectConnectOutbound' ? directConnectAllowed(setting) : grantsAnything(setting))) continue;
        const declared = setting.level !== 'service';
        ctx.report({
          at: setting.at,
          message: {
            what: `The default's ${SETTING_LABEL[name]}${declared ? '' : " (Microsoft's service default, not declared)"} is not blocked: your users can ${name === 'b2bCollaborationOutbound' ? 'accept invitations from' : 'join the shared channels of'} any external organization.`,
            why: 'Unrestricted outbound access lets users take your data into organizations you have not vetted; Microsoft\'s Zero Trust Assessment (test 21790) expects the default outbound B2B collaboration and direct connect blocked, with the organizations you work with allowed as partners.',
            fix: `Block all users and all applications in \`default.${name}\`, and allow ${SETTING_LABEL[name]} in the partner entries of the organizations you work with.`,
          },
        });
      }
    }
  },
});
