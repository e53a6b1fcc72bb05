// Small markdown helpers for job summaries and check-run text.

/** Escapes a value for a markdown table cell. */
export function cell(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null || value === '') return '';
  return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** A markdown table from a header row and data rows. */
export function table(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | undefined | null>>,
): string {
  const line = (cells: ReadonlyArray<string | number | boolean | undefined | null>) =>
    `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}

export function heading(text: string, level = 2): string {
  return `${'#'.repeat(level)} ${text}\n\n`;
}

/** Inline code that survives backticks in the value. */
export function code(value: string): string {
  const fence = value.includes('`') ? '``' : '`';
  return `${fence}${value}${fence}`;
}

/** A fenced block inside a collapsed <details>. */
export function details(summary: string, body: string, language = ''): string {
  return `<details><summary>${summary}</summary>\n\n\`\`\`${language}\n${body}\n\`\`\`\n\n</details>\n\n`;
}
