/**
 * Reading `.xtap-lint.yaml` and the files it `extends` (SPEC §3.9): paths relative to the file that names them,
 * inside the repository, and npm package names, whose root `xtap-lint.yaml` is read from the repository's
 * `node_modules` the way Node finds a package (the nearest `node_modules/<name>` upwards, up to the repository root).
 * Everything is data: no package code is loaded or run, no `package.json` script or `main` is looked at.
 * Cycles, missing files and missing packages are configuration errors (one line, exit 2).
 */
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigError, extendsOf, mergeConfigLayers, readConfigLayer } from '../config/config.js';
import type { Config, ConfigLayer } from '../config/config.js';
import { findRepoRoot } from './files.js';

/** The file a package contributes: its root `xtap-lint.yaml`. */
export const PACKAGE_CONFIG = 'xtap-lint.yaml';
const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_EXTENDS_DEPTH = 10;
const MAX_CONFIG_FILES = 50;

/** An npm package name (`name`, `@scope/name`), as npm allows them. */
const PACKAGE_NAME = /^(@[a-z0-9~][a-z0-9._~-]*\/)?[a-z0-9~][a-z0-9._~-]*$/;

const inside = (root: string, p: string): boolean => {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
};

function realOrUndefined(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/** Folders an `extends` path never reads: the repository's own git data, and packages (named by package name only). */
const NEVER_EXTENDED = new Set(['.git', 'node_modules']);

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
export function loadConfigFile(configPath: string, cwd: string, knownRules: ReadonlySet<string>, source: ConfigSourceOptions = {}): Config {
  const root = source.root ?? realOrUndefined(findRepoRoot(dirname(configPath))) ?? findRepoRoot(dirname(configPath));
  const show = (p: string): string => relative(cwd, p) || p;
  const repoPathOf = (abs: string): string => relative(root, abs).split(sep).join('/');
  const layers: ConfigLayer[] = [];
  const stack: string[] = [];
  let count = 0;

  const read = (file: string, shown: string): ConfigLayer => {
    if (source.text !== undefined && file === configPath) return readConfigLayer(source.text, shown);
    if (source.readLocal && inside(root, file) && !isPackageFile(file)) {
      const text = source.readLocal(repoPathOf(file));
      if (text === undefined) throw new ConfigError(`${shown}: no such file`);
      if (text === 'symlink') throw new ConfigError(`${shown} is a symbolic link: configuration files are never read through links`);
      if (Buffer.byteLength(text) > MAX_CONFIG_BYTES) throw new ConfigError(`${shown}: larger than ${MAX_CONFIG_BYTES} bytes`);
      return readConfigLayer(text, shown);
    }
    let text: string;
    try {
      if (statSync(file).size > MAX_CONFIG_BYTES) throw new ConfigError(`${shown}: larger than ${MAX_CONFIG_BYTES} bytes`);
      text = readFileSync(file, 'utf8');
    } catch (err) {
      if (err instanceof ConfigError) throw err;
      throw new ConfigError(`cannot read config file ${shown}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    return readConfigLayer(text, shown);
  };

  const packageRoots: string[] = [];
  const isPackageFile = (file: string): boolean => packageRoots.some((r) => inside(r, file));
  const visit = (file: string, shown: string, bound: string): void => {
    const real = source.readLocal && !isPackageFile(file) ? file : (realOrUndefined(file) ?? file);
    if (stack.includes(real)) {
      const cycle = [...stack.slice(stack.indexOf(real)), real].map((p) => show(p)).join(' → ');
      throw new ConfigError(`${shown}: extends cycle: ${cycle}`);
    }
    if (stack.length >= MAX_EXTENDS_DEPTH) throw new ConfigError(`${shown}: extends nested deeper than ${MAX_EXTENDS_DEPTH} files`);
    if (++count > MAX_CONFIG_FILES) throw new ConfigError(`${shown}: extends reaches more than ${MAX_CONFIG_FILES} files`);
    const layer = read(file, shown);
    stack.push(real);
    for (const entry of extendsOf(layer)) {
      const target = resolveExtends(entry, dirname(real), bound, root, shown, source.readLocal && !isPackageFile(real) ? source.readLocal : undefined);
      if (target.bound !== root && target.bound !== bound) packageRoots.push(target.bound);
      visit(target.file, target.shown ?? show(target.file), target.bound);
    }
    stack.pop();
    layers.push(layer);
  };

  visit(configPath, show(configPath), root);
  return mergeConfigLayers(layers, knownRules);
}

/**
 * Where an `extends` entry points. A path (starting with `.` or `/`, or naming a YAML file) must stay inside `bound`
 * (the repository, or the package it is written in); a package name is looked up in `node_modules` folders from
 * `fromDir` up to the repository root.
 */
function resolveExtends(
  entry: string,
  fromDir: string,
  bound: string,
  root: string,
  shown: string,
  readLocal?: ConfigSourceOptions['readLocal'],
): { file: string; bound: string; shown?: string } {
  const isPath = entry.startsWith('.') || entry.startsWith('/') || /\.ya?ml$/.test(entry) || entry.includes('\\');
  if (isPath) {
    const file = resolve(fromDir, entry);
    const rel = relative(bound, file).split(sep);
    if (bound === root && rel.some((part) => NEVER_EXTENDED.has(part))) {
      throw new ConfigError(`${shown}: extends ${JSON.stringify(entry)} points into .git or node_modules (name a policy package by its package name)`);
    }
    if (readLocal) {
      // From the base commit: the path as written (links are refused when read), inside the repository.
      if (!inside(root, file)) throw new ConfigError(`${shown}: extends ${JSON.stringify(entry)} leaves the repository (only files inside it can be extended)`);
      return { file, bound };
    }
    let link = false;
    try {
      link = lstatSync(file).isSymbolicLink();
    } catch {
      link = false;
    }
    if (link) throw new ConfigError(`${shown}: extends ${JSON.stringify(entry)} is a symbolic link: configuration files are never read through links`);
    const real = realOrUndefined(file);
    if (!real) throw new ConfigError(`${shown}: extends ${JSON.stringify(entry)}: no such file`);
    if (bound === root && relative(root, real).split(sep).some((part) => NEVER_EXTENDED.has(part))) {
      throw new ConfigError(`${shown}: extends ${JSON.stringify(entry)} points into .git or node_modules (name a policy package by its package name)`);
    }
    if (!inside(bound, real)) throw new ConfigError(`${shown}: extends ${JSON.stringify(entry)} leaves the ${bound === root ? 'repository' : 'package'} (only files inside it can be extended)`);
    if (!statSync(real).isFile()) throw new ConfigError(`${shown}: extends ${JSON.stringify(entry)} is not a file`);
    return { file: real, bound };
  }
  if (!PACKAGE_NAME.test(entry)) throw new ConfigError(`${shown}: extends ${JSON.stringify(entry)} is neither a path (./…) nor an npm package name`);
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const pkgDir = join(dir, 'node_modules', ...entry.split('/'));
    let found = false;
    try {
      found = lstatSync(pkgDir) !== undefined;
    } catch {
      found = false;
    }
    if (found) {
      const realPkg = realOrUndefined(pkgDir);
      if (!realPkg || !inside(root, realPkg)) throw new ConfigError(`${shown}: extends ${JSON.stringify(entry)}: the package folder leaves the repository`);
      const file = join(realPkg, PACKAGE_CONFIG);
      const real = realOrUndefined(file);
      if (!real || !inside(realPkg, real) || !statSync(real).isFile()) {
        throw new ConfigError(`${shown}: extends ${JSON.stringify(entry)}: the package has no ${PACKAGE_CONFIG} at its root (a policy package ships its configuration there)`);
      }
      return { file: real, bound: realPkg, shown: `${entry}/${PACKAGE_CONFIG}` };
    }
    if (!inside(root, dir) || dir === root || dirname(dir) === dir) break;
  }
  throw new ConfigError(`${shown}: extends ${JSON.stringify(entry)}: package not found in node_modules (run npm install, or check the name)`);
}
