// GitHub's size limits on what cib writes through the API, applied before sending, so a big
// report is cut with a note instead of refused with a 422:
// - check run `output.summary` and `output.text`: 65,535 BYTES each (the API says "characters",
//   but answers "summary exceeds a maximum bytesize of 65535": github/docs#35252);
// - annotations: 50 per create or update request (more go in further updates); title 255 characters;
// - commit status `description`: 140 characters.

export const CHECK_OUTPUT_MAX_BYTES = 65_535;
export const ANNOTATIONS_PER_REQUEST = 50;
export const ANNOTATION_TITLE_MAX_CHARS = 255;
export const STATUS_DESCRIPTION_MAX_CHARS = 140;

/** `text` cut to `maxBytes` of UTF-8 (never inside a character), ending with `note` when cut. */
export function cutToBytes(text: string, maxBytes: number, note: string): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const room = maxBytes - Buffer.byteLength(note, 'utf8');
  if (room <= 0)
    return Buffer.from(note, 'utf8')
      .subarray(0, maxBytes)
      .toString('utf8')
      .replace(/\uFFFD$/, '');
  // Decoding a cut buffer turns a split last character into U+FFFD: drop it.
  const head = Buffer.from(text, 'utf8')
    .subarray(0, room)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
  return head + note;
}

/** `text` cut to `max` characters (code points), ending with an ellipsis when cut. */
export function cutToChars(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** `items` in consecutive batches of `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
