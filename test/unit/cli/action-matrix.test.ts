// scripts/action-matrix.mjs on a throwaway repository: what it generates from action.yml files, that
// --check fails when either generated file is stale, and that it refuses an action.yml breaking the
// layout conventions.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../support/runner-harness';

const ACTION_YML = `name: demo
description: 'A demo | action'
inputs:
  image-name:
    description: 'The image'
    required: true
  token:
    description: 'A token'
    default: '\${{ github.token }}'
outputs:
  digest:
    description: 'The digest'
runs:
  using: node24
  main: ../dist/demo/main/index.js
  post: ../dist/demo/post/index.js
  post-if: 'failure()'
`;

function fakeRepository(actionYml = ACTION_YML): string {
  const root = mkdtempSync(join(tmpdir(), 'cib-matrix-'));
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'packages/cli/src'), { recursive: true });
  mkdirSync(join(root, 'demo'));
  copyFileSync(join(REPO_ROOT, 'scripts/action-matrix.mjs'), join(root, 'scripts/action-matrix.mjs'));
  copyFileSync(join(REPO_ROOT, '.prettierrc.json'), join(root, '.prettierrc.json'));
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), '{"type":"module"}');
  writeFileSync(join(root, 'demo/action.yml'), actionYml);
  return root;
}

function matrix(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/action-matrix.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/action-matrix.mjs', () => {
  it('generates the matrix and the typed specs from action.yml', () => {
    const root = fakeRepository();
    expect(matrix(root).code).toBe(0);
    const md = readFileSync(join(root, 'action-matrix.md'), 'utf8');
    expect(md).toContain('| [demo](#demo) | A demo \\| action | 2 | 1 | yes (`post-if: failure()`) |');
    expect(md).toContain('| `image-name` |  | yes | The image |');
    expect(md).toContain('| `token` | `${{ github.token }}` | no | A token |');
    expect(md).toContain('| `digest` | The digest |');
    const ts = readFileSync(join(root, 'packages/cli/src/action-specs.generated.ts'), 'utf8');
    expect(ts).toContain("export type ActionName = 'demo';");
    expect(ts).toContain("default: '${{ github.token }}'");
    expect(ts).toContain("postIf: 'failure()'");
    const names = readFileSync(join(root, 'packages/core/src/runner/action-names.generated.ts'), 'utf8');
    expect(names).toContain("demo: 'image-name' | 'token';");
    expect(names).toContain("demo: 'digest';");
    expect(matrix(root, '--check')).toMatchObject({ code: 0 });
  });

  it('--check fails when an input is renamed, naming the input names file too', () => {
    const root = fakeRepository();
    matrix(root);
    writeFileSync(join(root, 'demo/action.yml'), ACTION_YML.replace('image-name:', 'image:'));
    const check = matrix(root, '--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(
      'action-matrix.md, packages/cli/src/action-specs.generated.ts and packages/core/src/runner/action-names.generated.ts are stale',
    );
  });

  it('--check fails, naming the stale files, when an action.yml changed', () => {
    const root = fakeRepository();
    matrix(root);
    writeFileSync(join(root, 'demo/action.yml'), ACTION_YML.replace("'The image'", "'The image to build'"));
    const check = matrix(root, '--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(
      'action-matrix.md and packages/cli/src/action-specs.generated.ts are stale: run "npm run matrix"',
    );
  });

  it.each([
    [
      'another runtime',
      ACTION_YML.replace('using: node24', 'using: node20'),
      'runs.using is "node20", expected node24',
    ],
    [
      'a bundle outside dist/<name>/',
      ACTION_YML.replace('main: ../dist/demo/main/index.js', 'main: index.js'),
      'runs.main is "index.js", expected ../dist/demo/main/index.js',
    ],
    [
      'an input not in kebab-case',
      ACTION_YML.replace('image-name:', 'image_name:'),
      'input "image_name" is not kebab-case',
    ],
  ])('refuses %s', (_, yml, message) => {
    const run = matrix(fakeRepository(yml), '--check');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`demo/action.yml: ${message}`);
  });
});
