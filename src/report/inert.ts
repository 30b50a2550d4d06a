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

/** Text for a terminal or a plain-text line: every control or invisible formatting character made visible. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    if (ch === '\u001b') return '\\e';
    return `\\u{${ch.codePointAt(0)!.toString(16)}}`;
  });
}

/** Characters that start Markdown or HTML markup, escaped with a backslash (GitHub Flavored Markdown). */
const MD_SPECIAL = /[\\`*_{}[\]()<>|#&!~+=:-]/g;

/**
 * Text for one line of Markdown: inert on GitHub. Controls made visible, specials escaped (so no link, image,
 * emphasis, HTML, entity or table break), and every `@` followed by a word joiner (U+2060), so `@octocat` and
 * `@org/team` ping nobody. URLs do not autolink because `:` is escaped.
 */
export function inertMarkdown(text: string): string {
  return visible(text)
    .replace(MD_SPECIAL, (c) => `\\${c}`)
    .replace(/@/g, '@\u2060');
}
