// Report globs: matched files sorted and each once; a glob past 4096 characters is refused naming
// the input (picomatch would throw its own exception past 65,536, an internal error).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '@cib/core/errors/input-error';
import { findReportFiles, staticBase } from '@cib/core/quality/report-files';
import { isDynamicPattern } from 'tinyglobby';

const cwd = mkdtempSync(join(tmpdir(), 'report-files-'));
mkdirSync(join(cwd, 'reports'));
for (const name of ['b.xml', 'a.xml', 'c.json']) writeFileSync(join(cwd, 'reports', name), '<x/>');

test('matches sorted, each once, with unmatched globs listed', async () => {
  const found = await findReportFiles('test-results', ['reports/*.xml', 'reports/a.*', 'none/*.xml'], {
    cwd,
    allowMissing: true,
  });
  expect(found.files).toEqual([join(cwd, 'reports/a.xml'), join(cwd, 'reports/b.xml')]);
  expect(found.unmatched).toEqual(['none/*.xml']);
});

test.each([4097, 70_000])('a glob of %d characters is refused naming the input', async (length) => {
  const glob = `reports/${'*'.repeat(length - 8)}`;
  const finding = findReportFiles('test-results', [glob], { cwd, allowMissing: true });
  await expect(finding).rejects.toBeInstanceOf(InputError);
  await expect(findReportFiles('test-results', [glob], { cwd, allowMissing: true })).rejects.toThrow(
    /^Input "test-results" is "reports\/\*+… \(\d+ characters\)": expected globs of at most 4096 characters each/,
  );
});

test('a glob of 4096 characters is still globbed', async () => {
  const glob = `reports/${'x'.repeat(4088)}`;
  expect((await findReportFiles('test-results', [glob], { cwd, allowMissing: true })).files).toEqual([]);
});

test('absolute globs outside cwd: matched, sorted, unmatched listed (where the walk starts: the staticBase test below)', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'report-files-outside-'));
  mkdirSync(join(outside, 'r1'));
  mkdirSync(join(outside, 'r2'));
  for (const name of ['r1/x.json', 'r1/y.xml', 'r2/x.json']) writeFileSync(join(outside, name), '{}');
  const found = await findReportFiles(
    'vulnerability-files',
    [join(outside, 'r1/x.json'), join(outside, 'r*/*.json'), join(outside, 'r1/*.xml'), join(outside, 'none.json')],
    { cwd, allowMissing: true },
  );
  expect(found.files).toEqual([join(outside, 'r1/x.json'), join(outside, 'r1/y.xml'), join(outside, 'r2/x.json')]);
  expect(found.unmatched).toEqual([join(outside, 'none.json')]);
});

test.each([
  ['/tmp/r/a.json', '/tmp/r', 'a.json'],
  ['/tmp/r/*.json', '/tmp/r', '*.json'],
  ['/tmp/r*/deep/a.json', '/tmp', 'r*/deep/a.json'],
  ['/tmp/**/a.json', '/tmp', '**/a.json'],
  ['/a.json', '/', 'a.json'],
])('the static base of %s is %s', (pattern, base, rest) => {
  expect(staticBase(pattern, isDynamicPattern)).toEqual([base, rest]);
});
