/**
 * Help texts are written for 80 columns or more; this lays one out to the terminal's width, so that no line is
 * wider: a paragraph (lines that start at column 0) is joined and wrapped; a two-column row (`  -f, --format <name>
 * description`, a command list) keeps its first column and wraps the description under itself, joined with the
 * lines indented to the description's column that follow it; any other indented line continues the block above.
 */
import { displayWidth, layoutWidth, words, wrap } from '../report/text.js';

interface Block {
  /** Text before the wrapped part (a row's first column, with its gap). */
  head: string;
  /** Indentation of the wrapped part's later lines. */
  hang: number;
  text: string;
}

const ROW = /^(\s+\S.*?\S?)( {2,})(\S.*)$/;

export function reflowHelp(help: string, columns: number): string {
  const width = layoutWidth(columns);
  const out: string[] = [];
  let block: Block | undefined;
  const flush = () => {
    if (!block) return;
    const { head, hang, text } = block;
    if (width - hang < 20) {
      // Too narrow for two columns: the description goes under the first column.
      const indent = ' '.repeat(Math.min(/^ */.exec(head)![0].length, 2));
      if (head.trim()) out.push(...wrap(words(head.trim()), width, indent, indent + '  '));
      out.push(...wrap(words(text), width, indent + '    ', indent + '    '));
    } else out.push(...wrap(words(text), width, head, ' '.repeat(hang)));
    block = undefined;
  };
  for (const line of help.replace(/\n$/, '').split('\n')) {
    if (line.trim() === '') {
      flush();
      out.push('');
      continue;
    }
    const indent = /^ */.exec(line)![0].length;
    if (indent === 0) {
      // A heading such as `Options:` stands alone; other text at column 0 is a paragraph.
      if (block && block.hang === 0 && !/:$/.test(block.text)) block.text += ' ' + line;
      else {
        flush();
        const usage = /^Usage: /.exec(line);
        block = { head: '', hang: usage ? 7 : 0, text: line };
      }
      continue;
    }
    if (block && block.hang > 0 && indent >= block.hang) {
      block.text += ' ' + line.trim();
      continue;
    }
    flush();
    const row = ROW.exec(line);
    if (row) block = { head: row[1] + row[2], hang: displayWidth(row[1] + row[2]), text: row[3] };
    else block = { head: ' '.repeat(indent), hang: indent, text: line.trim() };
  }
  flush();
  return out.join('\n') + '\n';
}
