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
      name: 'default trusts MFA, fact unknown: info at the value, shared by the partner that inherits it',
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
            "The default's inbound trust accepts MFA from external organizations (`isMfaAccepted: true`), while the tenant does not declare that Identity Protection's MFA registration policy excludes guests (inherited by 1 partner: Fabrikam). Microsoft recommends excluding external users",
        },
      ],
    },
    {
      name: 'partner trusts MFA, fact false',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
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
          line: 9,
          column: 22,
          severity: 'info',
          message: "Partner Fabrikam's inbound trust accepts MFA from Fabrikam (`isMfaAccepted: true`), while Identity Protection's MFA registration policy includes guests",
        },
      ],
    },
  ],
});
