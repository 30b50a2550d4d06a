/**
 * Text from declaration files, file names and configuration is attacker-controlled (a pull request from a fork).
 * Every formatter passes such text through one of these before it reaches an output, so that it stays inert:
 * no terminal escape sequence, no workflow command, no Markdown mention, link, image or HTML.
 * Pure: the engine and the browser use them too.
 */

/**
 * C0 and C1 controls, DEL, and the Unicode format characters that reorder or hide text (bidi overrides and
 * isolates, line and paragraph separators, zero-width characters, the BOM).
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Whether a text holds a character `visible()` would rewrite. */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(text);
  INVISIBLE.lastIndex = 0;
  return found;
}

/**
 * Text for a terminal or a plain-text line: every control or invisible formatting character made visible
 * (`\n`, `\r`, `\t`, `\e`, else `\u{…}`), so no escape sequence runs and no line starts inside the text.
 */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    if (ch === '\u001b') return '\\e';
    return `\\u{${ch.codePointAt(0)!.toString(16)}}`;
  });
}

/**
 * Text made of lines (a notice, a message): each line made visible on its own, the line breaks kept. For outputs
 * where our own text may span lines but no line may carry a control character.
 */
export function visibleLines(text: string): string {
  return text.split(/\r\n|\n/).map(visible).join('\n');
}

/**
 * Characters that start Markdown or HTML markup, escaped with a backslash (GitHub Flavored Markdown): `(` and `)`
 * need none once `[` and `]` are escaped; `$` starts GitHub's math; `:` only before `/` (`https://` autolinks).
 */
const MD_SPECIAL = /[\\`*_[\]<>|#&!~$]|:(?=\/)/g;
/** U+2060 WORD JOINER: invisible, and it ends the word GitHub's mention and reference filters look for. */
const JOIN = '\u2060';

/**
 * Text for one line of Markdown (a table cell, a list item, a heading): inert on GitHub.
 * - Controls and invisible characters made visible (`visible()`), so no line break ends a table row or a block.
 * - Every Markdown and HTML special escaped with a backslash: no link, image, emphasis, code span, HTML tag,
 *   entity, math or table break; a list, quote or heading marker at the start escaped too, so the text cannot
 *   open a block. `:` before `/` is escaped, so `https://…` does not autolink (cmark-gfm's autolink reads the
 *   source text, where the backslash still is).
 * - A word joiner (U+2060) after every `@` (so `@octocat`, `@org/team` and `user@example.com` ping and link
 *   nobody: GitHub's mention filter works on the rendered text, where a backslash would be gone), after `#` and
 *   `GH-` before a digit (no issue reference, which would also post a cross-reference on that issue), and inside
 *   `www.` (no extended autolink).
 */
export function inertMarkdown(text: string): string {
  return visible(text)
    .replace(/@/g, `@${JOIN}`)
    .replace(/#(?=\d)/g, `#${JOIN}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${JOIN}-`)
    .replace(/\b(www)(?=\.)/gi, `$1${JOIN}`)
    .replace(MD_SPECIAL, (c) => `\\${c}`)
    .replace(/^( *)([-+=]|\d+[.)])/, (_m, spaces: string, mark: string) => `${spaces}${mark.slice(0, -1)}\\${mark.slice(-1)}`);
}

/** Characters a JSON string may carry raw that still act on a terminal or hide text: C1 controls, DEL, bidi and zero-width characters. */
// eslint-disable-next-line no-control-regex
const JSON_INVISIBLE = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * JSON text made inert for a terminal without changing its data: `JSON.stringify` escapes C0 controls already;
 * this escapes the rest of the invisible characters as `\uXXXX`, which parse back to the same strings.
 */
export function inertJson(json: string): string {
  return json.replace(JSON_INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * One path segment of a URL: `encodeURIComponent` plus the characters it leaves that end or confuse a Markdown
 * link destination (`(`, `)`, `!`, `'`, `*`).
 */
export function urlSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A repository path as a URL path: each segment encoded with `urlSegment`. */
export function urlPath(repoPath: string): string {
  return repoPath.split('/').map(urlSegment).join('/');
}

/**
 * A Markdown link to a URL we built, with a label that is inert Markdown already (`inertMarkdown`); the label
 * alone when the URL is not a plain `https:` URL (no spaces, brackets, parentheses or quotes that could end it).
 */
export function markdownLink(label: string, url: string | undefined): string {
  if (!url || !/^https:\/\/[^\s<>()[\]"'`\\]+$/.test(url)) return label;
  return `[${label}](${url})`;
}
