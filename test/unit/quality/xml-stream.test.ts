// The XML stream under the report readers: long text and CDATA reach the visitor in bounded
// pieces (saxes alone gathers a whole section into one string first, so memory followed the
// longest section), in order and complete, with the elements around them intact; nesting deeper
// than any tool writes is refused, naming the file and line.
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_XML_DEPTH, streamXml } from '@cib/core/quality/xml-stream';
import { ReportError } from '@cib/core/quality/report-error';

const MB = 1024 * 1024;
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'cib-xml-stream-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A document with a 20 MB CDATA section and 20 MB of plain text (with entities), written in pieces. */
async function writeLongSections(path: string): Promise<void> {
  const out = createWriteStream(path);
  const write = (text: string) =>
    new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)));
  await write('<root><cdata><![CDATA[');
  for (let i = 0; i < 20; i++) await write(`${'c'.repeat(MB - 3)}]]x`);
  await write(']]></cdata><text>');
  for (let i = 0; i < 20; i++) await write(`${'t'.repeat(MB - 5)}&amp;`);
  await write('</text><after/></root>');
  await new Promise<void>((resolve) => out.end(resolve));
}

test('20 MB of CDATA and 20 MB of text arrive whole, in pieces of at most a few hundred KB', async () => {
  const file = join(dir, 'long.xml');
  await writeLongSections(file);
  const texts: Record<string, { chars: number; largest: number; head: string; tail: string }> = {};
  const opened: string[] = [];
  let current = '';
  await streamXml(file, {
    open(element) {
      opened.push(element.name);
      current = element.name;
      texts[current] = { chars: 0, largest: 0, head: '', tail: '' };
    },
    close() {},
    text(piece) {
      const seen = texts[current];
      if (seen.chars === 0) seen.head = piece.slice(0, 4);
      seen.chars += piece.length;
      seen.largest = Math.max(seen.largest, piece.length);
      seen.tail = piece.slice(-4);
    },
  });
  expect(opened).toEqual(['root', 'cdata', 'text', 'after']);
  expect(texts.cdata).toMatchObject({ chars: 20 * MB, head: 'cccc', tail: 'c]]x' });
  expect(texts.text).toMatchObject({ chars: 20 * (MB - 4), head: 'tttt', tail: 'ttt&' });
  for (const name of ['cdata', 'text']) expect(texts[name].largest).toBeLessThan(MB);
});

test.each([
  [MAX_XML_DEPTH, true],
  [MAX_XML_DEPTH + 1, false],
])('%i nested elements: read %s, deeper refused naming the file and line', async (depth, read) => {
  const file = join(dir, `deep-${depth}.xml`);
  writeFileSync(file, `<?xml version="1.0"?>\n${'<a>'.repeat(depth)}\n${'</a>'.repeat(depth)}`);
  let deepest = -1;
  const reading = streamXml(file, { open: (_, at) => (deepest = Math.max(deepest, at)), close() {} });
  if (read) {
    await reading;
    expect(deepest).toBe(depth - 1);
  } else {
    const error = await reading.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect(String(error)).toContain(`${file}:2: elements nested more than ${MAX_XML_DEPTH} deep (at <a>)`);
  }
});
