// Commit inputs, abbreviations, and which reported values count as the expected commit.
import { commitMatches, parseCommit, shortCommit } from '@cib/core/build-info/commit';

const SHA = 'ffac537e6cbbf934b08745a378932722df287a53';

describe('parseCommit', () => {
  test.each([
    [SHA, SHA],
    [SHA.toUpperCase(), SHA],
    ['ffac537', 'ffac537'],
    ['a'.repeat(64), 'a'.repeat(64)],
  ])('%s -> %s', (value, commit) => {
    expect(parseCommit('commit', value)).toBe(commit);
  });

  test.each(['ffac53', 'HEAD', 'main', `${SHA}0`.padEnd(65, '0'), 'g'.repeat(40)])('%s fails naming the input', (v) => {
    expect(() => parseCommit('commit', v)).toThrow(/^Input "commit" is .*expected a commit SHA/);
  });
});

test('shortCommit', () => {
  expect(shortCommit(SHA, 7)).toBe('ffac537');
  expect(shortCommit(SHA, 12)).toBe('ffac537e6cbb');
  expect(shortCommit('abc1234', 12)).toBe('abc1234');
});

describe('commitMatches (min length 7)', () => {
  test.each([
    [SHA, true],
    [SHA.toUpperCase(), true],
    [` ${SHA}\n`, true],
    ['ffac537', true],
    ['ffac537e6c', true],
    ['ffac53', false],
    ['ffac538', false],
    ['', false],
    ['ffac537-dirty', false],
    [`${SHA}00`, false],
  ])('%p -> %p', (seen, matches) => {
    expect(commitMatches(seen, SHA, 7)).toBe(matches);
  });

  test.each([
    [SHA, 'ffac537', true],
    ['ffac537e6c', 'ffac537', true],
    ['ffac537', 'ffac537', true],
    ['ffac53', 'ffac537', false],
    ['0000000' + SHA.slice(7), 'ffac537', false],
  ])('an abbreviated expected commit: %p against %p -> %p', (seen, expected, matches) => {
    expect(commitMatches(seen, expected, 7)).toBe(matches);
  });
});
