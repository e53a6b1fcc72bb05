import { compareVersions, floatingTagNames, parseVersion, type Version } from '@cib/core/version/version';

function v(text: string): Version {
  const parsed = parseVersion(text);
  if (!parsed) throw new Error(`test version ${text} does not parse`);
  return parsed;
}

describe('parseVersion', () => {
  it.each([
    ['1.2.3', { major: 1, minor: 2, patch: 3, suffix: '', precision: 3 }],
    ['v1.2.3', { major: 1, minor: 2, patch: 3, suffix: '', precision: 3 }],
    ['V10.0.1', { major: 10, minor: 0, patch: 1, suffix: '', precision: 3 }],
    ['1.8.7alpha', { major: 1, minor: 8, patch: 7, suffix: 'alpha', prerelease: ['alpha'] }],
    ['1.8.7alpha2', { suffix: 'alpha2', prerelease: ['alpha', 2] }],
    ['1.2.3-rc.1', { suffix: 'rc.1', prerelease: ['rc', 1] }],
    ['1.2.3.RC1', { suffix: 'RC1', prerelease: ['rc', 1] }],
    ['1.2.3-0.3.7', { prerelease: [0, 3, 7] }],
    ['1.2.3+build.5', { suffix: '', build: 'build.5' }],
    ['1.2', { major: 1, minor: 2, patch: 0, precision: 2 }],
    ['2', { major: 2, minor: 0, patch: 0, precision: 1 }],
    ['1.2beta', { major: 1, minor: 2, patch: 0, suffix: 'beta', precision: 2 }],
  ])('reads %s', (text, expected) => {
    expect(parseVersion(text)).toMatchObject(expected);
  });

  it.each(['latest', 'main', 'sha-1a2b3c4', '', 'v', '1.2.3.4', '01.2.3', '1.02.3', '1.2.3-', '1.2.3-rc..1', 'x1.2.3'])(
    'refuses %j',
    (text) => {
      expect(parseVersion(text)).toBeUndefined();
    },
  );
});

describe('compareVersions', () => {
  it('orders the seeds release line as sort -V would for releases, with prereleases first', () => {
    const ordered = [
      '1.8.7alpha',
      '1.8.7-beta',
      '1.8.7rc1',
      '1.8.7rc2',
      '1.8.7rc10',
      '1.8.7',
      '1.8.10',
      '1.9.0',
      '2.0.0',
    ];
    const shuffled = [...ordered].reverse();
    shuffled.sort((a, b) => compareVersions(v(a), v(b)));
    expect(shuffled).toEqual(ordered);
  });

  it.each([
    ['1.8.7alpha', '1.8.7', -1],
    ['1.8.7', '1.8.10', -1],
    ['1.8.10', '1.9.0', -1],
    ['v1.2.3', '1.2.3', 0],
    ['1.2', '1.2.0', 0],
    ['1.2.3+a', '1.2.3+b', 0],
    ['1.2.3-rc.1', '1.2.3-rc.1.1', -1],
    ['1.2.3-1', '1.2.3-alpha', -1],
    ['1.2.3-ALPHA', '1.2.3alpha', 0],
    ['2.0.0', '1.99.99', 1],
  ])('%s vs %s -> %i', (a, b, expected) => {
    expect(compareVersions(v(a), v(b))).toBe(expected);
    expect(compareVersions(v(b), v(a))).toBe(-expected || 0);
  });
});

describe('floatingTagNames', () => {
  it.each([
    ['v1.2', ['1', '1.2']],
    ['1.9.1', ['1', '1.9']],
    ['1.8.7alpha', ['1', '1.8']],
  ])('%s -> floating %j', (text, floating) => {
    expect(floatingTagNames(v(text))).toEqual(floating);
  });
});
