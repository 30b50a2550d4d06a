import type { Config } from '../config/config.js';
/** The file a package contributes: its root `xtap-lint.yaml`. */
export declare const PACKAGE_CONFIG = "xtap-lint.yaml";
/**
 * Load a configuration file and everything it extends, merged (the bases first). `cwd` makes paths in messages
 * short. Throws ConfigError.
 */
export declare function loadConfigFile(configPath: string, cwd: string, knownRules: ReadonlySet<string>): Config;
