/** A rule page for the terminal: headings emphasised, fences and front matter kept readable. */
export function renderMarkdown(md: string, color: boolean): string {
  const bold = (s: string) => (color ? `\u001b[1m${s}\u001b[0m` : s);
  const dim = (s: string) => (color ? `\u001b[2m${s}\u001b[0m` : s);
  const out: string[] = [];
  let fence = false;
  for (const line of md.replace(/\r\n/g, '\n').split('\n')) {
    if (line.startsWith('```')) {
      fence = !fence;
      continue;
    }
    if (fence) out.push('    ' + line);
    else if (/^#{1,6} /.test(line)) out.push(bold(line.replace(/^#+ /, '').toUpperCase()));
    else out.push(line.replace(/`([^`]+)`/g, (_m, c: string) => dim(c)));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
