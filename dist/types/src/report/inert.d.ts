/**
 * Text from declaration files, file names and configuration is attacker-controlled (a pull request from a fork).
 * Every formatter passes such text through one of these before it reaches an output, so that it stays inert:
 * no terminal escape sequence, no workflow command, no Markdown mention, link, image or HTML.
 * Pure: the engine and the browser use them too.
 */
/** Text for a terminal or a plain-text line: every control or invisible formatting character made visible. */
export declare function visible(text: string): string;
/**
 * Text for one line of Markdown: inert on GitHub. Controls made visible, specials escaped (so no link, image,
 * emphasis, HTML, entity or table break), and every `@` followed by a word joiner (U+2060), so `@octocat` and
 * `@org/team` ping nobody. URLs do not autolink because `:` is escaped.
 */
export declare function inertMarkdown(text: string): string;
