// Reads the parts of our markdown the docs tests check: fenced code blocks, the table under a
// heading, and relative links. Small on purpose: our READMEs are plain CommonMark written by us,
// so fences, pipe tables and [text](target) links are all there is to find.

export interface CodeBlock {
  lang: string;
  text: string;
  /** 1-based line of the opening fence, for messages. */
  line: number;
}

/** Every fenced code block (```lang ... ```), in order. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\S*)/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]); i++) body.push(lines[i].slice(open[1].length));
    blocks.push({ lang: open[2], text: body.join('\n') + '\n', line: start + 1 });
  }
  return blocks;
}

/** The markdown without its code blocks and inline code, so links shown as code are not links. */
function proseOf(markdown: string): string {
  return markdown.replace(/^\s*```[\s\S]*?^\s*```\s*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Targets of [text](target) links that point into the repository (no scheme, not only #anchor). */
export function relativeLinks(markdown: string): string[] {
  const targets = [...proseOf(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
  return targets.filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith('#')).map((t) => t.split('#')[0]);
}

/** Splits a table row on the pipes that are not escaped (`\|` stays in the cell, unescaped). */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/**
 * The body rows of the first table under the heading `title` (any level), before the next
 * heading of the same or a higher level; undefined when there is no such heading or table.
 */
export function tableUnder(markdown: string, title: string): string[][] | undefined {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#{1,6} /.test(line) && line.replace(/^#+ /, '') === title);
  if (start < 0) return undefined;
  const level = /^#+/.exec(lines[start])![0].length;
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    const heading = /^(#+) /.exec(line);
    if (heading && heading[1].length <= level) break;
    if (line.trim().startsWith('|')) rows.push(cells(line));
    else if (rows.length) break;
  }
  // Header and the |---| separator are not rows.
  return rows.length >= 2 ? rows.slice(2) : undefined;
}

/** The headings of a markdown text, without their #s. */
export function headings(markdown: string): string[] {
  return proseOf(markdown)
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => line.replace(/^#+ /, '').trim());
}
