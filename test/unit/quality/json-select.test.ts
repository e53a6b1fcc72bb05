// The streaming JSON selection every JSON report reader uses (@streamparser/json underneath):
// values at chosen paths with their paths, whatever the chunk boundaries, and malformed JSON as
// an error naming the file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectJson, type JsonPathPart } from '@cib/core/quality/json-select';
import { STREAM_CHUNK_BYTES } from '@cib/core/quality/line-stream';
import { ReportError } from '@cib/core/quality/report-error';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'cib-json-select-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function select(text: string, paths: string[]): Promise<Array<[string, unknown]>> {
  const file = join(dir, `doc-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, text);
  const seen: Array<[string, unknown]> = [];
  await selectJson(file, paths, (value, path: JsonPathPart[]) => seen.push([path.join('.'), value]));
  return seen;
}

const DOC = JSON.stringify({
  skip: { deep: ['a', { b: '}]"\\' }] },
  'we"ird': 1,
  Results: [
    { Target: 'x', Vulnerabilities: [{ id: 1, t: 'a "quoted" ] } text' }, { id: 2 }] },
    { Target: 'y', Vulnerabilities: null },
    { Target: 'z', Vulnerabilities: [] },
  ],
  n: -1.5e3,
});

describe('selectJson', () => {
  it('hands over the selected values with their paths, in document order', async () => {
    expect(await select(DOC, ['$.Results.*.Vulnerabilities.*', '$.Results.*.Target', '$.n'])).toEqual([
      ['Results.0.Target', 'x'],
      ['Results.0.Vulnerabilities.0', { id: 1, t: 'a "quoted" ] } text' }],
      ['Results.0.Vulnerabilities.1', { id: 2 }],
      ['Results.1.Target', 'y'],
      ['Results.2.Target', 'z'],
      ['n', -1500],
    ]);
  });

  it('matches escaped keys by their decoded name', async () => {
    expect(await select(DOC, ['$.we"ird'])).toEqual([['we"ird', 1]]);
  });

  it('decodes characters whose UTF-8 bytes a read chunk cuts in two', async () => {
    // Every offset around the chunk boundary holds part of a multi-byte character somewhere.
    const text = 'é€😀'.repeat(4);
    const pad = 'x'.repeat(STREAM_CHUNK_BYTES - 12);
    const values = [0, 1, 2, 3].map((shift) => `${pad.slice(shift)}${text}`);
    const seen = await select(JSON.stringify({ a: values }), ['$.a.*']);
    expect(seen.map(([, value]) => value)).toEqual(values);
  });

  it.each([
    ['{"a": [1, 2', /the file ends inside the document/],
    ['{"a": "b', /the file ends inside the document/],
    ['{"a" 1}', /Unexpected NUMBER/],
    ['{"a": 1} x', /Unexpected "x"/],
  ])('rejects %j, naming the file', async (text, message) => {
    const error = (await select(text, ['$.a']).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ReportError);
    expect(error.message).toMatch(/doc-\w+\.json: malformed JSON: /);
    expect(error.message).toMatch(message);
  });

  it("passes a reader's own error on unchanged", async () => {
    const file = join(dir, 'reader-error.json');
    writeFileSync(file, DOC);
    const mine = new ReportError(file, 'entry "n" is not what the reader expects');
    await expect(
      selectJson(file, ['$.n'], () => {
        throw mine;
      }),
    ).rejects.toBe(mine);
  });
});
