// runner/stdout.ts: the log goes to fd 1 whole, in order, and falls back to process.stdout (here a
// recording fallback) from the first write fd 1 refuses, with exactly the bytes not yet written.
import { stderrWriter, stdoutWriter } from '@cib/core/runner/stdout';
import { spyOnFd } from '../../support/fd-writes';

const eagain = () => Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' });

afterEach(() => jest.restoreAllMocks());

test('short writes are continued until the whole text is on fd 1', () => {
  const fd1 = spyOnFd(1, (_call, length) => Math.min(length, 3));
  const fallback = jest.fn();
  const write = stdoutWriter(fallback);
  write('::group::Build\n');
  write('é€ done\n');
  fd1.restore();
  expect(fd1.text()).toBe('::group::Build\n' + 'é€ done\n');
  expect(fallback).not.toHaveBeenCalled();
});

test('from the first refused write on, the unwritten bytes and every later text go to the fallback', () => {
  // The second chunk of the second text is refused, in the middle of '€' (3 bytes in UTF-8).
  const fd1 = spyOnFd(1, (call, length) => (call === 0 ? length : call === 1 ? 2 : eagain()));
  const sent: Buffer[] = [];
  const write = stdoutWriter((bytes) => sent.push(Buffer.from(bytes)));
  write('first\n');
  write('a€b\n');
  write('third\n');
  fd1.restore();
  expect(Buffer.concat(fd1.written)).toEqual(Buffer.concat([Buffer.from('first\n'), Buffer.from('a€').subarray(0, 2)]));
  expect(Buffer.concat([...fd1.written, ...sent]).toString('utf8')).toBe('first\na€b\nthird\n');
  expect(sent).toHaveLength(2);
});

test("the CLI's error writer does the same on fd 2, leaving fd 1 alone", () => {
  const fd1 = spyOnFd(1);
  const fd2 = spyOnFd(2, (call) => (call === 0 ? 4 : eagain()));
  const sent: Buffer[] = [];
  const write = stderrWriter((bytes) => sent.push(Buffer.from(bytes)));
  write('cib: no such action\n');
  fd1.restore();
  fd2.restore();
  expect(fd2.text()).toBe('cib:');
  expect(Buffer.concat(sent).toString('utf8')).toBe(' no such action\n');
  expect(fd1.written).toEqual([]);
});
