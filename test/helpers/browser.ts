/**
 * Headless Chromium from Debian (`/usr/bin/chromium`, installed by `.ci/run`) driven by playwright-core, for the
 * tests of the HTML report and the playground. Where Chromium is missing the tests are skipped with one line naming
 * the command that installs it; with `CI=true` they fail instead (test/helpers/system-tool.ts).
 */
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { systemTool } from './system-tool.js';

export const CHROMIUM = process.env.XTAP_CHROMIUM ?? '/usr/bin/chromium';

/** Chromium as a system tool: `available`, and `require(ctx)` for beforeEach. */
export const chromiumTool = systemTool('Chromium', [CHROMIUM, '--version'], 'bash .ci/run (or apt-get install chromium)');

/** A headless Chromium with no background networking (playwright gives it a throwaway profile and removes it). */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  return { browser, close: () => browser.close() };
}
