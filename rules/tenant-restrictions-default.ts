import { defineRule, strictOnly } from '../src/engine/rule.js';
import { grantsAnything } from '../src/resolve/access.js';

export default defineRule({
  id: 'tenant-restrictions-default',
  meta: {
    description: "The default's tenant restrictions do not block all users and all applications: external identities can be used on your network and devices.",
    category: 'posture',
    severity: strictOnly('warning'),
    compliance: ['zero-trust:21793', 'zero-trust:25377', 'cipp:ZTNA21793', 'cipp:health-5'],
    sources: [
      'Microsoft Zero Trust Assessment test 21793: tenant restrictions v2 default policy blocks all external access, https://github.com/microsoft/zerotrustassessment/blob/main/src/powershell/tests/Test-Assessment.21793.ps1',
      'Microsoft Entra: Tenant restrictions v2 — "Keep the tenant restrictions v2 default policy that blocks all external tenant access", https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2',
    ],
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      const tr = tenant.defaults.b2b.tenantRestrictions;
      if (!grantsAnything(tr)) continue;
      ctx.report({
        at: tr.at,
        message: {
          what: "The default's tenant restrictions let some users use external accounts for some apps: they do not block all users and all applications.",
          why: 'Tenant restrictions keep people on your network and devices from signing in with accounts of other organizations and taking data there; Microsoft recommends a default that blocks all external tenant access (Zero Trust Assessment test 21793), with exceptions per partner.',
          fix: 'Set `default.tenantRestrictions` to block `AllUsers` and `AllApplications`, and allow the organizations you trust in their partner entries.',
        },
      });
    }
  },
});
