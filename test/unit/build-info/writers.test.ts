// The three file formats (JSON, JS, dotenv) and the all-or-nothing writer.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { InputError } from '@cib/core/errors/input-error';
import { renderJsonFile, type BuildInfo } from '@cib/core/build-info/record';
import { parseJsGlobal, renderJsFile } from '@cib/core/build-info/js-file';
import { quoteDotenvValue, renderEnvFile } from '@cib/core/build-info/env-file';
import { writeFilesAtomically } from '@cib/core/build-info/write-files';

const info: BuildInfo = {
  version: 'feature-foo-bar-ffac537',
  imageTag: 'feature-foo-bar-ffac537',
  commit: 'ffac537e6cbbf934b08745a378932722df287a53',
  shortCommit: 'ffac537',
  ref: 'refs/heads/feature/Foo_bar',
  buildDate: '2025-09-08T16:32:44Z',
  cacheBust: 'ffac537e6cbbf934b08745a378932722df287a53',
  runId: '1658821493',
  runUrl: 'https://github.com/octo-org/octo-app/actions/runs/1658821493',
  repository: 'octo-org/octo-app',
  repositoryUrl: 'https://github.com/octo-org/octo-app',
};

const record = {
  version: 'feature-foo-bar-ffac537',
  git_commit: 'ffac537e6cbbf934b08745a378932722df287a53',
  git_commit_short: 'ffac537',
  ref: 'refs/heads/feature/Foo_bar',
  build_date: '2025-09-08T16:32:44Z',
  cache_bust: 'ffac537e6cbbf934b08745a378932722df287a53',
  run_id: '1658821493',
  run_url: 'https://github.com/octo-org/octo-app/actions/runs/1658821493',
  repository: 'octo-org/octo-app',
  repository_url: 'https://github.com/octo-org/octo-app',
};

describe('build-info.json', () => {
  test('the record with snake_case keys in a fixed order, indented, final newline', () => {
    const text = renderJsonFile(info);
    expect(JSON.parse(text)).toEqual(record);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(Object.keys(record));
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('build-info.js', () => {
  test('a script that sets window.<global> to the record when a browser runs it', () => {
    const text = renderJsFile(info, 'BUILD_INFO');
    expect(text.startsWith('window.BUILD_INFO = {')).toBe(true);
    expect(text.endsWith('};\n')).toBe(true);
    const window: Record<string, unknown> = {};
    runInNewContext(text, { window });
    expect(window.BUILD_INFO).toEqual(record);
  });

  test('a value cannot close an inline <script> element', () => {
    const text = renderJsFile({ ...info, version: '</script><script>alert(1)//' }, 'X');
    expect(text).not.toContain('</script>');
    const window: Record<string, { version: string }> = {};
    runInNewContext(text, { window });
    expect(window.X.version).toBe('</script><script>alert(1)//');
  });

  test.each(['BUILD_INFO', 'buildInfo', '_x', '$app', 'a1'])('js-global %p is accepted', (name) => {
    expect(parseJsGlobal('js-global', name)).toBe(name);
  });

  test.each(['1abc', 'BUILD-INFO', 'a.b', 'x; alert(1)', 'a b', ''])('js-global %p fails naming the input', (name) => {
    expect(() => parseJsGlobal('js-global', name)).toThrow(/^Input "js-global" .*JavaScript identifier/);
  });
});

describe('dotenv file', () => {
  test('upper-cased record keys, bare values', () => {
    expect(renderEnvFile(info)).toBe(
      [
        'VERSION=feature-foo-bar-ffac537',
        'GIT_COMMIT=ffac537e6cbbf934b08745a378932722df287a53',
        'GIT_COMMIT_SHORT=ffac537',
        'REF=refs/heads/feature/Foo_bar',
        'BUILD_DATE=2025-09-08T16:32:44Z',
        'CACHE_BUST=ffac537e6cbbf934b08745a378932722df287a53',
        'RUN_ID=1658821493',
        'RUN_URL=https://github.com/octo-org/octo-app/actions/runs/1658821493',
        'REPOSITORY=octo-org/octo-app',
        'REPOSITORY_URL=https://github.com/octo-org/octo-app',
      ].join('\n') + '\n',
    );
  });

  test.each([
    ['1.2.3+build.5', '1.2.3+build.5'],
    ['', ''],
    ['with space', "'with space'"],
    ['$HOME', "'$HOME'"],
    ['a#b', "'a#b'"],
    ["it's", `"it's"`],
    [`it's "$x" \`y\` \\`, `"it's \\"\\$x\\" \\\`y\\\` \\\\"`],
  ])('%p is written %s', (value, written) => {
    expect(quoteDotenvValue(value)).toBe(written);
  });

  test('a newline cannot reach the file', () => {
    expect(() => quoteDotenvValue('a\nEVIL=1')).toThrow(/one line/);
  });
});

describe('writeFilesAtomically', () => {
  const fresh = () => mkdtempSync(join(tmpdir(), 'cib-write-'));

  test('writes every file, creating folders, and returns absolute paths', () => {
    const dir = fresh();
    const written = writeFilesAtomically(
      [
        { input: 'json-file', path: 'build-info.json', content: '{}\n' },
        { input: 'js-file', path: 'public/js/build-info.js', content: 'window.X = {};\n' },
      ],
      dir,
    );
    expect(written).toEqual([join(dir, 'build-info.json'), join(dir, 'public/js/build-info.js')]);
    expect(readFileSync(written[1], 'utf8')).toBe('window.X = {};\n');
    expect(readdirSync(dir).sort()).toEqual(['build-info.json', 'public']);
  });

  test('replaces an existing file', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'build-info.json'), 'old');
    writeFilesAtomically([{ input: 'json-file', path: 'build-info.json', content: 'new' }], dir);
    expect(readFileSync(join(dir, 'build-info.json'), 'utf8')).toBe('new');
  });

  test.each([
    [
      'a parent that is a file',
      (dir: string) => writeFileSync(join(dir, 'blocker'), 'x'),
      'blocker/sub/b.env',
      /ENOTDIR|EEXIST/,
    ],
    ['a path that is a folder', (dir: string) => mkdirSync(join(dir, 'folder')), 'folder', /EISDIR/],
  ])('%s: fails naming the input and leaves no file, no folder, no temporary', (_, prepare, badPath, code) => {
    const dir = fresh();
    prepare(dir);
    const before = readdirSync(dir).sort();
    let error: unknown;
    try {
      writeFilesAtomically(
        [
          { input: 'json-file', path: 'build-info.json', content: '{}' },
          { input: 'js-file', path: 'new/deep/b.js', content: 'x' },
          { input: 'env-file', path: badPath, content: 'A=1' },
        ],
        dir,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('env-file');
    expect((error as Error).message).toMatch(/^Input "env-file" is .*a path where a file can be written/);
    expect((error as Error).message).toMatch(code);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(existsSync(join(dir, 'new'))).toBe(false);
  });

  test('two inputs naming one file fail', () => {
    const dir = fresh();
    expect(() =>
      writeFilesAtomically(
        [
          { input: 'json-file', path: 'out/info', content: '{}' },
          { input: 'env-file', path: './out/../out/info', content: 'A=1' },
        ],
        dir,
      ),
    ).toThrow(/^Input "env-file" .*different from the json-file input's/);
    expect(readdirSync(dir)).toEqual([]);
  });

  describe('confined to allowed folders (the workspace and the runner temp under the runner)', () => {
    const setup = () => {
      const root = fresh();
      const workspace = join(root, 'workspace');
      const temp = join(root, 'temp');
      const outside = join(root, 'outside');
      for (const dir of [workspace, temp, outside]) mkdirSync(dir);
      symlinkSync(outside, join(workspace, 'escape'));
      return { workspace, temp, outside };
    };

    test.each([
      ['a path climbing out', '../outside/build.env'],
      ['a deep traversal', '../../../../../../../tmp/cib-should-never-exist.env'],
      ['an absolute path elsewhere', (dirs: { outside: string }) => join(dirs.outside, 'build.env')],
      ['a symlink in the workspace pointing out', 'escape/build.env'],
    ])('%s is refused naming the input, and nothing is written', (_, path) => {
      const dirs = setup();
      const target = typeof path === 'function' ? path(dirs) : path;
      expect(() =>
        writeFilesAtomically(
          [
            { input: 'json-file', path: 'build-info.json', content: '{}' },
            { input: 'env-file', path: target, content: 'A=1' },
          ],
          dirs.workspace,
          [dirs.workspace, dirs.temp],
        ),
      ).toThrow(/^Input "env-file" is .*: expected a path inside .*workspace or .*temp/);
      expect(readdirSync(dirs.workspace)).toEqual(['escape']);
      expect(readdirSync(dirs.outside)).toEqual([]);
      expect(existsSync('/tmp/cib-should-never-exist.env')).toBe(false);
    });

    test('the workspace, its subfolders and the temp folder are fine', () => {
      const dirs = setup();
      const written = writeFilesAtomically(
        [
          { input: 'json-file', path: 'out/build-info.json', content: '{}' },
          { input: 'env-file', path: join(dirs.temp, 'build.env'), content: 'A=1' },
        ],
        dirs.workspace,
        [dirs.workspace, dirs.temp],
      );
      expect(written).toEqual([join(dirs.workspace, 'out/build-info.json'), join(dirs.temp, 'build.env')]);
    });

    test('without allowed folders (the CLI) a path anywhere is written', () => {
      const dirs = setup();
      writeFilesAtomically([{ input: 'env-file', path: '../outside/build.env', content: 'A=1' }], dirs.workspace);
      expect(readFileSync(join(dirs.outside, 'build.env'), 'utf8')).toBe('A=1');
    });
  });
});
