// The streaming JSON reader: values at chosen paths, whatever the chunk boundaries.
import { JsonSelectReader, JsonStreamError, type JsonSelector } from '@cib/core/quality/json-stream';

function read(text: string, selectors: JsonSelector[], chunkSize: number): Array<[string, unknown]> {
  const seen: Array<[string, unknown]> = [];
  const reader = new JsonSelectReader(selectors, {
    onValue: (path, value) => seen.push([path.join('.'), value]),
    onClose: (path) => seen.push([`closed ${path.join('.')}`, undefined]),
  });
  for (let i = 0; i < text.length; i += chunkSize) reader.feed(text.slice(i, i + chunkSize));
  reader.end();
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

describe('JsonSelectReader', () => {
  it.each([1, 2, 3, 7, 64, DOC.length])('hands over the selected values, in chunks of %i', (size) => {
    const seen = read(DOC, [['Results', '*', 'Vulnerabilities', '*'], ['Results', '*', 'Target'], ['n']], size);
    expect(seen.filter(([p]) => !p.startsWith('closed'))).toEqual([
      ['Results.0.Target', 'x'],
      ['Results.0.Vulnerabilities.0', { id: 1, t: 'a "quoted" ] } text' }],
      ['Results.0.Vulnerabilities.1', { id: 2 }],
      ['Results.1.Target', 'y'],
      ['Results.2.Target', 'z'],
      ['n', -1500],
    ]);
    expect(seen.filter(([p]) => p.startsWith('closed')).map(([p]) => p)).toEqual([
      'closed Results.0.Vulnerabilities',
      'closed Results.0',
      'closed Results.1',
      'closed Results.2.Vulnerabilities',
      'closed Results.2',
      'closed Results',
      'closed ',
    ]);
  });

  it('matches escaped keys by their decoded name', () => {
    expect(read(DOC, [['we"ird']], 5)).toContainEqual(['we"ird', 1]);
  });

  it.each([
    ['{"a": [1, 2', /cut short/],
    ['{"a" 1}', /Expected ':'/],
    ['{"a": 1} x', /after the JSON value/],
    ['', /No JSON value/],
  ])('rejects %j', (text, message) => {
    expect(() => read(text, [['a']], 4)).toThrow(JsonStreamError);
    expect(() => read(text, [['a']], 4)).toThrow(message);
  });
});
