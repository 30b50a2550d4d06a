/**
 * A unified diff of two texts (`--fix-dry-run`), in the format `git apply` and `patch -p1` read.
 * Lines are compared exactly (a CRLF file keeps its `\r`); a last line without a line break is marked
 * `\ No newline at end of file`.
 */

type Op = { kind: ' ' | '-' | '+'; line: string; noEol: boolean };

interface Lines {
  lines: string[];
  /** True when the text does not end with a line break (its last line has none). */
  noEolAtEnd: boolean;
}

function splitLines(text: string): Lines {
  if (text === '') return { lines: [], noEolAtEnd: false };
  const parts = text.split('\n');
  const noEolAtEnd = parts[parts.length - 1] !== '';
  if (!noEolAtEnd) parts.pop();
  return { lines: parts, noEolAtEnd };
}

/** Longest common subsequence of two short line arrays, as an edit script. */
function lcsScript(a: readonly string[], b: readonly string[]): Array<' ' | '-' | '+'> {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > 4_000_000) return [...Array<'-'>(n).fill('-'), ...Array<'+'>(m).fill('+')];
  const t: Uint32Array[] = [];
  for (let i = 0; i <= n; i++) t.push(new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) t[i][j] = a[i] === b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  }
  const out: Array<' ' | '-' | '+'> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push(' ');
      i++;
      j++;
    } else if (t[i + 1][j] >= t[i][j + 1]) {
      out.push('-');
      i++;
    } else {
      out.push('+');
      j++;
    }
  }
  while (i++ < n) out.push('-');
  while (j++ < m) out.push('+');
  return out;
}

function script(a: Lines, b: Lines): Op[] {
  const A = a.lines;
  const B = b.lines;
  // The last line differs when only one side has its line break.
  const lastA = (i: number) => i === A.length - 1 && a.noEolAtEnd;
  const lastB = (j: number) => j === B.length - 1 && b.noEolAtEnd;
  const same = (i: number, j: number) => A[i] === B[j] && lastA(i) === lastB(j);
  let pre = 0;
  while (pre < A.length && pre < B.length && same(pre, pre)) pre++;
  let suf = 0;
  while (suf < A.length - pre && suf < B.length - pre && same(A.length - 1 - suf, B.length - 1 - suf)) suf++;
  const ops: Op[] = [];
  for (let i = 0; i < pre; i++) ops.push({ kind: ' ', line: A[i], noEol: lastA(i) });
  const midA = A.slice(pre, A.length - suf).map((l, k) => (lastA(pre + k) ? `${l}\u0000` : l));
  const midB = B.slice(pre, B.length - suf).map((l, k) => (lastB(pre + k) ? `${l}\u0000` : l));
  let i = pre;
  let j = pre;
  for (const k of lcsScript(midA, midB)) {
    if (k === ' ') {
      ops.push({ kind: ' ', line: A[i], noEol: lastA(i) });
      i++;
      j++;
    } else if (k === '-') {
      ops.push({ kind: '-', line: A[i], noEol: lastA(i) });
      i++;
    } else {
      ops.push({ kind: '+', line: B[j], noEol: lastB(j) });
      j++;
    }
  }
  for (let k = 0; k < suf; k++) ops.push({ kind: ' ', line: A[i + k], noEol: lastA(i + k) });
  return ops;
}

/** A unified diff with `context` lines around each change; empty when the texts are equal. */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string, context = 3): string {
  if (oldText === newText) return '';
  const ops = script(splitLines(oldText), splitLines(newText));
  const changed: number[] = [];
  ops.forEach((op, k) => {
    if (op.kind !== ' ') changed.push(k);
  });
  if (changed.length === 0) return '';
  // Group changes whose context windows touch.
  const groups: Array<[number, number]> = [];
  for (const k of changed) {
    const lo = Math.max(0, k - context);
    const hi = Math.min(ops.length - 1, k + context);
    const g = groups[groups.length - 1];
    if (g && lo <= g[1] + 1) g[1] = hi;
    else groups.push([lo, hi]);
  }
  // Line numbers before each op.
  const oldNo: number[] = [];
  const newNo: number[] = [];
  let o = 1;
  let n = 1;
  for (const op of ops) {
    oldNo.push(o);
    newNo.push(n);
    if (op.kind !== '+') o++;
    if (op.kind !== '-') n++;
  }
  const out: string[] = [`--- ${oldName}`, `+++ ${newName}`];
  for (const [lo, hi] of groups) {
    const slice = ops.slice(lo, hi + 1);
    const oldCount = slice.filter((x) => x.kind !== '+').length;
    const newCount = slice.filter((x) => x.kind !== '-').length;
    const oldStart = oldCount === 0 ? oldNo[lo] - 1 : oldNo[lo];
    const newStart = newCount === 0 ? newNo[lo] - 1 : newNo[lo];
    out.push(`@@ -${oldStart}${oldCount === 1 ? '' : `,${oldCount}`} +${newStart}${newCount === 1 ? '' : `,${newCount}`} @@`);
    for (const op of slice) {
      out.push(op.kind + op.line);
      if (op.noEol) out.push('\\ No newline at end of file');
    }
  }
  return out.join('\n') + '\n';
}
