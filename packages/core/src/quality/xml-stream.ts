// Streams an XML report through saxes (loaded lazily: only runs with XML reports pay for it).
// saxes never fetches external entities or DTDs: a DOCTYPE (JaCoCo writes one) is reported and
// ignored, so a report cannot make us read other files or the network. saxes would hand over a
// text or CDATA section whole, gathered in one string however long it is (a 25 MB CDATA section
// cost 50 MB); between chunks we hand what it gathered so far to the visitor (textFlush), so
// visitors get long text in pieces, keep only a bounded prefix, and memory never follows a
// section's length.
import { createReadStream } from 'node:fs';
import type { SaxesParser } from 'saxes';
import { reportGcNudge } from '../runtime-memory/gc-nudge';
import { ReportError } from './report-error';
import { STREAM_CHUNK_BYTES } from './line-stream';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
}

export interface XmlVisitor {
  open(element: XmlElement, depth: number): void;
  close(name: string, depth: number): void;
  /** Text or CDATA inside the current element. */
  text?(text: string): void;
}

/**
 * The deepest nesting read. Real reports nest a few levels (JUnit suites in suites, JaCoCo groups
 * in groups: tens at most); every open element costs saxes and the visitors a record, so 100,000
 * levels took 116 MB. Deeper is refused, so memory stays bounded whatever the file.
 */
export const MAX_XML_DEPTH = 1000;

/** Reads `file` as XML, calling the visitor; malformed or too deep XML is a ReportError with the line. */
export async function streamXml(file: string, visitor: XmlVisitor): Promise<void> {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ xmlns: false, position: true });
  let depth = 0;
  let failure: ReportError | undefined;
  parser.on('error', (error) => {
    const problem = error.message.replace(/^[^:]*:\d+:\d+: /, '').replace(/\.$/, '');
    failure ??= new ReportError(file, `malformed XML: ${problem}`, {
      line: parser.line,
      // A DOCTYPE may declare entities (billion laughs, SYSTEM files or URLs): we never expand them.
      hint: /undefined entity/.test(problem)
        ? 'Entities declared in a DOCTYPE are never expanded or fetched: write the text itself, or the five predefined entities (&amp; &lt; &gt; &quot; &apos;)'
        : undefined,
    });
  });
  parser.on('opentag', (tag) => {
    if (failure) return;
    if (depth >= MAX_XML_DEPTH) {
      failure = new ReportError(file, `elements nested more than ${MAX_XML_DEPTH} deep (at <${tag.name}>)`, {
        line: parser.line,
        hint: 'No test or coverage tool nests its report that deep: the file is damaged or was not written by one',
      });
      return;
    }
    visitor.open({ name: tag.name, attributes: tag.attributes }, depth);
    // saxes sends closetag for self-closing tags too, which restores the depth.
    depth++;
  });
  parser.on('closetag', (tag) => {
    if (failure) return;
    depth--;
    visitor.close(tag.name, depth);
  });
  if (visitor.text) {
    const onText = visitor.text.bind(visitor);
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  const nudge = await reportGcNudge();
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: STREAM_CHUNK_BYTES });
  const flush = visitor.text ? textFlush(parser, visitor.text.bind(visitor)) : () => undefined;
  for await (const chunk of stream as AsyncIterable<string>) {
    parser.write(chunk);
    flush();
    // The chunk and the names, attributes and text saxes cut from it are garbage now (gc-nudge.ts).
    nudge.passedBytes(chunk.length);
    if (failure) {
      stream.destroy();
      throw failure;
    }
  }
  parser.close();
  if (failure) throw failure;
}

/** saxes's private parsing state: the text it gathered and the state it is in. */
interface SaxesInside {
  text: string;
  state: number;
}

/** Hand over gathered text once it is this long (a few chunks' worth). */
const FLUSH_TEXT_CHARS = 256 * 1024;

/**
 * saxes has no option to bound the text it gathers before an event, so this reaches into two of
 * its private fields (saxes 6): in its text and CDATA states `text` holds only character data
 * not yet handed over, which may go to the visitor now and be cleared. The state numbers are
 * learnt from a probe parser, not copied; test/unit/quality/xml-stream.test.ts fails if saxes
 * changes this.
 */
function textFlush(parser: SaxesParser, onText: (text: string) => void): () => void {
  const inside = parser as unknown as SaxesInside;
  const textStates = new Set(['<a>x', '<a><![CDATA[x'].map((start) => stateAfter(parser, start)));
  return () => {
    if (inside.text.length >= FLUSH_TEXT_CHARS && textStates.has(inside.state)) {
      onText(inside.text);
      inside.text = '';
    }
  };
}

/** The state a fresh parser like `parser` is in after `start`, with a text handler as ours. */
function stateAfter(parser: SaxesParser, start: string): number {
  const Parser = parser.constructor as new () => SaxesParser;
  const probe = new Parser();
  probe.on('text', () => undefined);
  probe.write(start);
  return (probe as unknown as SaxesInside).state;
}

/** A numeric attribute; undefined when missing or not a number (some producers write NaN). */
export function numberAttribute(element: XmlElement, name: string): number | undefined {
  const value = element.attributes[name];
  if (value === undefined || value.trim() === '') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}
