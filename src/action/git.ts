/**
 * The Action's git side: make the pull request's base commit readable (a shallow checkout lacks it) and find the
 * lines the pull request changed, so annotations on changed lines come first.
 */
import { execFileSync } from 'node:child_process';

function git(cwd: string, args: string[]): string {
  // core.fsmonitor off: reading the repository must never start a program its configuration names.
  return execFileSync('git', ['-c', 'core.fsmonitor=false', '-C', cwd, ...args], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

function firstLine(err: unknown): string {
  const stderr = String((err as { stderr?: string | Buffer }).stderr ?? '').trim();
  const msg = stderr || (err instanceof Error ? err.message : String(err));
  return msg.split('\n').find((l) => l.trim()) ?? 'git failed';
}

export function hasCommit(cwd: string, sha: string): boolean {
  try {
    git(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Make `sha` readable: present already, or fetched with `git fetch --depth=1 origin <sha>`.
 * Returns undefined when it is readable, else why not (one line).
 */
export function ensureCommit(cwd: string, sha: string): string | undefined {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return `"${sha}" is not a commit id`;
  if (hasCommit(cwd, sha)) return undefined;
  try {
    git(cwd, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', sha]);
  } catch (err) {
    return `git fetch --depth=1 origin ${sha} failed: ${firstLine(err)}`;
  }
  return hasCommit(cwd, sha) ? undefined : `the commit is still missing after git fetch --depth=1 origin ${sha}`;
}

/** Changed (added or modified) lines of the working tree against `base`, by repository-relative path. */
export type ChangedLines = Map<string, Set<number>>;

const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * A path as git prints it after `+++ `: C-quoted (`"b/q\\"uote.xtap.yaml"`, octal escapes for bytes) when it has
 * a quote, a backslash or a control character, and followed by a tab when it has a space (for GNU patch).
 */
export function diffPath(text: string): string {
  if (!text.startsWith('"')) return text.replace(/\t$/, '');
  const bytes: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"') break;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = text[i + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(text.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(C_ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Parse `git diff --unified=0` output: the `+++ b/<path>` headers and the new side of each `@@` hunk. A hunk's lines
 * are consumed by its counts, so an added line that reads `++ b/x.xtap.yaml` (shown as `+++ b/x.xtap.yaml`) is
 * content, never a header.
 */
export function parseUnifiedDiff(diff: string): ChangedLines {
  const out: ChangedLines = new Map();
  let current: Set<number> | undefined;
  const lines = diff.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('+++ ')) {
      const target = diffPath(line.slice(4));
      if (target === '/dev/null') current = undefined;
      else {
        const path = target.startsWith('b/') ? target.slice(2) : target;
        current = out.get(path) ?? new Set<number>();
        out.set(path, current);
      }
      continue;
    }
    const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!m) continue;
    const removed = m[1] === undefined ? 1 : Number(m[1]);
    const start = Number(m[2]);
    const count = m[3] === undefined ? 1 : Number(m[3]);
    if (current) for (let l = start; l < start + count; l++) current.add(l);
    // Skip the hunk's body: `removed` lines of `-`, `count` lines of `+` (and `\ No newline` markers).
    let left = removed + count;
    while (left > 0 && i + 1 < lines.length) {
      i++;
      if (!lines[i].startsWith('\\')) left--;
    }
  }
  return out;
}

export function changedLines(cwd: string, base: string): ChangedLines | undefined {
  try {
    const diff = git(cwd, [
      '-c',
      'core.quotePath=false',
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--unified=0',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      base,
      '--',
      '*.xtap.yaml',
      '*.xtap.yml',
    ]);
    // git diff prints paths relative to the repository root, as the annotations use them.
    return parseUnifiedDiff(diff);
  } catch {
    return undefined;
  }
}
