/**
 * Text from declaration files, file names and configuration is attacker-controlled (a pull request from a fork).
 * Every formatter passes such text through one of these before it reaches an output, so that it stays inert:
 * no terminal escape sequence, no workflow command, no Markdown mention, link, image or HTML.
 * Pure: the engine and the browser use them too.
 */
/** Whether a text holds a character `visible()` would rewrite. */
export declare function hasInvisible(text: string): boolean;
/**
 * Text for a terminal or a plain-text line: every control or invisible formatting character made visible
 * (`\n`, `\r`, `\t`, `\e`, else `\u{…}`), so no escape sequence runs and no line starts inside the text.
 */
export declare function visible(text: string): string;
/**
 * Text made of lines (a notice, a message): each line made visible on its own, the line breaks kept. For outputs
 * where our own text may span lines but no line may carry a control character.
 */
export declare function visibleLines(text: string): string;
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
export declare function inertMarkdown(text: string): string;
/**
 * JSON text made inert for a terminal without changing its data: `JSON.stringify` escapes C0 controls already;
 * this escapes the rest of the invisible characters as `\uXXXX`, which parse back to the same strings.
 */
export declare function inertJson(json: string): string;
/**
 * One path segment of a URL: `encodeURIComponent` plus the characters it leaves that end or confuse a Markdown
 * link destination (`(`, `)`, `!`, `'`, `*`).
 */
export declare function urlSegment(segment: string): string;
/** A repository path as a URL path: each segment encoded with `urlSegment`. */
export declare function urlPath(repoPath: string): string;
/**
 * A Markdown link to a URL we built, with a label that is inert Markdown already (`inertMarkdown`); the label
 * alone when the URL is not a plain `https:` URL (no spaces, brackets, parentheses or quotes that could end it).
 */
export declare function markdownLink(label: string, url: string | undefined): string;
