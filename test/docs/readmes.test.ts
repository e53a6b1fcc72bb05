// The docs stay true to the code: each action README documents every input of its action.yml
// with that file's default and every output (read from action.yml, so a new input fails here
// until it is documented), has the sections a user looks for, and its examples call our actions
// only with inputs that exist; every relative link in the docs names a file, and every path the
// docs about this repository name exists; every YAML example parses, pins third-party actions to
// a commit SHA, and (completed with a trigger and a runner) passes GitHub's own workflow parser.
// Each check is also shown failing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/runner-harness';
import { cibCommands, refusedCommands } from './cli-commands';
import { headings } from './markdown';
import {
  brokenLinks,
  inputTableFindings,
  missingPaths,
  outputTableFindings,
  readActionSpec,
  workflowParserFindings,
  yamlExampleFindings,
  type ActionSpec,
} from './readme-checks';

const ACTIONS = ['build-info', 'manifest-merge', 'latest-manager', 'multiarch-bake', 'e2c-runner', 'quality-gate'];
const DOCS = [
  'README.md',
  ...ACTIONS.map((action) => `${action}/README.md`),
  'docs/architecture.md',
  'docs/contributing.md',
  'packages/cli/README.md',
];
const text = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');

describe.each(ACTIONS)('%s/README.md', (action) => {
  const readme = text(`${action}/README.md`);
  const spec = readActionSpec(REPO_ROOT, action);

  test('documents every input of action.yml with its default', () => {
    expect(inputTableFindings(readme, spec)).toEqual([]);
  });
  test('documents every output of action.yml', () => {
    expect(outputTableFindings(readme, spec)).toEqual([]);
  });
  test('has usage examples, the permissions it needs and what it does on failure', () => {
    expect(headings(readme)).toEqual(
      expect.arrayContaining(['Usage', 'Inputs', 'Outputs', 'Permissions', 'When it fails']),
    );
    const examples = readme.slice(readme.indexOf('## Usage'), readme.indexOf('## Inputs'));
    expect(examples.match(new RegExp(`uses: org/cib/${action}@v1`, 'g'))?.length ?? 0).toBeGreaterThanOrEqual(2);
  });
});

describe.each(DOCS)('%s', (file) => {
  test('links only to files that exist', () => {
    expect(brokenLinks(REPO_ROOT, file, text(file))).toEqual([]);
  });
  test('has YAML examples that parse, use only declared inputs and outputs, and pin third-party actions', () => {
    expect(yamlExampleFindings(REPO_ROOT, file, text(file))).toEqual([]);
  });
  test('prints only cib commands the CLI accepts', () => {
    expect(refusedCommands(file, text(file))).toEqual([]);
  });
  test("has workflow examples that GitHub's own workflow parser accepts", async () => {
    expect(await workflowParserFindings(file, text(file))).toEqual([]);
  });
});

// The docs about this repository (not the action READMEs, which name paths of the user's repository).
test.each(['README.md', 'docs/architecture.md', 'docs/contributing.md', 'packages/cli/README.md'])(
  '%s names only paths that exist',
  (file) => {
    expect(missingPaths(REPO_ROOT, file, text(file))).toEqual([]);
  },
);

describe('the checks find what they are for', () => {
  const spec: ActionSpec = {
    inputs: { images: { required: true }, 'dry-run': { default: 'false' }, token: { default: '' } },
    outputs: { digest: {} },
  };
  const table = (rows: string) => `## Inputs\n\n| Input | Default | Meaning |\n| - | - | - |\n${rows}\n\n## Next\n`;

  test.each([
    [
      'a missing input',
      '| `images` | required | x |\n| `token` | empty | x |',
      ['input dry-run is not in the Inputs table'],
    ],
    [
      'a default that differs from action.yml',
      '| `images` | required | x |\n| `dry-run` | `true` | x |\n| `token` | empty | x |',
      ['input dry-run: the Default cell "`true`" should start with `false` (action.yml)'],
    ],
    [
      'an input action.yml no longer declares',
      '| `images` | required | x |\n| `dry-run` | `false` | x |\n| `token` | empty | x |\n| `gone` | empty | x |',
      ['the Inputs table names gone, which action.yml does not declare'],
    ],
  ])('inputs: %s', (_case, rows, findings) => {
    expect(inputTableFindings(table(rows), spec)).toEqual(findings);
  });

  test('outputs: a missing output, and one that is gone', () => {
    const readme = '## Outputs\n\n| Output | Meaning |\n| - | - |\n| `old` | x |\n';
    expect(outputTableFindings(readme, spec)).toEqual([
      'output digest is not in the Outputs table',
      'the Outputs table names old, which action.yml does not declare',
    ]);
  });

  test('links: a missing file; links in code and to other sites are not links', () => {
    const markdown = '[a](README.md) [b](docs/nope.md#x) [c](https://example.com) `[d](gone.md)` [e](#top)';
    expect(brokenLinks(REPO_ROOT, 'README.md', markdown)).toEqual(['README.md: the link docs/nope.md names no file']);
  });

  test('paths: one that is gone; relative to the doc, a core area or test support is found', () => {
    const markdown = '`test/support/gone.ts` `src/cli.ts` `runner/inputs.ts` `registry/fault-proxy.ts` `linux/arm64`';
    expect(missingPaths(REPO_ROOT, 'packages/cli/README.md', markdown)).toEqual([
      'packages/cli/README.md: `test/support/gone.ts` names no file or folder of the repository',
    ]);
  });

  test.each([
    ['YAML that does not parse', 'with: [a\n', /Flow sequence|Missing|Unexpected/],
    [
      'an input the action does not declare',
      '- uses: org/cib/latest-manager@v1\n  with: { imagez: x }\n',
      /no input "imagez"/,
    ],
    [
      'an output the action does not declare',
      '- id: m\n  uses: org/cib/manifest-merge@v1\n- run: echo ${{ steps.m.outputs.nope }}\n',
      /no output "nope"/,
    ],
    ['an unpinned third-party action', '- uses: actions/checkout@v6\n', /not pinned to a full commit SHA/],
  ])('YAML examples: %s', (_case, yaml, finding) => {
    const findings = yamlExampleFindings(REPO_ROOT, 'X.md', '```yaml\n' + yaml + '```\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(finding);
  });

  test("workflow examples: GitHub's parser refuses a job that needs one the example does not have", async () => {
    const markdown = '```yaml\njobs:\n  verify:\n    needs: deploy\n    steps:\n      - run: true\n```\n';
    expect((await workflowParserFindings('X.md', markdown)).join('\n')).toMatch(/X\.md:1 .*(?:no dependencies|deploy)/);
  });

  test('cib commands: the ones in code blocks are found; an undeclared flag is refused', () => {
    const markdown =
      "```sh\ndist/cli/cib build-info --json-file '' > out.env # note\n```\n```yaml\n- node -- cib/dist/cli/index.js latest-manager --imagez x\n```\n";
    expect(cibCommands(markdown)).toEqual([
      ['build-info', '--json-file', ''],
      ['latest-manager', '--imagez', 'x'],
    ]);
    expect(refusedCommands('X.md', markdown)).toEqual([
      expect.stringMatching(/^X\.md: cib latest-manager --imagez x: .*imagez/),
    ]);
  });
});
