/**
 * Headless Chromium from Debian (`/usr/bin/chromium`, installed by `.ci/run`) driven by playwright-core, for the
 * tests of the HTML report and the playground. Where Chromium is missing the tests are skipped with one line naming
 * the command that installs it; with `CI=true` that is a failure, so CI never passes without them.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const CHROMIUM = process.env.XTAP_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_INSTALL = 'apt-get install -y chromium';

/** Whether Chromium is here; prints the one skip line (or throws under CI) when it is not. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`Chromium is missing at ${CHROMIUM}: CI needs it for the browser tests (run \`${CHROMIUM_INSTALL}\`)`);
  console.warn(`skipped: the browser tests need Chromium (run \`${CHROMIUM_INSTALL}\`)`);
  return false;
}

/** A headless Chromium with no background networking (playwright gives it a throwaway profile and removes it). */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
    },
  };
}
