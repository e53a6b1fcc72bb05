// Dotted paths into the JSON a deployment answers.
import { isJsonPath, readJsonPath } from '@cib/core/build-info/json-path';

const document = {
  git_commit: 'a',
  build: { git: { commit: 'b' } },
  'dotted.key': 'c',
  builds: [{ commit: 'd' }],
  nothing: null,
};

test.each([
  ['git_commit', 'a'],
  ['build.git.commit', 'b'],
  ['dotted.key', 'c'],
  ['builds.0.commit', 'd'],
  ['builds.1.commit', undefined],
  ['build.missing', undefined],
  ['git_commit.length', undefined],
  ['nothing', null],
  ['toString', undefined],
])('%s -> %p', (path, value) => {
  expect(readJsonPath(document, path)).toBe(value);
});

test.each([
  ['git_commit', true],
  ['a.b.c', true],
  ['', false],
  ['a..b', false],
  ['.a', false],
  ['a b', false],
])('isJsonPath(%p) -> %p', (path, valid) => {
  expect(isJsonPath(path)).toBe(valid);
});
