import { displayWidth, urlWords, wrap } from '../report/text.js';

/**
 * A rule page for the terminal (`xtap-lint rules <id>`): headings emphasised, code fences indented under their file
 * name, inline markup (`code`, **bold**, *italic*, [links](url)) made readable, tables aligned, block quotes kept.
 * Plain text when `color` is false. Prose, list items, block quotes and tables are wrapped to `width` columns;
 * code blocks are printed as written (they are YAML to copy).
 */
export function renderMarkdown(md: string, color: boolean, width = 80): string {
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
      if (title) out.push(...wrap(urlWords(`── ${title.startsWith('base:') ? `${title.slice(5)} (at the base revision)` : title}`, dim), width, '    ', '       '));
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
      const widths = rows[0]?.map((_c, k) => Math.max(...rows.map((r) => displayWidth(r[k] ?? '')))) ?? [];
      const tableWidth = 2 + widths.reduce((a, b) => a + b, 0) + 2 * Math.max(0, widths.length - 1);
      if (tableWidth <= width) {
        rows.forEach((r, n) => {
          const text = r.map((c, k) => c + ' '.repeat(Math.max(0, (widths[k] ?? 0) - displayWidth(c)))).join('  ');
          out.push('  ' + (n === 0 ? bold(text) : text).trimEnd());
        });
      } else {
        // Too wide for the terminal: each row as a list item of its first cell, with `header: cell` lines under it.
        const [head, ...body] = rows;
        for (const r of body) {
          out.push(...wrap(urlWords(r[0] ?? ''), width, '  - ', '    '));
          r.slice(1).forEach((c, k) => out.push(...wrap(urlWords(`${head?.[k + 1] ?? ''}: ${c}`), width, '      ', '        ')));
        }
      }
      continue;
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      const text = heading[2].trim();
      out.push(...wrap(urlWords(heading[1].length === 2 ? text.toUpperCase() : text, bold), width));
      continue;
    }
    if (line.startsWith('>')) {
      // A block quote: its lines together, wrapped behind the bar.
      const quote = [line.replace(/^>\s?/, '')];
      while (i + 1 < lines.length && lines[i + 1].startsWith('>') && lines[i + 1].replace(/^>\s?/, '').trim() !== '') quote.push(lines[++i].replace(/^>\s?/, ''));
      out.push(...wrap(urlWords(inline(quote.join(' '))), width, dim('│ '), dim('│ ')));
      continue;
    }
    if (line.trim() === '') {
      out.push('');
      continue;
    }
    // A paragraph or a list item: its lines together (so that emphasis and code spans may cross a line break),
    // wrapped, a list item's later lines under its text.
    const item = /^(\s*)([-*]|\d+\.) /.exec(line);
    const para = [line.trim()];
    const plain = (l: string | undefined) => l !== undefined && l.trim() !== '' && !/^(```|\||#{1,6} |>)/.test(l) && !/^\s*([-*]|\d+\.) /.test(l);
    while (plain(lines[i + 1])) para.push(lines[++i].trim());
    const hang = item ? ' '.repeat(item[1].length + item[2].length + 1) : '';
    out.push(...wrap(urlWords(inline(para.join(' '))), width, item ? item[1] : '', hang));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
