/**
 * A rule page for the terminal (`xtap-lint rules <id>`): headings emphasised, code fences indented under their file
 * name, inline markup (`code`, **bold**, *italic*, [links](url)) made readable, tables aligned, block quotes kept.
 * Plain text when `color` is false.
 */
export function renderMarkdown(md: string, color: boolean): string {
  const sgr = (code: string) => (s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const bold = sgr('1');
  const dim = sgr('2');
  const cyan = sgr('36');
  const underline = sgr('4');

  const inline = (text: string): string => {
    // Code spans first, so that their contents are left alone.
    const parts = text.split(/(`[^`]+`)/);
    return parts
      .map((p) => {
        if (/^`[^`]+`$/.test(p)) return cyan(color ? p.slice(1, -1) : p);
        return p
          .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) => `${label} (${underline(url)})`)
          .replace(/\*\*([^*]+)\*\*/g, (_m, s: string) => bold(s))
          .replace(/(^|[\s(])\*([^*\s][^*]*)\*(?=[\s).,;:!?]|$)/g, (_m, pre: string, s: string) => pre + (color ? `\u001b[3m${s}\u001b[0m` : s));
      })
      .join('');
  };

  const out: string[] = [];
  const lines = md.replace(/\r\n/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^```(\S*)(?:\s+title="([^"]*)")?/.exec(line);
    if (fence) {
      const title = fence[2] ?? (fence[1] === 'yaml' ? 'tenant.xtap.yaml' : undefined);
      if (title) out.push(dim(`    ── ${title.startsWith('base:') ? `${title.slice(5)} (at the base revision)` : title}`));
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) out.push('    ' + lines[i]);
      out.push('');
      continue;
    }
    if (/^\|.*\|\s*$/.test(line)) {
      const rows: string[][] = [];
      for (; i < lines.length && /^\|.*\|\s*$/.test(lines[i]); i++) {
        const cells = lines[i].trim().slice(1, -1).split('|').map((c) => c.trim());
        if (!cells.every((c) => /^:?-+:?$/.test(c))) rows.push(cells.map(inline));
      }
      i--;
      // eslint-disable-next-line no-control-regex
      const width = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '').length;
      const widths = rows[0]?.map((_c, k) => Math.max(...rows.map((r) => width(r[k] ?? '')))) ?? [];
      rows.forEach((r, n) => {
        const text = r.map((c, k) => c + ' '.repeat(Math.max(0, (widths[k] ?? 0) - width(c)))).join('  ');
        out.push('  ' + (n === 0 ? bold(text) : text).trimEnd());
      });
      continue;
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      const text = heading[2].trim();
      out.push(heading[1].length === 1 ? bold(text) : heading[1].length === 2 ? bold(text.toUpperCase()) : bold(text));
      continue;
    }
    if (line.startsWith('>')) {
      out.push(dim('│ ') + inline(line.replace(/^>\s?/, '')));
      continue;
    }
    // A paragraph: its lines together, so that emphasis and code spans may cross a line break.
    const para = [line];
    const plain = (l: string | undefined) => l !== undefined && l.trim() !== '' && !/^(```|\||#{1,6} |>)/.test(l);
    if (line.trim() !== '') while (plain(lines[i + 1])) para.push(lines[++i]);
    out.push(...inline(para.join('\n')).split('\n'));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
