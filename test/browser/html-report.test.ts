/** The HTML report in a real browser: every finding shown without JavaScript, filters with it, no request made. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { lintFiles } from '../../src/engine/lint.js';
import { html } from '../../src/report/html.js';
import { RULES } from '../../rules/index.js';
import { exampleInputs } from '../helpers/cli.js';
import { chromiumTool, launchChromium } from '../helpers/browser.js';

describe('the HTML report in Chromium', () => {
  beforeEach((ctx) => chromiumTool.require(ctx));
  let browser: Browser;
  let close: () => Promise<void>;
  let dir: string;
  let url: string;

  beforeAll(async () => {
    if (!chromiumTool.available) return;
    ({ browser, close } = await launchChromium());
    dir = mkdtempSync(join(tmpdir(), 'xtap-html-'));
    const inputs = exampleInputs();
    const run = lintFiles(inputs);
    const sources = new Map(inputs.map((i) => [i.path, i.text ?? '']));
    const file = join(dir, 'report.html');
    writeFileSync(file, html({ results: run.result.files, rules: RULES, color: false, version: 'test', sources, model: run.model }));
    url = pathToFileURL(file).href;
  }, 60_000);

  afterAll(async () => {
    await close?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Open the report, recording every request the page makes besides loading itself. */
  async function open(javaScriptEnabled: boolean) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.goto(url);
    return { context, page, requests };
  }

  it('shows every finding with JavaScript disabled, and the filters stay hidden', async () => {
    const { context, page, requests } = await open(false);
    expect(await page.locator('article[data-finding]:not([data-suppressed]):visible').count()).toBe(5);
    expect(await page.locator('article[data-suppressed]:visible').count()).toBe(2);
    expect(await page.locator('form#filters').isVisible()).toBe(false);
    expect(await page.locator('svg.trust-map g.node').count()).toBeGreaterThan(5);
    expect(requests).toEqual([]);
    await context.close();
  });

  it('filters by severity, rule and partner with JavaScript, and makes no request', async () => {
    const { context, page, requests } = await open(true);
    expect(await page.locator('form#filters').isVisible()).toBe(true);
    const visible = () => page.locator('article[data-finding][data-severity]:not([data-suppressed]):visible').count();
    expect(await visible()).toBe(5);
    await page.selectOption('select[name=severity]', 'error');
    expect(await visible()).toBe(2);
    expect(await page.locator('#shown').textContent()).toBe('2');
    await page.selectOption('select[name=severity]', '');
    await page.selectOption('select[name=rule]', 'mfa-registration-apps');
    expect(await visible()).toBe(2);
    await page.selectOption('select[name=rule]', '');
    const woodgrove = await page.locator('select[name=partner] option', { hasText: 'Woodgrove Bank' }).getAttribute('value');
    await page.selectOption('select[name=partner]', woodgrove!);
    expect(await visible()).toBe(2);
    await page.click('button[type=reset]');
    // The page applies the reset on the next tick (the form's values change after the reset event): wait for it.
    await expect.poll(visible).toBe(5);
    expect(requests).toEqual([]);
    await context.close();
  });
});
