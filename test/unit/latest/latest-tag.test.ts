// The latest-tag input: a moving tag name, never a version (which is a release's own tag).
import { InputError } from '@cib/core/errors/input-error';
import { parseLatestTag } from '@cib/core/latest/latest-tag';
import { parseTagPrefix } from '@cib/core/version/tag-prefix';

describe('parseLatestTag', () => {
  it.each([
    ['latest', ''],
    ['stable', ''],
    ['edge', 'v'],
    ['nightly-build', ''],
    ['release-candidate', 'release-'],
  ])('%s (tag-prefix %j) is a moving tag', (value, prefix) => {
    expect(parseLatestTag(value, parseTagPrefix(prefix))).toBe(value);
  });

  it.each([
    ['1.0.0', ''],
    ['v1.0.0', ''],
    ['1', ''],
    ['1.2', 'none'],
    ['1.8.7alpha', ''],
    ['1.0.0_build.1', ''],
    ['release-1.0.0', 'release-'],
    ['v2.0.0', 'v'],
  ])('%s (tag-prefix %j) names a version: an input error', (value, prefix) => {
    expect(() => parseLatestTag(value, parseTagPrefix(prefix))).toThrow(InputError);
    expect(() => parseLatestTag(value, parseTagPrefix(prefix))).toThrow(
      /^Input "latest-tag" is ".*": expected a tag name that is not a version, such as latest or stable\. A version tag holds that release/,
    );
  });

  it('a value that is no tag at all says so', () => {
    expect(() => parseLatestTag('lat est', parseTagPrefix(''))).toThrow(
      /^Input "latest-tag" is "lat est": expected an image tag such as latest or stable$/,
    );
  });
});
