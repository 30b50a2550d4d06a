/** The property of every finding's position (issue 11 item 13): line, column, endLine and endColumn lie inside the file. */
export function expectInside(text: string, r: { line: number; column: number; endLine: number; endColumn: number }, what: string): void {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const fits = (line: number, column: number): boolean => line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1].length + 1;
  if (!fits(r.line, r.column) || !fits(r.endLine, r.endColumn) || r.endLine < r.line || (r.endLine === r.line && r.endColumn < r.column)) {
    throw new Error(`${what}: ${r.line}:${r.column}-${r.endLine}:${r.endColumn} is not inside the file (${lines.length} lines; line ${r.line} has ${lines[r.line - 1]?.length ?? 'no'} characters)`);
  }
}
