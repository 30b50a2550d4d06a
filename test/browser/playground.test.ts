/** The playground (dist/playground/index.html, built by `npm run build`) in headless Chromium. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { chromiumTool, launchChromium } from '../helpers/browser.js';

const PAGE = join(PROJECT_ROOT, 'dist/playground/index.html');
const MISSPELLED = [
  'tenant:',
  '  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b',
  '  name: Contoso',
  '  license: p1',
  'defualt:',
  '  inboundTrust: { isMfaAccepted: true }',
  '',
].join('\n');

describe('the playground in Chromium', () => {
  beforeEach((ctx) => chromiumTool.require(ctx));
  let browser: Browser;
  let close: () => Promise<void>;
  const url = pathToFileURL(PAGE).href;

  beforeAll(async () => {
    if (!chromiumTool.available) return;
    if (!existsSync(PAGE)) throw new Error('dist/playground/index.html is missing: run `npm run build`');
    ({ browser, close } = await launchChromium());
  }, 60_000);

  afterAll(async () => {
    await close?.();
  });

  /** Open a page, recording every request besides the page itself (there must be none). */
  async function open(at: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    const self = at.replace(/#.*$/, '');
    page.on('request', (r) => {
      if (r.url() !== self) requests.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', (route) => (route.request().url() === self ? route.continue() : route.abort()));
    await page.goto(at);
    await page.waitForSelector('body[data-ready=true]');
    return { page, requests, errors };
  }

  it('loads the examples as tabs and shows their five findings', async () => {
    const { page, requests, errors } = await open(url);
    expect(await page.locator('#tabs button[data-path]').allTextContents()).toEqual([
      'contoso.xtap.yaml3',
      'partners/government.xtap.yaml',
      'partners/subsidiaries.xtap.yaml',
      'partners/suppliers.xtap.yaml2',
    ]);
    await expect.poll(() => page.locator('#findings li').count()).toBe(5);
    expect(await page.locator('#count').textContent()).toBe('(5)');
    expect(await page.locator('#findings li[data-rule=mfa-registration-apps][data-file="contoso.xtap.yaml"][data-line="65"]').count()).toBe(2);
    // The trust map and the explain form work from the same model.
    await page.click('.side-tabs button[data-panel=map]');
    expect(await page.locator('#map svg.trust-map g.node').count()).toBeGreaterThan(5);
    await page.click('.side-tabs button[data-panel=explain]');
    await page.fill('#explain input[name=partner]', 'Woodgrove Bank');
    await page.fill('#explain input[name=app]', 'My Sign-ins');
    await page.click('#explain button[type=submit]');
    expect(await page.locator('#explanation').textContent()).toMatch(/^B2B collaboration, inbound: any user from Woodgrove Bank[\s\S]*Result: BLOCKED/);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a schema diagnostic at the line of a misspelled key, inline and in the list', async () => {
    const { page, requests } = await open(url);
    await page.click('.cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(MISSPELLED);
    await expect.poll(() => page.locator('#findings li[data-rule=schema]').count(), { timeout: 5000 }).toBe(1);
    const item = page.locator('#findings li[data-rule=schema]');
    expect(await item.getAttribute('data-line')).toBe('5');
    expect(await item.textContent()).toContain('defualt');
    // Inline: the fifth line holds the error underline, and the gutter marks it.
    await expect.poll(() => page.locator('.cm-line').nth(4).locator('.cm-lintRange-error').count()).toBe(1);
    expect(await page.locator('.cm-line').nth(4).locator('.cm-lintRange-error').textContent()).toBe('defualt');
    expect(await page.locator('.cm-gutter-lint .cm-lint-marker-error').count()).toBe(1);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('a share link carries the files in the fragment and reopens the same files', async () => {
    const { page } = await open(url);
    await page.click('.cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(MISSPELLED);
    await expect.poll(() => page.locator('#findings li[data-rule=schema]').count()).toBe(1);
    await page.click('#share');
    await expect.poll(() => page.url()).toMatch(/#files=[A-Za-z0-9_-]+$/);
    const link = page.url();
    const before = await page.locator('#findings li').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-file')}:${e.getAttribute('data-line')}:${e.getAttribute('data-rule')}`));
    await page.close();

    const reopened = await open(link);
    expect(await reopened.page.locator('#status').textContent()).toBe('Opened 4 files from the link.');
    await expect.poll(() => reopened.page.locator('#findings li').count()).toBe(before.length);
    const after = await reopened.page.locator('#findings li').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-file')}:${e.getAttribute('data-line')}:${e.getAttribute('data-rule')}`));
    expect(after).toEqual(before);
    expect(await reopened.page.locator('.cm-content').textContent()).toContain('defualt:');
    expect(reopened.requests).toEqual([]);
    await reopened.page.close();
  });

  /** A share link made outside the page, as an attacker would. */
  const linkOf = (files: Array<[string, string]>): string => `${url}#files=${deflateRawSync(Buffer.from(JSON.stringify(files))).toString('base64url')}`;

  it('shows file names and text from a link as text: no markup, script or request from them', async () => {
    const evil = '<img src=x onerror="document.body.dataset.pwned=1">';
    const { page, requests, errors } = await open(
      linkOf([[`${evil}.xtap.yaml`, `tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  name: '${evil}'\n  license: p1\npartners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n    name: '${evil}'\n`]]),
    );
    expect(await page.locator('#tabs button[data-path]').first().getAttribute('data-path')).toBe(`${evil}.xtap.yaml`);
    expect(await page.locator('#tabs button[data-path]').first().textContent()).toMatch(/^<img src=x onerror="document\.body\.dataset\.pwned=1">\.xtap\.yaml\d*$/);
    await page.click('.side-tabs button[data-panel=map]');
    // Drawn as text (clipped to the box): the name's own characters, not an element.
    expect((await page.locator('#map svg text').allTextContents()).filter((t) => t.startsWith('<img src=x onerror=')).length).toBe(2);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator("body").getAttribute("data-pwned")).toBeNull();
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a damaged or hostile share link and falls back to the examples', async () => {
    const hostile = [
      '#files=%%%',
      '#files=AAAA',
      '#files=',
      linkOf([['../../etc/passwd.xtap.yaml', 'x']]).slice(url.length),
      linkOf([['a.xtap.yaml', 'x'], ['a.xtap.yaml', 'y']]).slice(url.length),
      linkOf([['notes.txt', 'x']]).slice(url.length),
    ];
    for (const fragment of hostile) {
      const { page, errors } = await open(url + fragment);
      expect(await page.locator('#status').textContent()).toContain('example repository');
      expect(await page.locator('#tabs button[data-path]').count()).toBe(4);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
