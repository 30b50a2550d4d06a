/**
 * Checks that an output is inert (issue 11 items 6 and 9), shared by test/security and test/fuzz/inert.test.ts.
 * Markdown is rendered with a real CommonMark/GFM renderer (markdown-it with raw HTML and autolinks on), then the
 * HTML is inspected: no image, no raw HTML, no link but the ones we build, no @mention, issue reference or
 * `www.` autolink in the text GitHub's filters see. Mermaid blocks are checked statement by statement.
 */
import MarkdownIt from 'markdown-it';
import { expect } from 'vitest';

/** GitHub's renderer as far as it matters here: raw HTML passes through, URLs and e-mail addresses autolink. */
const md = new MarkdownIt({ html: true, linkify: true });
// linkify-it's fuzzy links would also link bare domains (`evil.example`), which GitHub does not; `www.` is checked on the text.
md.linkify.set({ fuzzyLink: false, fuzzyEmail: true });

export function renderGfm(markdown: string): string {
  return md.render(markdown);
}

export function renderInline(markdown: string): string {
  return md.renderInline(markdown);
}

/** Characters no output may carry raw (besides `\n`): C0 and C1 controls, DEL, bidi and zero-width characters. */
// eslint-disable-next-line no-control-regex
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2061-\u2069\ufeff]/;

/** Tags our own Markdown produces (GFM tables, lists, headings, the folded blocks, the footer). */
const OUR_TAGS = new Set(['p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'h2', 'h3', 'h4', 'h5', 'ul', 'li', 'strong', 'em', 'code', 'pre', 'blockquote', 'a', 'details', 'summary', 'sub', 'br', 'hr']);

/** Links we build: the repository's files at a commit, and the rule pages. */
const OUR_LINKS = [/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/[0-9a-f]{40}\/[A-Za-z0-9%._~/-]+#L\d+$/, /^https:\/\/github\.com\/xtap-lint\/xtap-lint\/blob\/main\/rules\/[a-z-]+\.md$/];

/** Text nodes of rendered HTML, entities decoded (what GitHub's mention and reference filters read). */
export function textOf(html: string): string {
  return html
    .replace(/<pre><code[^>]*>[\s\S]*?<\/code><\/pre>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** Markdown that GitHub would render with nothing active from file text. `allowedLinks` adds URL shapes (tests' own). */
export function expectInertMarkdown(markdown: string, what: string, allowedLinks: RegExp[] = []): void {
  expect(RAW_CONTROL.test(markdown), `${what}: raw control character`).toBe(false);
  const html = renderGfm(markdown.replace(/<!-- xtap-lint: sticky pull request comment -->\n?/, ''));
  for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    const tag = m[1].toLowerCase();
    expect(OUR_TAGS.has(tag), `${what}: HTML tag <${tag}> in ${m[0]}`).toBe(true);
    if (tag === 'a' && !m[0].startsWith('</')) {
      const href = /href="([^"]*)"/.exec(m[2])?.[1] ?? '';
      const ok = [...OUR_LINKS, ...allowedLinks].some((re) => re.test(href.replace(/&amp;/g, '&')));
      expect(ok, `${what}: a link to ${href}`).toBe(true);
    }
  }
  expect(html).not.toMatch(/<img|<script|<iframe|<svg|<video|<picture|(href|src)="\s*javascript:/i);
  const text = textOf(html);
  // GitHub's filters: @user, @org/team, #123, GH-123 and www. autolinks work on the rendered text.
  expect(text, `${what}: an @mention`).not.toMatch(/(^|[^\w`])@[A-Za-z0-9]/);
  expect(text, `${what}: an issue reference`).not.toMatch(/(^|[^\w&])#\d|\bGH-\d/i);
  expect(text, `${what}: a www. autolink`).not.toMatch(/\bwww\./i);
  for (const block of mermaidBlocks(markdown)) expectInertMermaid(block, what);
}

export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);
}

/** A Mermaid flowchart made only of the statements graphMermaid writes: no directive, comment, click or href. */
export function expectInertMermaid(mermaid: string, what: string): void {
  expect(mermaid, `${what}: % in a mermaid block`).not.toContain('%');
  expect(mermaid, `${what}: a backtick in a mermaid block`).not.toContain('`');
  expect(RAW_CONTROL.test(mermaid)).toBe(false);
  const id = '[td]_[0-9A-Za-z_]+';
  const label = '"[^"]*"';
  const statement = new RegExp(
    [
      '^flowchart LR$',
      `^  ${id}(\\[${label}\\]|\\(${label}\\)|\\(\\[${label}\\]\\))$`,
      `^  ${id} (-->|<-->|-\\.->)\\|${label}\\| ${id}$`,
      '^  classDef (tenant|partner|others) [\\w:#,. -]+$',
      `^  class ${id}(,${id})* (tenant|partner|others)$`,
    ].join('|'),
  );
  for (const line of mermaid.split('\n')) expect(line, `${what}: mermaid statement`).toMatch(statement);
}

/** Plain text for a terminal or a log: no raw controls, and no line that starts a workflow command. */
export function expectInertText(text: string, what: string): void {
  expect(RAW_CONTROL.test(text), `${what}: raw control character ${JSON.stringify(RAW_CONTROL.exec(text)?.[0])}`).toBe(false);
  for (const line of text.split('\n')) expect(line.trimStart().startsWith('::'), `${what}: a line starting with :: (${line.slice(0, 60)})`).toBe(false);
}

/** The `github` format: every line one of our workflow commands, no raw control character. */
export function expectGithubCommands(text: string, what: string): void {
  expect(RAW_CONTROL.test(text), `${what}: raw control character`).toBe(false);
  for (const line of text.split('\n').filter(Boolean)) {
    expect(line, what).toMatch(/^::(error|warning|notice)( (file|line|endLine|col|endColumn|title)=[^,:]*(,(file|line|endLine|col|endColumn|title)=[^,:]*)*)?::/);
  }
}
