/** Run the CLI in-process with a fake Io, and make throwaway repositories for it. */
import { mkdirSync, writeFileSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { InputFile } from '../../src/types.js';
import { tempDir } from './temp.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], opts: { cwd: string; stdin?: string; env?: Record<string, string | undefined>; tty?: boolean }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: opts.cwd,
    env: opts.env ?? {},
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => opts.stdin ?? '',
    stdoutIsTTY: opts.tty ?? false,
  });
  return { code, stdout, stderr };
}

/** A temporary repository (it has a `.git` folder, so it is the repository root) with the given files; removed after the test file. */
export function tempRepo(files: Record<string, string>): string {
  const dir = tempDir('xtap-repo-');
  mkdirSync(join(dir, '.git'));
  for (const [path, text] of Object.entries(files)) {
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return dir;
}

/** Compare with a golden file; `UPDATE_GOLDEN=1` rewrites it. */
export function expectGolden(actual: string, goldenPath: string): void {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(goldenPath)) {
    mkdirSync(dirname(goldenPath), { recursive: true });
    writeFileSync(goldenPath, actual);
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`golden file ${goldenPath} was missing and has been written: check it and run again`);
  }
  expect(actual).toBe(readFileSync(goldenPath, 'utf8'));
}

export const PROJECT_ROOT = join(dirname(new URL(import.meta.url).pathname), '..', '..');

/** The declaration files of the shipped example repository (`examples/`), as engine inputs sorted by path. */
export function exampleInputs(): InputFile[] {
  const dir = join(PROJECT_ROOT, 'examples');
  const out: InputFile[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.xtap.yaml')) out.push({ path: relative(dir, join(d, e.name)).split('\\').join('/'), text: readFileSync(join(d, e.name), 'utf8') });
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
