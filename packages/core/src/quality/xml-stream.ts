// Streams an XML report through saxes (loaded lazily: only runs with XML reports pay for it).
// saxes never fetches external entities or DTDs: a DOCTYPE (JaCoCo writes one) is reported and
// ignored, so a report cannot make us read other files or the network. saxes hands over a text or
// CDATA section whole (a 10 MB CDATA message is one 10 MB string for a moment); visitors keep only
// a bounded prefix of it, so memory follows the largest section, never the file.
import { createReadStream } from 'node:fs';
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

/** Reads `file` as XML, calling the visitor; malformed XML is a ReportError with the line. */
export async function streamXml(file: string, visitor: XmlVisitor): Promise<void> {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ xmlns: false, position: true });
  let depth = 0;
  let failure: ReportError | undefined;
  parser.on('error', (error) => {
    failure ??= new ReportError(file, `malformed XML: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`, {
      line: parser.line,
    });
  });
  parser.on('opentag', (tag) => {
    visitor.open({ name: tag.name, attributes: tag.attributes }, depth);
    // saxes sends closetag for self-closing tags too, which restores the depth.
    depth++;
  });
  parser.on('closetag', (tag) => {
    depth--;
    visitor.close(tag.name, depth);
  });
  if (visitor.text) {
    const onText = visitor.text.bind(visitor);
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: STREAM_CHUNK_BYTES });
  for await (const chunk of stream as AsyncIterable<string>) {
    parser.write(chunk);
    if (failure) {
      stream.destroy();
      throw failure;
    }
  }
  parser.close();
  if (failure) throw failure;
}

/** A numeric attribute; undefined when missing or not a number (some producers write NaN). */
export function numberAttribute(element: XmlElement, name: string): number | undefined {
  const value = element.attributes[name];
  if (value === undefined || value.trim() === '') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}
