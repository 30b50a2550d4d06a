import { ruleTester, yaml } from '../helpers/rule-tester.js';

const CONTOSO_ID = '0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b';
const FABRIKAM_ID = '3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234';

const file = (id: string, name: string, partners: string) =>
  `tenant:\n  id: ${id}\n  name: ${name}\n  license: p1\n` + partners;
const partner = (id: string, name: string, consent: string) =>
  `partners:\n  - tenantId: ${id}\n    name: ${name}\n` + (consent ? `    automaticUserConsentSettings: { ${consent} }\n` : '');

ruleTester('automatic-redemption-mutual', {
  valid: [
    {
      name: 'mutual: Contoso inbound, Fabrikam outbound',
      files: {
        'contoso.xtap.yaml': file(CONTOSO_ID, 'Contoso', partner(FABRIKAM_ID, 'Fabrikam', 'inboundAllowed: true')),
        'fabrikam.xtap.yaml': file(FABRIKAM_ID, 'Fabrikam', partner(CONTOSO_ID, 'Contoso', 'outboundAllowed: true')),
      },
    },
    {
      name: 'both ways on both sides',
      files: {
        'contoso.xtap.yaml': file(CONTOSO_ID, 'Contoso', partner(FABRIKAM_ID, 'Fabrikam', 'inboundAllowed: true, outboundAllowed: true')),
        'fabrikam.xtap.yaml': file(FABRIKAM_ID, 'Fabrikam', partner(CONTOSO_ID, 'Contoso', 'inboundAllowed: true, outboundAllowed: true')),
      },
    },
    {
      name: 'the other tenant is not declared: silent',
      files: { 'contoso.xtap.yaml': file(CONTOSO_ID, 'Contoso', partner(FABRIKAM_ID, 'Fabrikam', 'inboundAllowed: true')) },
    },
  ],
  invalid: [
    {
      name: 'Contoso inbound without Fabrikam outbound: at the inboundAllowed value',
      files: {
        'contoso.xtap.yaml': file(CONTOSO_ID, 'Contoso', partner(FABRIKAM_ID, 'Fabrikam', 'inboundAllowed: true')),
        'fabrikam.xtap.yaml': file(FABRIKAM_ID, 'Fabrikam', partner(CONTOSO_ID, 'Contoso', 'outboundAllowed: false')),
      },
      errors: [
        {
          file: 'contoso.xtap.yaml',
          line: 8,
          column: 53,
          severity: 'warning',
          message:
            "Partner Fabrikam's automatic redemption inbound is on in Contoso, but Fabrikam's `automaticUserConsentSettings.outboundAllowed` for Contoso is not true (its partner entry for Contoso, fabrikam.xtap.yaml:8). Automatic redemption suppresses the consent prompt only when",
        },
      ],
    },
    {
      name: 'Fabrikam lists Contoso without automatic redemption: the message names its partner entry, not the top of the file (QA regression)',
      files: {
        'contoso.xtap.yaml': file(CONTOSO_ID, 'Contoso', partner(FABRIKAM_ID, 'Fabrikam', 'inboundAllowed: true')),
        'fabrikam.xtap.yaml': file(FABRIKAM_ID, 'Fabrikam', partner(CONTOSO_ID, 'Contoso', '')),
      },
      errors: [
        {
          file: 'contoso.xtap.yaml',
          line: 8,
          column: 53,
          severity: 'warning',
          message: "for Contoso is not true (its partner entry for Contoso, which leaves it at Microsoft's default, fabrikam.xtap.yaml:6).",
        },
      ],
    },
    {
      name: 'the reverse, Fabrikam not listing Contoso at all: at Contoso outbound value',
      files: {
        'contoso.xtap.yaml': file(CONTOSO_ID, 'Contoso', partner(FABRIKAM_ID, 'Fabrikam', 'outboundAllowed: true')),
        'fabrikam.xtap.yaml': file(FABRIKAM_ID, 'Fabrikam', ''),
      },
      errors: [
        {
          file: 'contoso.xtap.yaml',
          line: 8,
          column: 54,
          severity: 'warning',
          message: "Partner Fabrikam's automatic redemption outbound is on in Contoso, but Fabrikam's `automaticUserConsentSettings.inboundAllowed` for Contoso is not true (its default; Contoso is not listed, fabrikam.xtap.yaml:1).",
        },
      ],
    },
    {
      name: 'each side one half, not matching: one finding on each side',
      files: {
        'contoso.xtap.yaml': file(CONTOSO_ID, 'Contoso', partner(FABRIKAM_ID, 'Fabrikam', 'inboundAllowed: true')),
        'fabrikam.xtap.yaml': file(FABRIKAM_ID, 'Fabrikam', partner(CONTOSO_ID, 'Contoso', 'inboundAllowed: true')),
      },
      errors: [
        { file: 'contoso.xtap.yaml', line: 8, column: 53, severity: 'warning', message: "Partner Fabrikam's automatic redemption inbound is on in Contoso" },
        { file: 'fabrikam.xtap.yaml', line: 8, column: 53, severity: 'warning', message: "Partner Contoso's automatic redemption inbound is on in Fabrikam" },
      ],
    },
  ],
});
