import { ruleTester, yaml } from '../helpers/rule-tester.js';

ruleTester('mfa-trust-registration-policy', {
  valid: [
    {
      name: 'MFA trusted and guests excluded from the registration policy',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
          facts:
            mfaRegistrationPolicyExcludesGuests: true
        default:
          inboundTrust: { isMfaAccepted: true }
      `,
    },
    {
      name: 'MFA not trusted',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            inboundTrust: { isMfaAccepted: false }
      `,
    },
  ],
  invalid: [
    {
      name: 'default trusts MFA, fact unknown: one info at the value; the partner that inherits it is counted, not reported',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          inboundTrust: { isMfaAccepted: true }
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam
          - tenantId: 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
            name: Northwind
            inboundTrust: { isMfaAccepted: false }
      `,
      errors: [
        {
          line: 5,
          column: 34,
          severity: 'info',
          message:
            "MFA from external organizations is trusted (`isMfaAccepted: true`) at 1 level of tenant 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b (the default; 1 partner inherits the default's trust), while the tenant does not declare that Identity Protection's MFA registration policy excludes guests. Microsoft recommends excluding external users",
        },
      ],
    },
    {
      name: 'partner trusts MFA, fact false: at the fact',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          name: Contoso
          license: p1
          facts: { mfaRegistrationPolicyExcludesGuests: false }
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam
            inboundTrust:
              isMfaAccepted: true
      `,
      errors: [
        {
          line: 5,
          column: 49,
          severity: 'info',
          message: "MFA from external organizations is trusted (`isMfaAccepted: true`) at 1 level of tenant Contoso (partner Fabrikam), while Identity Protection's MFA registration policy includes guests",
        },
      ],
    },
    {
      name: 'several levels trust MFA: one finding for the tenant, naming how many (issue 12 item 18)',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          name: Contoso
          license: p1
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            name: Fabrikam
            inboundTrust: { isMfaAccepted: true }
          - tenantId: 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
            name: Northwind
            inboundTrust: { isMfaAccepted: true }
          - tenantId: 6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e
            inboundTrust: { isMfaAccepted: true }
          - tenantId: 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f
            name: Woodgrove
            inboundTrust: { isMfaAccepted: true }
      `,
      errors: [
        {
          line: 8,
          column: 36,
          severity: 'info',
          message: 'MFA from external organizations is trusted (`isMfaAccepted: true`) at 4 levels of tenant Contoso (partner Fabrikam, partner Northwind, partner 6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e, and 1 more), while the tenant does not declare',
        },
      ],
    },
  ],
});
