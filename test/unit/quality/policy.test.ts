// The policy file and the inputs: inputs win, every error points at the key (and its line) or
// the input that was wrong.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGateInputs } from '@cib/core/quality/gate-inputs';
import { loadPolicy, PolicyError } from '@cib/core/quality/policy';
import { inputsFrom } from '@cib/core/runner/inputs';

function policyFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'policy-')), 'quality-gate.yml');
  writeFileSync(file, text);
  return file;
}

const inputs = (values: Record<string, string>) => inputsFrom({ getInput: (name: string) => values[name] ?? '' });

const POLICY = `# the seeds' thresholds
coverage:
  files: [coverage/lcov.info]
  min-line-coverage: 80
vulnerabilities:
  files: trivy.json
  max-critical: 0
  max-high: 5
  ignore-ids: [CVE-1, CVE-2]
tests:
  files:
    - reports/junit-*.xml
budgets:
  - build-seconds<=120
metrics:
  build-seconds: 95
report: status
`;

describe('policy file', () => {
  it('supplies every threshold; inputs win over it', async () => {
    const file = policyFile(POLICY);
    const policy = await loadPolicy(file, true);
    const read = readGateInputs(inputs({ 'min-line-coverage': '90', 'max-high': '' }), policy, file);
    expect(read.request).toMatchObject({
      coverageFiles: ['coverage/lcov.info'],
      minLineCoverage: 90,
      vulnerabilityFiles: ['trivy.json'],
      maxBySeverity: { critical: 0, high: 5 },
      ignoreIds: ['CVE-1', 'CVE-2'],
      testFiles: ['reports/junit-*.xml'],
      budgets: [{ metric: 'build-seconds', operator: '<=', limit: 120 }],
      metrics: new Map([['build-seconds', 95]]),
    });
    expect(read.report).toBe('status');
    expect(read.fail).toBe(true);
    expect(read.checkName).toBe('quality-gate');
  });

  it('is optional at the default path and required when named', async () => {
    expect((await loadPolicy('/nonexistent/.github/quality-gate.yml', false)).size).toBe(0);
    await expect(loadPolicy('/nonexistent/q.yml', true)).rejects.toThrow(
      /^Input "policy", policy file \/nonexistent\/q\.yml: the file does not exist\./,
    );
  });

  it('a folder, or a file that cannot be read, named by the input: a policy error naming the input, not an internal one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'policy-folder-'));
    await expect(loadPolicy(folder, true)).rejects.toThrow(
      new RegExp(`^Input "policy", policy file ${folder}: cannot be read \\(EISDIR\\)`),
    );
    await expect(loadPolicy(folder, true)).rejects.toBeInstanceOf(PolicyError);
  });

  it('a long path is cut in the message', async () => {
    const long = `/nonexistent/${'p'.repeat(5000)}.yml`;
    const message = await loadPolicy(long, true).then(
      () => '',
      (error: Error) => error.message,
    );
    expect(message).toMatch(
      /^Input "policy", policy file \/nonexistent\/p+… \(5017 characters\): the file does not exist/,
    );
    expect(message.length).toBeLessThan(500);
  });

  it.each([
    [
      'an unknown key, with the line and the keys allowed',
      'coverage:\n  min-line: 80\n',
      /:2: "coverage\.min-line" is not a policy key: expected one of files, min-line-coverage/,
    ],
    [
      'an unknown section',
      'coverge:\n  files: x\n',
      /:1: "coverge" is not a policy key: expected one of coverage, vulnerabilities/,
    ],
    [
      'a threshold that is not a number',
      'coverage:\n  min-line-coverage: 80%\n',
      /:2: "coverage\.min-line-coverage" must be a number, not "80%"/,
    ],
    [
      'a boolean that is not one',
      'vulnerabilities:\n  new-only: yes please\n',
      /:2: "vulnerabilities\.new-only" must be true or false/,
    ],
    ['YAML that does not parse', 'coverage: [\n', /:\d+: not valid YAML/],
    ['a section that is not a map', 'tests: 3\n', /:1: "tests" must be a map of keys/],
  ])('reports %s', async (_, text, message) => {
    const file = policyFile(text);
    await expect(loadPolicy(file, true)).rejects.toThrow(message);
  });

  it('a policy value the input layer refuses names the policy key, not an input', async () => {
    const file = policyFile('coverage:\n  min-line-coverage: 150\n');
    const policy = await loadPolicy(file, true);
    expect(() => readGateInputs(inputs({}), policy, file)).toThrow(
      /Policy .*quality-gate\.yml: "coverage\.min-line-coverage" is "150": expected a number from 0 to 100 percent/,
    );
  });
});

describe('quality-gate inputs', () => {
  it.each([
    ['min-line-coverage', 'eighty', /Input "min-line-coverage" is "eighty": expected a number from 0 to 100 percent/],
    ['max-high', '2.5', /Input "max-high" is "2\.5": expected a whole number/],
    ['budgets', 'build-seconds<120', /Input "budgets" is "build-seconds<120": expected name<=number or name>=number/],
    ['metrics', 'build-seconds=fast', /Input "metrics" is "build-seconds=fast": expected name=number/],
    ['report', 'comment', /Input "report" is "comment": expected one of auto, check, status, summary/],
    [
      'images',
      'UPPER/Case',
      /Input "images" is "UPPER\/Case": expected an image reference like ghcr\.io\/org\/app:1\.2\.3\. Here the path component "UPPER" is not valid/,
    ],
    ['check-name', 'x'.repeat(101), /Input "check-name" is "x{101}": expected one line of at most 100 characters/],
    [
      'check-name',
      'quality\ngate',
      /Input "check-name" is "quality\\ngate": expected one line of at most 100 characters/,
    ],
  ])('%s=%j is refused', (name, value, message) => {
    expect(() => readGateInputs(inputs({ [name]: value }), new Map(), 'none')).toThrow(message);
  });

  it('images need max-image-size-mb', () => {
    expect(() => readGateInputs(inputs({ images: 'ghcr.io/o/app:1' }), new Map(), 'none')).toThrow(
      /Input "max-image-size-mb" is empty/,
    );
  });

  it('baseline: cache by default, none, or a file path', () => {
    expect(readGateInputs(inputs({}), new Map(), '').baseline).toEqual({ kind: 'cache' });
    expect(readGateInputs(inputs({ baseline: 'none' }), new Map(), '').baseline).toEqual({ kind: 'none' });
    expect(readGateInputs(inputs({ baseline: 'base.json' }), new Map(), '').baseline).toEqual({
      kind: 'file',
      path: 'base.json',
    });
  });
});
