import { InputError } from '@cib/core/errors/input-error';
import {
  readBoolean,
  readEnum,
  readHttpUrl,
  readKeyValues,
  readList,
  readNumber,
  readString,
  splitList,
} from '@cib/core/runner/inputs';

const given = (values: Record<string, string>) => ({ getInput: (name: string) => values[name] ?? '' });

describe('input readers', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['FALSE', false],
    ['', false],
  ])('reads boolean %j as %j', (value, expected) => {
    expect(readBoolean(given({ push: value }), 'push')).toBe(expected);
  });

  it.each(['yes', '1', 'on', 'tru'])('rejects boolean %j naming the input', (value) => {
    expect(() => readBoolean(given({ push: value }), 'push')).toThrow(
      `Input "push" is "${value}": expected true or false`,
    );
  });

  it('requires a required string and names it', () => {
    expect(() => readString(given({}), 'sources', { required: true })).toThrow(InputError);
    expect(() => readString(given({}), 'sources', { required: true })).toThrow('Input "sources" is empty');
    expect(readString(given({ sources: 'a' }), 'sources', { required: true })).toBe('a');
    expect(readString(given({}), 'format', { fallback: 'oci' })).toBe('oci');
  });

  it('reads an enum or lists what is allowed', () => {
    expect(readEnum(given({ format: 'docker' }), 'format', ['oci', 'docker'], 'oci')).toBe('docker');
    expect(readEnum(given({}), 'format', ['oci', 'docker'], 'oci')).toBe('oci');
    expect(() => readEnum(given({ format: 'OCI' }), 'format', ['oci', 'docker'], 'oci')).toThrow(
      'expected one of oci, docker',
    );
  });

  it.each([
    ['7', 7],
    ['40', 40],
  ])('reads number %j', (value, expected) => {
    expect(readNumber(given({ n: value }), 'n', { fallback: 1, min: 1, max: 40 })).toBe(expected);
  });

  it.each(['0', '41', '7.5', 'seven', '1e3', ' '])('rejects number %j with the range', (value) => {
    const read = () =>
      readNumber(given({ n: value.trim() === '' ? 'x' : value }), 'n', { fallback: 1, min: 1, max: 40 });
    expect(read).toThrow('expected a whole number from 1 to 40');
  });

  it('splits lists on newlines and commas, dropping blanks', () => {
    expect(splitList('a:1, b:2\n\n c:3 ,')).toEqual(['a:1', 'b:2', 'c:3']);
    expect(readList(given({ tags: 'x\ny' }), 'tags')).toEqual(['x', 'y']);
  });

  it('reads key=value lines, keeping = in values, later lines winning', () => {
    const map = readKeyValues(given({ labels: 'a=1\n# comment\nb=x=y\na=2' }), 'labels');
    expect([...map]).toEqual([
      ['a', '2'],
      ['b', 'x=y'],
    ]);
    expect(() => readKeyValues(given({ labels: 'a=1\nnot a pair' }), 'labels')).toThrow('line 2 is not one');
  });

  it('accepts only http(s) URLs', () => {
    expect(readHttpUrl(given({ u: 'https://example.test/build/info' }), 'u')?.host).toBe('example.test');
    expect(readHttpUrl(given({}), 'u')).toBeUndefined();
    for (const bad of ['ftp://x', 'file:///etc/passwd', 'not a url']) {
      expect(() => readHttpUrl(given({ u: bad }), 'u')).toThrow('Input "u"');
    }
  });

  it('shortens huge values and shows control characters in errors', () => {
    const error = new InputError('tags', 'a\nb'.repeat(100_000), 'an image reference');
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toContain('a\\nb');
    expect(error.message).not.toContain('\n');
  });
});
