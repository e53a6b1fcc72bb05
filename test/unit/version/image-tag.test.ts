// The one mapping from a version to an image tag (docker/metadata-action's sanitising, with
// build metadata after `_` as Helm writes it), and back from a tag to the version.
import { isValidTag } from '@cib/core/registry/reference';
import { fixedTagOf, imageTagFor, versionOfTag } from '@cib/core/version/image-tag';
import { isPrerelease, compilePrereleasePattern } from '@cib/core/version/prerelease';

describe('imageTagFor', () => {
  it.each([
    ['1.2.3', '1.2.3'],
    ['v1.2.3', 'v1.2.3'],
    ['1.8.7alpha', '1.8.7alpha'],
    ['1.2.3+build.7', '1.2.3_build.7'],
    ['v1.2.3+build.7', 'v1.2.3_build.7'],
    ['2.0.0-rc.1+sha.5114f85', '2.0.0-rc.1_sha.5114f85'],
    ['1.2.3+build-dev.7', '1.2.3_build-dev.7'],
    ['release/2025.1', 'release-2025.1'],
    ['feature/a b//c', 'feature-a-b-c'],
    ['nightly+x', 'nightly-x'],
    ['.hidden', 'hidden'],
    ['-/-x', 'x'],
    ['+++', ''],
    ['main-ffac537', 'main-ffac537'],
  ])('%s -> %j', (text, tag) => {
    expect(imageTagFor(text)).toBe(tag);
    if (tag) expect(isValidTag(tag)).toBe(true);
  });

  it('cuts to the 128 characters a tag may have', () => {
    const tag = imageTagFor(`feature/${'x'.repeat(200)}`);
    expect(tag).toHaveLength(128);
    expect(isValidTag(tag)).toBe(true);
  });
});

describe('versionOfTag', () => {
  it.each([
    ['1.2.3', '1.2.3', '', ''],
    ['1.2.3_build.7', '1.2.3', '', 'build.7'],
    ['v2.0.0-rc.1_sha.5114f85', '2.0.0', 'rc.1', 'sha.5114f85'],
    ['1.2.3_dev.4', '1.2.3', '', 'dev.4'],
  ])('%s is %s, suffix %j, build %j', (tag, numbers, suffix, build) => {
    const version = versionOfTag(tag);
    expect(version && [`${version.major}.${version.minor}.${version.patch}`, version.suffix, version.build]).toEqual([
      numbers,
      suffix,
      build,
    ]);
  });

  it.each(['latest', 'sha-1a2b3c4', 'my_tag', 'release-2025.1'])('%s names no version', (tag) => {
    expect(versionOfTag(tag)).toBeUndefined();
  });

  it('build metadata never makes a release a prerelease, even when it holds a prerelease word', () => {
    const pattern = compilePrereleasePattern('');
    for (const text of ['1.2.3+dev.7', '1.2.3+pre', '1.2.3+rc.1']) {
      const version = versionOfTag(imageTagFor(text));
      expect(version?.prerelease).toEqual([]);
      expect(isPrerelease(version!, pattern)).toBe(false);
    }
  });

  it('round trip: every version with build metadata maps to a tag that reads back as itself', () => {
    for (const text of ['1.2.3+build.7', 'v1.2.3+b', '1.8.7alpha+x.1', '3+exp.sha.5114f85']) {
      expect(versionOfTag(imageTagFor(text))?.raw.replace('_', '+')).toBe(text);
    }
  });
});

describe('fixedTagOf', () => {
  it.each([
    ['ghcr.io/org/app:1.2.3+build.7', '1.2.3_build.7'],
    ['127.0.0.1:5000/app:release/2025.1', undefined], // the `/` makes it a path: not a tag at all
    ['127.0.0.1:5000/app:v1+x', 'v1_x'],
    ['ghcr.io/org/app:1.2.3', undefined],
    ['ghcr.io/org/app', undefined],
    ['127.0.0.1:5000/app', undefined],
    ['ghcr.io/org/app:+++', undefined],
  ])('%s -> %s', (reference, tag) => {
    expect(fixedTagOf(reference)).toBe(tag);
  });
});
