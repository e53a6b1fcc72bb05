// Checks that keep the READMEs true to the code: each action README's Inputs table names every
// input of its action.yml with that file's default, its Outputs table every output; relative links
// resolve; YAML examples parse, call our actions only with inputs they declare, read only outputs
// they declare, pass our reusable workflows only inputs they declare (the checks of
// test/workflows/workflow-checks.ts, reused), and pin third-party actions. Each check returns
// findings as strings, so the tests can also show it failing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml, parseDocument, stringify } from 'yaml';
import { githubParserErrors } from '../workflows/github-parser';
import {
  unknownActionInputs,
  unknownActionOutputs,
  unknownWorkflowInputs,
  unpinnedActions,
  type Step,
  type Workflow,
} from '../workflows/workflow-checks';
import { codeBlocks, relativeLinks, tableUnder } from './markdown';

export interface ActionSpec {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
}

export function readActionSpec(root: string, action: string): ActionSpec {
  const spec = parseYaml(readFileSync(join(root, action, 'action.yml'), 'utf8')) as Partial<ActionSpec>;
  return { inputs: spec.inputs ?? {}, outputs: spec.outputs ?? {} };
}

/** The names a table row documents: its first cell, one `name` in backticks. */
function rowName(row: string[]): string | undefined {
  return /^`([\w-]+)`$/.exec(row[0] ?? '')?.[1];
}

/** What the Default cell must start with for an input, from action.yml. */
export function expectedDefault(input: { required?: boolean; default?: string }): string {
  if (input.required) return 'required';
  return input.default ? `\`${input.default}\`` : 'empty';
}

/**
 * The Inputs table against action.yml: every input has a row whose Default cell starts with the
 * action.yml default (`value`, `empty`, or `required`), and no row names an input that is gone.
 */
export function inputTableFindings(readme: string, spec: ActionSpec): string[] {
  const rows = tableUnder(readme, 'Inputs');
  if (!rows) return ['no table under an "Inputs" heading'];
  const findings: string[] = [];
  const documented = new Map(rows.flatMap((row) => (rowName(row) ? [[rowName(row)!, row] as const] : [])));
  for (const [name, input] of Object.entries(spec.inputs)) {
    const row = documented.get(name);
    const expected = expectedDefault(input);
    if (!row) findings.push(`input ${name} is not in the Inputs table`);
    else if (!(row[1] ?? '').startsWith(expected))
      findings.push(`input ${name}: the Default cell "${row[1]}" should start with ${expected} (action.yml)`);
  }
  for (const name of documented.keys())
    if (!(name in spec.inputs)) findings.push(`the Inputs table names ${name}, which action.yml does not declare`);
  return findings;
}

/** The Outputs table against action.yml: every output has a row, and no row names one that is gone. */
export function outputTableFindings(readme: string, spec: ActionSpec): string[] {
  const rows = tableUnder(readme, 'Outputs');
  if (!rows) return ['no table under an "Outputs" heading'];
  const names = new Set(rows.map(rowName).filter((name): name is string => name !== undefined));
  return [
    ...Object.keys(spec.outputs)
      .filter((name) => !names.has(name))
      .map((name) => `output ${name} is not in the Outputs table`),
    ...[...names]
      .filter((name) => !(name in spec.outputs))
      .map((name) => `the Outputs table names ${name}, which action.yml does not declare`),
  ];
}

/** Relative links of a markdown file (at `file`, relative to `root`) that name no existing file. */
export function brokenLinks(root: string, file: string, markdown: string): string[] {
  return relativeLinks(markdown)
    .filter((target) => target !== '' && !existsSync(join(root, dirname(file), decodeURI(target))))
    .map((target) => `${file}: the link ${target} names no file`);
}

/**
 * Where the docs name a file or folder of this repository in backticks (`test/support/sshd.ts`,
 * `engine/`): paths with a `/` and a file extension or a trailing `/`. A doc names them relative to
 * the repository, to its own folder, or to the folders it describes (core areas, test support).
 */
const PATH_BASES = ['', 'packages/core/src', 'packages/cli/src', 'test/support', 'test/hardening/support'];

/** Paths a markdown file names in backticks that exist under none of the bases. */
export function missingPaths(root: string, file: string, markdown: string): string[] {
  const named = [...markdown.matchAll(/`([\w.-]+(?:\/[\w.-]+)*(?:\.(?:ts|mjs|cjs|sh|yml|md|json)|\/))`/g)]
    .map((match) => match[1])
    .filter((path) => path.includes('/'));
  const bases = [dirname(file), ...PATH_BASES];
  return [...new Set(named)]
    .filter((path) => !bases.some((base) => existsSync(join(root, base, path))))
    .map((path) => `${file}: \`${path}\` names no file or folder of the repository`);
}

/**
 * A YAML example as a workflow, so the workflow checks can read it: a whole workflow (`jobs:`), one
 * job (`steps:`), a list of steps, or a single step. Anything else (a policy file, GitLab CI) is
 * undefined.
 */
function asWorkflow(data: unknown): Workflow | undefined {
  const isStep = (value: unknown) => typeof value === 'object' && value !== null && 'uses' in value;
  if (Array.isArray(data)) return data.every((s) => typeof s === 'object') ? job(data as Step[]) : undefined;
  if (typeof data !== 'object' || data === null) return undefined;
  if ('jobs' in data) return data as Workflow;
  if ('steps' in data) return { jobs: { example: data as Workflow['jobs'][string] } };
  return isStep(data) ? job([data as Step]) : undefined;
}

function job(steps: Step[]): Workflow {
  return { jobs: { example: { steps } } };
}

/** Findings in the YAML code blocks of a markdown file: parse errors, unknown inputs or outputs, unpinned actions. */
export function yamlExampleFindings(root: string, file: string, markdown: string): string[] {
  const findings: string[] = [];
  for (const block of codeBlocks(markdown).filter((b) => b.lang === 'yaml' || b.lang === 'yml')) {
    const at = `${file}:${block.line}`;
    const document = parseDocument(block.text);
    if (document.errors.length) {
      findings.push(...document.errors.map((error) => `${at}: ${error.message.split('\n')[0]}`));
      continue;
    }
    const workflow = asWorkflow(document.toJS());
    if (workflow)
      findings.push(
        ...[
          ...unknownActionInputs(root, workflow),
          ...unknownActionOutputs(root, workflow),
          ...unknownWorkflowInputs(root, workflow),
        ].map((finding) => `${at}: ${finding}`),
      );
    findings.push(...unpinnedActions(block.text).map((finding) => `${at}: ${finding}`));
  }
  return findings;
}

/**
 * A YAML example completed into a workflow GitHub would run: `on: push` when it names no trigger,
 * and a runner for jobs that name none (a list of steps becomes one such job). Undefined for YAML
 * that is not a workflow or a part of one.
 */
export function runnableWorkflow(data: unknown): Record<string, unknown> | undefined {
  const workflow = asWorkflow(data);
  if (!workflow) return undefined;
  const jobs = Object.fromEntries(
    Object.entries(workflow.jobs).map(([name, job]) => [
      name,
      job.uses !== undefined || 'runs-on' in job ? job : { 'runs-on': 'ubuntu-24.04', ...job },
    ]),
  );
  return { on: workflow.on ?? 'push', ...workflow, jobs };
}

/** What GitHub's workflow parser says about each workflow example of a markdown file, completed. */
export async function workflowParserFindings(file: string, markdown: string): Promise<string[]> {
  const findings: string[] = [];
  for (const block of codeBlocks(markdown).filter((b) => b.lang === 'yaml' || b.lang === 'yml')) {
    const document = parseDocument(block.text);
    const workflow = document.errors.length ? undefined : runnableWorkflow(document.toJS());
    if (!workflow) continue;
    // The parser names the file and the line within the completed workflow in each message.
    findings.push(...(await githubParserErrors(`${file}:${block.line}`, stringify(workflow))));
  }
  return findings;
}
