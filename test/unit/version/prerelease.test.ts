import { InputError } from '@cib/core/errors/input-error';
import { compilePrereleasePattern, isPrerelease } from '@cib/core/version/prerelease';
import { parseVersion } from '@cib/core/version/version';

describe('isPrerelease with the default pattern', () => {
  const pattern = compilePrereleasePattern('');
  it.each([
    ['1.8.7alpha', true],
    ['1.8.7-ALPHA.2', true],
    ['1.2.3-Beta', true],
    ['1.2.3rc1', true],
    ['1.2.3-pre', true],
    ['1.2.3-dev.4', true],
    ['1.2.3-test', true],
    ['1.2.3', false],
    ['v1.2.3+rc', false],
    ['1.2.3-hotfix', false],
  ])('%s -> %s', (text, expected) => {
    expect(isPrerelease(parseVersion(text)!, pattern)).toBe(expected);
  });
});

describe('compilePrereleasePattern', () => {
  it('uses a custom pattern case-insensitively', () => {
    const pattern = compilePrereleasePattern('nightly|snapshot');
    expect(isPrerelease(parseVersion('2.0.0-SNAPSHOT')!, pattern)).toBe(true);
    expect(isPrerelease(parseVersion('2.0.0-alpha')!, pattern)).toBe(false);
  });

  it('names the input when the pattern does not compile', () => {
    expect(() => compilePrereleasePattern('alpha|(')).toThrow(InputError);
    expect(() => compilePrereleasePattern('alpha|(')).toThrow(/Input "prerelease-pattern" is "alpha\|\("/);
  });

  it('shows the pattern once: why it does not compile, without repeating it', () => {
    const long = `(${'q'.repeat(5000)}`;
    expect(() => compilePrereleasePattern(long)).toThrow(/: expected a regular expression \(Unterminated group\)$/);
    expect(() => compilePrereleasePattern(long)).not.toThrow(/q{200}/);
  });
});
