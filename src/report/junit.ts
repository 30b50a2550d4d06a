/**
 * JUnit XML for test-report viewers (Azure DevOps PublishTestResults, GitLab `artifacts:reports:junit`), in the
 * shape of ESLint's junit formatter: one `<testsuite>` per declaration file, one failing `<testcase>` per error
 * or warning, one passing `<testcase>` for a file without findings. Info findings are passing test cases with
 * their message in `<system-out>`, so they are visible without failing a report.
 */
import type { FormatContext } from './format.js';
import type { Finding } from '../types.js';
import { visible } from './inert.js';

/** XML text: escapes markup and drops characters XML 1.0 cannot carry. */
export function xmlEscape(s: string, attribute = false): string {
  // eslint-disable-next-line no-control-regex
  let out = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  out = out.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (attribute) out = out.replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
  return out;
}

function caseName(f: Finding, file: string): string {
  return `${visible(file)}:${f.range.line}:${f.range.column} ${f.ruleId}`;
}

/** The failure text: three lines of ours; the message and the path made `visible()`, so no line of theirs starts in it. */
function details(f: Finding, file: string): string {
  return `${f.severity}: ${visible(f.message)}\nat ${visible(file)}:${f.range.line}:${f.range.column}\nrule: ${f.ruleId} (${visible(f.docsUrl)})`;
}

export function junit(ctx: FormatContext): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const r of ctx.results) {
    const file = visible(ctx.repoPaths?.get(r.file) ?? r.file);
    const a = (s: string) => xmlEscape(visible(s), true);
    const cases: string[] = [];
    let suiteFailures = 0;
    if (r.findings.length === 0) cases.push(`    <testcase classname="${a(file)}" name="${a(file)}" file="${a(file)}" time="0"/>`);
    for (const f of r.findings) {
      const open = `    <testcase classname="${a(file)}" name="${a(caseName(f, file))}" file="${a(file)}" line="${f.range.line}" time="0">`;
      if (f.severity === 'info') {
        cases.push(`${open}\n      <system-out>${xmlEscape(details(f, file))}</system-out>\n    </testcase>`);
      } else {
        suiteFailures++;
        cases.push(`${open}\n      <failure type="${f.severity}" message="${a(f.message)}">${xmlEscape(details(f, file))}</failure>\n    </testcase>`);
      }
    }
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${a(file)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="xtap-lint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
