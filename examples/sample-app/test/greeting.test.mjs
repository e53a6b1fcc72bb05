// The sample application's tests, run on the host with Node's test runner; the demo has them
// write a JUnit XML and an lcov report for quality-gate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { greeting, parseVersionFile } from '../src/greeting.mjs';

test('greets a name with the release', () => {
  assert.equal(greeting('Ada', '1.2.0'), 'Hello, Ada from 1.2.0');
});

test('greets the world when no name is given', () => {
  assert.equal(greeting('  ', '1.2.0'), 'Hello, world from 1.2.0');
  assert.equal(greeting(undefined, '1.2.0'), 'Hello, world from 1.2.0');
});

test('says when a build is a prerelease or a development build', () => {
  assert.equal(greeting('Ada', '1.3.0-rc.1'), 'Hello, Ada from 1.3.0-rc.1 (prerelease)');
  assert.equal(greeting('Ada', 'dev'), 'Hello, Ada (development build)');
});

test('reads the VERSION file an image build writes', () => {
  assert.deepEqual(parseVersionFile('1.2.0 0123456789abcdef0123\n'), { version: '1.2.0', commit: '0123456789ab' });
  assert.deepEqual(parseVersionFile(''), { version: 'dev', commit: 'unknown' });
});
