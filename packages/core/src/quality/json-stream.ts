// A streaming JSON reader that hands over only the values at chosen paths (a Trivy result's
// vulnerabilities, a Grype match, a SARIF result), each parsed with JSON.parse, while everything
// else is skipped without being built. Written by hand because no streaming JSON parser is
// installed (stream-json or @streamparser/json would be the library to use: see the report of
// this work); JSON.parse on a whole 100 MB Trivy report needs several times that in memory.
// Paths use '*' for "any key or index"; a value is either captured (a selector matches it),
// descended into (it is a prefix of a selector) or skipped.
import { createReadStream } from 'node:fs';
import { GcNudge, NUDGE_EVERY_BYTES, prepareGcNudge, REPORT_FULL_EVERY } from '../runtime-memory/gc-nudge';
import { ReportError } from './report-error';
import { STREAM_CHUNK_BYTES } from './line-stream';

export type JsonPathPart = string | number;
/** A selector: keys, indexes written as '*' (or '*' for any key). */
export type JsonSelector = readonly string[];

export interface JsonVisitor {
  /** A value at a path a selector matches, parsed. */
  onValue(path: JsonPathPart[], value: unknown, selector: number): void;
  /** A container the reader descended into has closed (e.g. one SARIF run is complete). */
  onClose?(path: JsonPathPart[]): void;
}

/** Malformed JSON at a character offset. */
export class JsonStreamError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at character ${offset}`);
  }
}

interface Frame {
  array: boolean;
  key: string;
  index: number;
}

const enum Expect {
  Value,
  ValueOrEnd,
  Key,
  KeyOrEnd,
  Colon,
  CommaOrEnd,
  Done,
}

/** Raw mode: inside a value we capture or skip without looking at its structure. */
interface Raw {
  capture: boolean;
  selector: number;
  path: JsonPathPart[];
  kind: 'container' | 'string' | 'scalar';
  depth: number;
  inString: boolean;
  escaped: boolean;
  parts: string[];
}

const WHITESPACE = new Set([32, 9, 10, 13]);

const enum Mode {
  Capture,
  Descend,
  Skip,
}

const NO_PATH: JsonPathPart[] = [];

/** Reads `file`, calling the visitor for every value a selector matches. */
export async function streamJson(file: string, selectors: JsonSelector[], visitor: JsonVisitor): Promise<void> {
  const reader = new JsonSelectReader(selectors, visitor);
  await prepareGcNudge({ capYoungGeneration: true });
  const nudge = new GcNudge(NUDGE_EVERY_BYTES, REPORT_FULL_EVERY);
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: STREAM_CHUNK_BYTES });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      reader.feed(chunk);
      // The chunk and the values cut from it are garbage now (gc-nudge.ts).
      nudge.passedBytes(chunk.length);
    }
    reader.end();
  } catch (error) {
    if (error instanceof JsonStreamError) throw new ReportError(file, `malformed JSON: ${error.message}`);
    throw error;
  }
}

/** The push parser behind streamJson; `feed` chunks in order, then `end`. */
export class JsonSelectReader {
  private readonly frames: Frame[] = [];
  private expect: Expect = Expect.Value;
  private raw: Raw | undefined;
  private keyParts: string[] | undefined;
  private keyEscaped = false;
  private offset = 0;
  private matched = -1;
  private readonly spare: Raw = {
    capture: false,
    selector: -1,
    path: NO_PATH,
    kind: 'scalar',
    depth: 0,
    inString: false,
    escaped: false,
    parts: [],
  };

  constructor(
    private readonly selectors: JsonSelector[],
    private readonly visitor: JsonVisitor,
  ) {}

  feed(text: string): void {
    let i = 0;
    const n = text.length;
    while (i < n) {
      if (this.raw) {
        i = this.scanRaw(text, i);
        continue;
      }
      if (this.keyParts) {
        i = this.scanKey(text, i);
        continue;
      }
      const c = text.charCodeAt(i);
      if (WHITESPACE.has(c)) {
        i++;
        continue;
      }
      i = this.structural(text, i, c);
    }
    if (this.raw?.capture) this.raw.parts.push(this.rawTail(text));
    this.rawStart = 0;
    this.keyStart = 0;
    this.offset += n;
  }

  end(): void {
    if (this.raw?.kind === 'scalar') this.finishRaw('', 0);
    if (this.raw || this.frames.length > 0 || this.keyParts) {
      throw new JsonStreamError('Unexpected end of JSON (the file is cut short)', this.offset);
    }
    if (this.expect !== Expect.Done) throw new JsonStreamError('No JSON value', this.offset);
  }

  private rawStart = 0;
  private keyStart = 0;

  private rawTail(text: string): string {
    return text.slice(this.rawStart);
  }

  private path(): JsonPathPart[] {
    return this.frames.map((f) => (f.array ? f.index : f.key));
  }

  /**
   * What to do with the value starting at the current position, from the frames as they are (no
   * path array: this runs for every value of a 100 MB report). Sets `matched` to the selector.
   */
  private classify(): Mode {
    const frames = this.frames;
    let descend = false;
    for (let s = 0; s < this.selectors.length; s++) {
      const selector = this.selectors[s];
      if (selector.length < frames.length) continue;
      let matches = true;
      for (let d = 0; d < frames.length && matches; d++) {
        const part = selector[d];
        const frame = frames[d];
        matches = part === '*' || (frame.array ? Number(part) === frame.index : part === frame.key);
      }
      if (!matches) continue;
      if (selector.length === frames.length) {
        this.matched = s;
        return Mode.Capture;
      }
      descend = true;
    }
    this.matched = -1;
    return descend ? Mode.Descend : Mode.Skip;
  }

  private structural(text: string, i: number, c: number): number {
    const frame = this.frames[this.frames.length - 1];
    switch (this.expect) {
      case Expect.Value:
      case Expect.ValueOrEnd:
        if (c === 93 /* ] */ && this.expect === Expect.ValueOrEnd) return this.close(i);
        return this.startValue(i, c);
      case Expect.Key:
      case Expect.KeyOrEnd:
        if (c === 125 /* } */ && this.expect === Expect.KeyOrEnd) return this.close(i);
        if (c !== 34) throw new JsonStreamError('Expected a property name', this.offset + i);
        this.keyParts = [];
        this.keyEscaped = false;
        this.keyStart = i + 1;
        return i + 1;
      case Expect.Colon:
        if (c !== 58) throw new JsonStreamError("Expected ':'", this.offset + i);
        this.expect = Expect.Value;
        return i + 1;
      case Expect.CommaOrEnd:
        if (c === 44 /* , */ && frame) {
          if (frame.array) {
            frame.index++;
            this.expect = Expect.Value;
          } else this.expect = Expect.Key;
          return i + 1;
        }
        if ((c === 93 && frame?.array) || (c === 125 && frame && !frame.array)) return this.close(i);
        throw new JsonStreamError(`Unexpected ${JSON.stringify(text[i])}`, this.offset + i);
      default:
        throw new JsonStreamError('Unexpected content after the JSON value', this.offset + i);
    }
  }

  private close(i: number): number {
    // The closing container's own path: without the key or index it was at inside itself.
    if (this.visitor.onClose) {
      const path = this.path().slice(0, -1);
      this.frames.pop();
      this.visitor.onClose(path);
    } else this.frames.pop();
    this.expect = this.frames.length === 0 ? Expect.Done : Expect.CommaOrEnd;
    return i + 1;
  }

  private startValue(i: number, c: number): number {
    const mode = this.classify();
    const container = c === 123 || c === 91;
    if (container && mode === Mode.Descend) {
      const array = c === 91;
      this.frames.push({ array, key: '', index: 0 });
      this.expect = array ? Expect.ValueOrEnd : Expect.KeyOrEnd;
      return i + 1;
    }
    // One Raw reused for every skipped or captured value: most values of a report are skipped.
    const raw = this.spare;
    raw.capture = mode === Mode.Capture;
    raw.selector = this.matched;
    raw.path = raw.capture ? this.path() : NO_PATH;
    raw.kind = container ? 'container' : c === 34 ? 'string' : 'scalar';
    raw.depth = container ? 1 : 0;
    raw.inString = c === 34;
    raw.escaped = false;
    if (raw.parts.length > 0) raw.parts = [];
    this.raw = raw;
    this.rawStart = i;
    return container || c === 34 ? i + 1 : i;
  }

  /** Advances through a raw value; returns where scanning continues. */
  private scanRaw(text: string, i: number): number {
    const raw = this.raw as Raw;
    const n = text.length;
    if (raw.kind === 'scalar') {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 44 || c === 125 || c === 93 || WHITESPACE.has(c)) return this.finishRaw(text, j);
        j++;
      }
      return n;
    }
    let j = i;
    while (j < n) {
      if (raw.inString) {
        if (raw.escaped) {
          raw.escaped = false;
          j++;
          continue;
        }
        const quote = text.indexOf('"', j);
        const slash = text.indexOf('\\', j);
        if (slash !== -1 && (quote === -1 || slash < quote)) {
          raw.escaped = true;
          j = slash + 1;
          continue;
        }
        if (quote === -1) return n;
        raw.inString = false;
        j = quote + 1;
        if (raw.kind === 'string') return this.finishRaw(text, j);
        continue;
      }
      const c = text.charCodeAt(j);
      if (c === 34) raw.inString = true;
      else if (c === 123 || c === 91) raw.depth++;
      else if (c === 125 || c === 93) {
        raw.depth--;
        if (raw.depth === 0) return this.finishRaw(text, j + 1);
      }
      j++;
    }
    return n;
  }

  private finishRaw(text: string, end: number): number {
    const raw = this.raw as Raw;
    this.raw = undefined;
    this.expect = this.frames.length === 0 ? Expect.Done : Expect.CommaOrEnd;
    if (!raw.capture) return end;
    const source = raw.parts.join('') + text.slice(this.rawStart, end);
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      throw new JsonStreamError(`Malformed value at ${raw.path.join('.')}: ${(error as Error).message}`, this.offset);
    }
    this.visitor.onValue(raw.path, value, raw.selector);
    return end;
  }

  private scanKey(text: string, i: number): number {
    const parts = this.keyParts as string[];
    let j = i;
    const n = text.length;
    while (j < n) {
      if (this.keyEscaped) {
        this.keyEscaped = false;
        j++;
        continue;
      }
      const c = text.charCodeAt(j);
      if (c === 92) this.keyEscaped = true;
      else if (c === 34) {
        const rawKey = parts.join('') + text.slice(this.keyStart, j);
        const frame = this.frames[this.frames.length - 1];
        frame.key = rawKey.includes('\\') ? (JSON.parse(`"${rawKey}"`) as string) : rawKey;
        this.keyParts = undefined;
        this.expect = Expect.Colon;
        return j + 1;
      }
      j++;
    }
    parts.push(text.slice(this.keyStart));
    return n;
  }
}
