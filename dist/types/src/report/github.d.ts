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
export declare const COMMAND_KIND: Record<Severity, CommandKind>;
export declare function escapeData(s: string): string;
export declare function escapeProperty(s: string): string;
/** One workflow command line, with its newline. */
export declare function workflowCommand(kind: CommandKind, props: AnnotationProperties, message: string): string;
/**
 * The annotation properties of a finding. Our ranges end at the character after the node (exclusive); an
 * annotation's `endColumn` is the last column, so it is one less, and never before `col`.
 */
export declare function annotationProperties(f: Finding, file: string): AnnotationProperties;
/** The annotation text: the message, then the rule's documentation on its own line. */
export declare function annotationMessage(f: Finding): string;
export declare function findingCommand(f: Finding, file: string): string;
export declare function github(ctx: FormatContext): string;
