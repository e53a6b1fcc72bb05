// cache-bust modes, the literal rule (a bare word must be a mode) and the values they give.
import { InputError } from '@cib/core/errors/input-error';
import { parseCacheBust, resolveCacheBust, type CacheBust } from '@cib/core/build-info/cache-bust';

const SHA = 'ffac537e6cbbf934b08745a378932722df287a53';
const sources = { commit: SHA, runId: '1658821493', runAttempt: '2', now: new Date('2025-09-08T16:32:44.900Z') };

describe('parseCacheBust', () => {
  test.each<[string, CacheBust]>([
    ['', { mode: 'commit' }],
    ['commit', { mode: 'commit' }],
    ['run', { mode: 'run' }],
    ['timestamp', { mode: 'timestamp' }],
    ['literal:nightly', { mode: 'literal', value: 'nightly' }],
    ['literal:commit', { mode: 'literal', value: 'commit' }],
    ['literal:with spaces', { mode: 'literal', value: 'with spaces' }],
    ['v2', { mode: 'literal', value: 'v2' }],
    ['2025.1', { mode: 'literal', value: '2025.1' }],
    ['deps:3', { mode: 'literal', value: 'deps:3' }],
  ])('%p is %p', (value, expected) => {
    expect(parseCacheBust('cache-bust', value)).toEqual(expected);
  });

  test.each([
    ['comit', /Did you mean commit\?/],
    ['Commit', /Did you mean commit\?/],
    ['runs', /Did you mean run\?/],
    ['timestmp', /Did you mean timestamp\?/],
    ['nightly', /write literal:nightly to use it as written/],
    ['no-cache', /write literal:no-cache/],
    ['literal:', /1 to 256 characters/],
    ['a\nb', /one line/],
    [`x${'1'.repeat(300)}`, /1 to 256 characters/],
  ])('%p fails, naming the input (%p)', (value, message) => {
    let error: unknown;
    try {
      parseCacheBust('cache-bust', value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('cache-bust');
    expect((error as Error).message).toMatch(/^Input "cache-bust" is /);
    expect((error as Error).message).toMatch(message);
  });
});

describe('resolveCacheBust', () => {
  test.each<[CacheBust, string]>([
    [{ mode: 'commit' }, SHA],
    [{ mode: 'run' }, '1658821493-2'],
    [{ mode: 'timestamp' }, '1757349164'],
    [{ mode: 'literal', value: 'v2' }, 'v2'],
  ])('%p -> %s', (cacheBust, value) => {
    expect(resolveCacheBust('cache-bust', cacheBust, sources)).toBe(value);
  });

  test('run without a run id (outside CI) fails naming the input', () => {
    expect(() => resolveCacheBust('cache-bust', { mode: 'run' }, { ...sources, runId: '' })).toThrow(
      /Input "cache-bust" is "run".*no run id/,
    );
  });
});
