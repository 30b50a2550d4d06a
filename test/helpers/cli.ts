/** Run the CLI in-process with a fake Io, and make throwaway repositories for it. */
import { mkdirSync, mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';

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

/** A temporary repository (it has a `.git` folder, so it is the repository root) with the given files. */
export function tempRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'xtap-repo-'));
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
