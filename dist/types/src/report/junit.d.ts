/**
 * JUnit XML for test-report viewers (Azure DevOps PublishTestResults, GitLab `artifacts:reports:junit`), in the
 * shape of ESLint's junit formatter: one `<testsuite>` per declaration file, one failing `<testcase>` per error
 * or warning, one passing `<testcase>` for a file without findings. Info findings are passing test cases with
 * their message in `<system-out>`, so they are visible without failing a report.
 */
import type { FormatContext } from './format.js';
/** XML text: escapes markup and drops characters XML 1.0 cannot carry. */
export declare function xmlEscape(s: string, attribute?: boolean): string;
export declare function junit(ctx: FormatContext): string;
