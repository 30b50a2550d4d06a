import { ruleTester, yaml } from '../helpers/rule-tester.js';

const partner = (extra: string) => yaml`
  tenant:
    id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b
    license: p1
  partners:
    - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
      name: Fabrikam
      inboundTrust: { isMfaAccepted: true }
${extra}
`;

ruleTester('partner-review-overdue', {
  valid: [
    { name: 'no reviewBy', files: partner('') },
    { name: 'review due later', files: partner('      reviewBy: 2026-06-02'), now: '2026-06-01' },
    { name: 'review due today is not overdue', files: partner('      reviewBy: 2026-06-01'), now: '2026-06-01' },
    { name: 'a date that does not exist is left alone', files: partner('      reviewBy: 2026-02-30'), now: '2026-06-01' },
  ],
  invalid: [
    {
      name: 'review due yesterday: at the value, with the days',
      files: partner('      reviewBy: 2026-05-31'),
      now: '2026-06-01',
      errors: [{ line: 8, column: 15, severity: 'warning', message: 'The access review of partner Fabrikam was due on 2026-05-31 (`reviewBy`), 1 day ago.' }],
    },
    {
      name: 'the fix names the owner; a quoted date counts too',
      files: partner("      owner: identity-team@contoso.com\n      reviewBy: '2025-06-01'"),
      now: '2026-06-01',
      errors: [{ line: 9, column: 15, message: /was due on 2025-06-01 \(`reviewBy`\), 365 days ago\. .* Review the partnership with its owner \(identity-team@contoso\.com\)/ }],
    },
    {
      name: 'each partner of each file',
      files: {
        'tenant.xtap.yaml': partner('      reviewBy: 2026-01-01').replace('partners:', 'include: [partners/*.xtap.yaml]\npartners:'),
        'partners/more.xtap.yaml': 'partners:\n  - tenantId: 4a5b6c7d-1b4d-4c1e-8f5a-6d7e8f905678\n    reviewBy: 2026-05-01\n',
      },
      errors: [
        { file: 'partners/more.xtap.yaml', line: 3, column: 15, message: 'partner 4a5b6c7d-1b4d-4c1e-8f5a-6d7e8f905678 was due on 2026-05-01' },
        { file: 'tenant.xtap.yaml', line: 9, column: 15, message: 'was due on 2026-01-01 (`reviewBy`), 151 days ago' },
      ],
    },
  ],
});
