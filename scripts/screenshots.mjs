#!/usr/bin/env node
// Takes the screenshots in docs/images/ of the HTML report (of examples/) and of the playground, in Debian's
// headless Chromium (XTAP_CHROMIUM, default /usr/bin/chromium) driven by playwright-core. Run after `npm run build`:
//   node scripts/screenshots.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const images = join(root, 'docs/images');
mkdirSync(images, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'xtap-shots-'));
try {
  const report = join(tmp, 'report.html');
  try {
    execFileSync(process.execPath, [join(root, 'dist/cli.cjs'), 'examples/', '--format', 'html', '-o', report], { cwd: root, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' } });
  } catch (err) {
    if (err.status !== 1) throw err; // the examples have deliberate findings
  }
  const browser = await chromium.launch({
    executablePath: process.env.XTAP_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1200, height: 1500 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(report).href);
  await page.screenshot({ path: join(images, 'html-report.png') });
  await page.setViewportSize({ width: 1400, height: 860 });
  await page.goto(pathToFileURL(join(root, 'dist/playground/index.html')).href);
  await page.waitForSelector('body[data-ready=true]');
  await page.waitForSelector('#findings li');
  await page.click('#findings li[data-rule=mfa-registration-apps]');
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(images, 'playground.png') });
  await browser.close();
  console.log('wrote docs/images/html-report.png and docs/images/playground.png');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
