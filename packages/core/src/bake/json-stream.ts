// Splits buildx's `--progress rawjson` stream into JSON objects. buildx writes each status as a
// pretty-printed object (spanning many lines, not one object a line), so lines cannot be parsed on
// their own: this tracks brace depth outside strings and yields each complete top-level object.
// Text between objects (the final "ERROR: ..." line of a failed build) is kept as plain lines.

export interface JsonStreamSink {
  object(value: unknown): void;
  text(line: string): void;
}

/** A push parser: feed() chunks as they arrive, end() at the end of the stream. */
export class JsonObjectStream {
  private buffer = '';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private outside = '';

  constructor(private readonly sink: JsonStreamSink) {}

  feed(chunk: string): void {
    for (const char of chunk) {
      if (this.depth === 0 && char !== '{') {
        if (char === '\n') this.flushText();
        else this.outside += char;
        continue;
      }
      this.buffer += char;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (char === '\\') this.escaped = true;
        else if (char === '"') this.inString = false;
        continue;
      }
      if (char === '"') this.inString = true;
      else if (char === '{') {
        if (this.depth === 0) this.flushText();
        this.depth++;
      } else if (char === '}') {
        this.depth--;
        if (this.depth === 0) this.flushObject();
      }
    }
  }

  end(): void {
    this.flushText();
    if (this.buffer.trim() !== '') this.sink.text(this.buffer);
    this.buffer = '';
    this.depth = 0;
  }

  private flushObject(): void {
    const text = this.buffer;
    this.buffer = '';
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
