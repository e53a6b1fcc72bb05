// platform-tag-suffix: the per-platform tags manifest-merge joins.
import { InputError } from '@cib/core/errors/input-error';
import { checkTagSuffix, expandTagSuffix, repositoryOf, suffixTag } from '@cib/core/bake/tag-suffix';

test.each([
  ['-{arch}{variant}', 'linux/arm/v7', '-armv7'],
  ['-{arch}{variant}', 'linux/arm64', '-arm64'],
  ['-{os}-{platform}', 'linux/amd64', '-linux-linux-amd64'],
])('expandTagSuffix(%p, %p) = %p', (template, platform, expected) => {
  expect(expandTagSuffix(template, platform)).toBe(expected);
});

test('suffixTag adds to the tag, or to latest when there is none (registry ports are not tags)', () => {
  expect(suffixTag('ghcr.io/o/app:1.2.3', '-arm64')).toBe('ghcr.io/o/app:1.2.3-arm64');
  expect(suffixTag('127.0.0.1:5000/app', '-arm64')).toBe('127.0.0.1:5000/app:latest-arm64');
});

test('repositoryOf drops the tag and digest, not the port', () => {
  expect(repositoryOf('127.0.0.1:5000/o/app:1')).toBe('127.0.0.1:5000/o/app');
  expect(repositoryOf('ghcr.io/o/app@sha256:abc')).toBe('ghcr.io/o/app');
});

test.each([
  ['-{arc}', /\{arc\} is not one/],
  ['-{arch} x', /letters, digits/],
])('checkTagSuffix(%p) fails naming the input', (template, message) => {
  expect(() => checkTagSuffix('platform-tag-suffix', template)).toThrow(InputError);
  expect(() => checkTagSuffix('platform-tag-suffix', template)).toThrow(message);
});
