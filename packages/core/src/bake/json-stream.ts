// Splits buildx's `--progress rawjson` stream into JSON objects. buildx writes each status as a
// pretty-printed object (spanning many lines, not one object a line), so lines cannot be parsed on
// their own: this tracks brace depth outside strings and yields each complete top-level object.
// Text between objects (the final "ERROR: ..." line of a failed build) is kept as plain lines.
// Not @streamparser/json (quality-gate's reader): it refuses the plain text buildx mixes in, and
// parses every value where only whole objects are needed.
// It jumps from one structural character to the next (regex and indexOf) and copies whole
// slices: the stream is parsed once per run, before the JIT warms up, where a loop over every
// character cost ~20 ms for the ~40 KB of a cached two-platform build.

export interface JsonStreamSink {
  object(value: unknown): void;
  text(line: string): void;
}

/** Inside a string: its end or an escape. */
const STRING_STOP = /["\\]/g;
/** Inside an object, outside strings: what changes the state. */
const STRUCTURE = /["{}]/g;

/** A push parser: feed() chunks as they arrive, end() at the end of the stream. */
export class JsonObjectStream {
  /** The current object's text from earlier chunks. */
  private buffer = '';
  private depth = 0;
  private inString = false;
  /** A backslash ended the last chunk inside a string: the next character is escaped. */
  private escaped = false;
  private outside = '';

  constructor(private readonly sink: JsonStreamSink) {}

  feed(chunk: string): void {
    let i = 0;
    // Where the current object's text starts in this chunk (it may have begun in an earlier one).
    let start = 0;
    while (i < chunk.length) {
      if (this.depth === 0) {
        const brace = chunk.indexOf('{', i);
        const newline = chunk.indexOf('\n', i);
        if (newline !== -1 && (brace === -1 || newline < brace)) {
          this.outside += chunk.slice(i, newline);
          this.flushText();
          i = newline + 1;
          continue;
        }
        if (brace === -1) {
          this.outside += chunk.slice(i);
          return;
        }
        this.outside += chunk.slice(i, brace);
        this.flushText();
        this.depth = 1;
        start = brace;
        i = brace + 1;
        continue;
      }
      if (this.escaped) {
        this.escaped = false;
        i++;
        continue;
      }
      const pattern = this.inString ? STRING_STOP : STRUCTURE;
      pattern.lastIndex = i;
      const match = pattern.exec(chunk);
      if (!match) break;
      const at = match.index;
      const char = chunk[at];
      i = at + 1;
      if (this.inString) {
        if (char === '\\') this.escaped = true;
        else this.inString = false;
      } else if (char === '"') this.inString = true;
      else if (char === '{') this.depth++;
      else if (--this.depth === 0) {
        this.flushObject(this.buffer + chunk.slice(start, i));
        this.buffer = '';
      }
    }
    if (this.depth > 0) this.buffer += chunk.slice(start);
  }

  end(): void {
    this.flushText();
    if (this.buffer.trim() !== '') this.sink.text(this.buffer);
    this.buffer = '';
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
  }

  private flushObject(text: string): void {
    try {
      this.sink.object(JSON.parse(text));
    } catch {
      this.sink.text(text);
    }
  }

  private flushText(): void {
    if (this.outside.trim() !== '') this.sink.text(this.outside.trim());
    this.outside = '';
  }
}
