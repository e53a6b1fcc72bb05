// GitHub drops a step's whole job summary when it passes 1 MiB, so we cut ours before that.

const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const CUT_NOTE = '\n\n> Summary cut: it would have passed the 1 MiB limit of a step summary.\n';

/** What may still be appended after `usedBytes`, cut with a note when it would pass the limit. */
export function limitSummary(
  markdown: string,
  usedBytes: number,
  limit = SUMMARY_LIMIT_BYTES,
): { text: string; bytes: number } {
  const bytes = Buffer.byteLength(markdown, 'utf8');
  if (usedBytes + bytes <= limit) return { text: markdown, bytes };
  const room = limit - usedBytes - Buffer.byteLength(CUT_NOTE, 'utf8');
  if (room <= 0) return { text: '', bytes: 0 };
  const cut = Buffer.from(markdown, 'utf8')
    .subarray(0, room)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
  const text = cut + CUT_NOTE;
  return { text, bytes: Buffer.byteLength(text, 'utf8') };
}
