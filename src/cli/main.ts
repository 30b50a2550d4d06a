/** The CLI's entry: dispatch to a command; usage, configuration and internal errors become exit code 2. */
import type { Io } from './io.js';
import { CliError } from './io.js';
import { lintCommand, LINT_HELP } from './commands/lint.js';
import { packageVersion } from './package-info.js';
import { reflowHelp } from './help.js';
import { terminalWidth } from './terminal.js';
import { visible } from '../report/inert.js';

type Command = (args: string[], io: Io) => Promise<number>;

/**
 * Subcommands by name; `lint` is the default. Issues add theirs here. The others are imported when they run: the
 * bundle keeps them (one copy of every class, so `instanceof CliError` holds), but a lint does not initialise their
 * modules (Graph JSON parsing, the diff and explain machinery, the trust map, the live tenant's plans).
 */
export const COMMANDS: Record<string, Command> = {
  lint: lintCommand,
  rules: async (a, io) => (await import('./commands/rules.js')).rulesCommand(a, io),
  import: async (a, io) => (await import('./commands/import.js')).importCommand(a, io),
  export: async (a, io) => (await import('./commands/export.js')).exportCommand(a, io),
  init: async (a, io) => (await import('./commands/init.js')).initCommand(a, io),
  diff: async (a, io) => (await import('./commands/diff.js')).diffCommand(a, io),
  explain: async (a, io) => (await import('./commands/explain.js')).explainCommand(a, io),
  graph: async (a, io) => (await import('./commands/graph.js')).graphCommand(a, io),
  pull: async (a, io) => (await import('./commands/pull.js')).pullCommand(a, io),
  drift: async (a, io) => (await import('./commands/drift.js')).driftCommand(a, io),
  apply: async (a, io) => (await import('./commands/apply.js')).applyCommand(a, io),
};

const HELP = `xtap-lint — policy-as-code for Microsoft Entra cross-tenant access settings

Usage: xtap-lint [command] [options]

Commands:
  lint [paths...]     lint declarations (the default command)
  rules [id]          list the rules, or show one rule's documentation
  import <json...>    turn Microsoft Graph JSON into declarations (--out <dir>)
  export [paths...]   write the Graph requests that apply the declarations
  init                write a starter tenant file and .xtap-lint.yaml
  diff --base <ref>   semantic diff of effective access against a git revision (or --against <dir>)
  explain [options]   allowed or blocked for a user and app, and the settings that decided it
  graph [paths...]    the trust map of tenants and partners (mermaid, dot or json)
  pull                the live tenant's settings as declarations, from Microsoft Graph (--out <dir>)
  drift [paths...]    the differences between the declarations and the live tenant (exit 1 on drift)
  apply [paths...]    make the live tenant match the declarations (shows the plan; --yes)

Run \`xtap-lint <command> --help\` for a command's options.

${LINT_HELP}`;

export async function main(argv: string[], cliIo: Io): Promise<number> {
  let io = cliIo;
  try {
    const [first, ...rest] = argv;
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout(reflowHelp(HELP, terminalWidth(io)));
      return 0;
    }
    // A command's help is laid out to the terminal's width like everything else it prints.
    const options = argv.indexOf('--') < 0 ? argv : argv.slice(0, argv.indexOf('--'));
    if (options.includes('--help') || options.includes('-h')) {
      const out = io.stdout.bind(io);
      io = { ...io, stdout: (text) => out(reflowHelp(text, terminalWidth(io))) };
    }
    if (first === '--version' || first === '-v') {
      io.stdout(packageVersion() + '\n');
      return 0;
    }
    if (first !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, first)) return await COMMANDS[first](rest, io);
    return await lintCommand(argv, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`xtap-lint: ${visible(err.message)}\n`);
      return 2;
    }
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    io.stderr(`xtap-lint: internal error: ${visible(msg)} (please report it with the command you ran)\n`);
    return 2;
  }
}
