/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), one per finding, that the runner turns into
 * annotations. Escaping follows @actions/core's command.ts: message data escapes `%`, CR and LF; property values
 * also `:` and `,`. Ranges are validated here because the runner drops bad ones silently: columns only on a
 * single-line range, an end never before its start. Paths are repository-relative, as annotations need.
 * Text from files (messages quoting names, file names) has its control characters made visible first: the escaping
 * keeps it inside one command, `visible()` keeps escape sequences out of the log that shows it.
 */
import type { FormatContext } from './format.js';
import type { Finding, Severity } from '../types.js';
import { visible, visibleLines } from './inert.js';

export type CommandKind = 'error' | 'warning' | 'notice';

/** The properties the runner accepts on an annotation command, in the order they are printed. */
export interface AnnotationProperties {
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export const COMMAND_KIND: Record<Severity, CommandKind> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const ORDER: ReadonlyArray<keyof AnnotationProperties> = ['file', 'line', 'endLine', 'col', 'endColumn', 'title'];

/** One workflow command line, with its newline. */
export function workflowCommand(kind: CommandKind, props: AnnotationProperties, message: string): string {
  const parts: string[] = [];
  for (const key of ORDER) {
    const v = props[key];
    if (v !== undefined && v !== '') parts.push(`${key}=${escapeProperty(String(v))}`);
  }
  return `::${kind}${parts.length ? ' ' + parts.join(',') : ''}::${escapeData(message)}\n`;
}

/**
 * The annotation properties of a finding. Our ranges end at the character after the node (exclusive); an
 * annotation's `endColumn` is the last column, so it is one less, and never before `col`.
 */
export function annotationProperties(f: Finding, file: string): AnnotationProperties {
  const line = Math.max(1, f.range.line);
  const endLine = Math.max(line, f.range.endLine);
  const props: AnnotationProperties = { file: visible(file), line, endLine };
  if (endLine === line) {
    const col = Math.max(1, f.range.column);
    props.col = col;
    props.endColumn = Math.max(col, f.range.endColumn - 1);
  }
  props.title = `xtap-lint(${f.ruleId})`;
  return props;
}

/** The annotation text: the message, then the rule's documentation on its own line. */
export function annotationMessage(f: Finding): string {
  return `${visibleLines(f.message)}\n${visible(f.docsUrl)}`;
}

export function findingCommand(f: Finding, file: string): string {
  return workflowCommand(COMMAND_KIND[f.severity], annotationProperties(f, file), annotationMessage(f));
}

export function github(ctx: FormatContext): string {
  let out = '';
  for (const r of ctx.results) {
    const file = ctx.repoPaths?.get(r.file) ?? r.file;
    for (const f of r.findings) out += findingCommand(f, file);
  }
  for (const n of ctx.notices ?? []) out += workflowCommand('notice', { title: 'xtap-lint' }, visibleLines(n));
  return out;
}
