import { ruleTester, yaml } from '../helpers/rule-tester.js';

ruleTester('device-trust-in-default', {
  valid: [
    {
      name: 'fresh tenant: no trust',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
      `,
    },
    {
      name: 'MFA trusted in the default, devices per partner',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          inboundTrust: { isMfaAccepted: true, isCompliantDeviceAccepted: false }
        partners:
          - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
            inboundTrust: { isCompliantDeviceAccepted: true, isHybridAzureADJoinedDeviceAccepted: true }
      `,
    },
  ],
  invalid: [
    {
      name: 'both device claims trusted in the default: one finding per value',
      files: yaml`
        tenant:
          id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
          license: p1
        default:
          inboundTrust:
            isMfaAccepted: true
            isCompliantDeviceAccepted: true
            isHybridAzureADJoinedDeviceAccepted: true
      `,
      errors: [
        {
          line: 7,
          column: 32,
          severity: 'warning',
          message: "The default trusts compliant device claims from every external organization (`inboundTrust.isCompliantDeviceAccepted: true`). Your Conditional Access device requirements",
        },
        { line: 8, column: 42, severity: 'warning', message: "The default trusts Microsoft Entra hybrid joined device claims from every external organization" },
      ],
    },
  ],
});
