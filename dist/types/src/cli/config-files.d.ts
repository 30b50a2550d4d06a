import type { Config } from '../config/config.js';
/** The file a package contributes: its root `xtap-lint.yaml`. */
export declare const PACKAGE_CONFIG = "xtap-lint.yaml";
/**
 * Where the configuration files of the repository are read from. By default the working tree; on a pull request
 * the Action reads them from the base commit (`readLocal` gets a repository path and returns the text, 'symlink'
 * for a link, which is never followed, or undefined when there is no such file).
 */
export interface ConfigSourceOptions {
    readLocal?: (repoPath: string) => string | 'symlink' | undefined;
    /** The entry file's text, when it does not come from the disk (the base commit's `.xtap-lint.yaml`). */
    text?: string;
    /** The repository root, when the entry file is not on the disk. */
    root?: string;
}
/**
 * Load a configuration file and everything it extends, merged (the bases first). `cwd` makes paths in messages
 * short. Throws ConfigError.
 */
export declare function loadConfigFile(configPath: string, cwd: string, knownRules: ReadonlySet<string>, source?: ConfigSourceOptions): Config;
