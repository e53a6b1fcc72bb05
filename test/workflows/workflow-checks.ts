// Static checks of GitHub workflow files (the reusable workflows and the examples): our actions
// are called only with inputs their action.yml declares, every needs.<job>.outputs.<x> names an
// output that job declares, and every third-party action is pinned to a full commit SHA.
// Each check returns its findings as strings, so the tests can also show that it can fail.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
export interface Job {
  if?: string | boolean;
  needs?: string | string[];
  outputs?: Record<string, string>;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
  steps?: Step[];
  permissions?: unknown;
}
export interface Workflow {
  on?: unknown;
  jobs: Record<string, Job>;
  permissions?: unknown;
}

/** Our actions as callers write them: `org/cib/<action>@<ref>` (the README's form) or `./<action>`. */
const OWN_ACTION = /^(?:org\/cib\/|\.\/)([a-z0-9-]+)(?:@[\w.-]+)?$/;
/** Our reusable workflows: `org/cib/.github/workflows/<file>@<ref>` or `./.github/workflows/<file>`. */
const OWN_WORKFLOW = /^(?:org\/cib\/|\.\/)(\.github\/workflows\/[\w.-]+\.ya?ml)(?:@[\w.-]+)?$/;

/** Workflow files: .github/workflows/ and examples/ (the GitLab template left out). */
export function workflowFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
          const path = join(dir, entry.name);
          if (entry.isDirectory()) return entry.name === 'gitlab' ? [] : walk(path);
          return /\.ya?ml$/.test(entry.name) ? [path] : [];
        })
      : [];
  return [...walk('.github/workflows'), ...walk('examples')].sort();
}

export function readWorkflow(text: string): Workflow {
  return parseYaml(text) as Workflow;
}

function actionYml(root: string, action: string): { inputs: string[]; outputs: string[] } | undefined {
  const file = join(root, action, 'action.yml');
  if (!existsSync(file)) return undefined;
  const spec = parseYaml(readFileSync(file, 'utf8')) as { inputs?: object; outputs?: object };
  return { inputs: Object.keys(spec.inputs ?? {}), outputs: Object.keys(spec.outputs ?? {}) };
}

function stepsOf(workflow: Workflow): Array<{ job: string; step: Step }> {
  return Object.entries(workflow.jobs).flatMap(([job, spec]) => (spec.steps ?? []).map((step) => ({ job, step })));
}

/** `with:` keys of our actions that their action.yml (in `root`) does not declare. */
export function unknownActionInputs(root: string, workflow: Workflow): string[] {
  const findings: string[] = [];
  for (const { job, step } of stepsOf(workflow)) {
    const action = step.uses && OWN_ACTION.exec(step.uses)?.[1];
    if (!action) continue;
    const spec = actionYml(root, action);
    if (!spec) {
      findings.push(`${job}: ${step.uses} names no action of this repository (${action}/action.yml)`);
      continue;
    }
    for (const input of Object.keys(step.with ?? {}))
      if (!spec.inputs.includes(input)) findings.push(`${job}: ${action} has no input "${input}"`);
  }
  return findings;
}

/** `steps.<id>.outputs.<x>` of our actions that their action.yml does not declare. */
export function unknownActionOutputs(root: string, workflow: Workflow): string[] {
  const findings: string[] = [];
  for (const [jobName, job] of Object.entries(workflow.jobs)) {
    const text = JSON.stringify(job);
    const ownSteps = new Map<string, string>();
    for (const step of job.steps ?? []) {
      const action = step.uses && OWN_ACTION.exec(step.uses)?.[1];
      if (step.id && action) ownSteps.set(step.id, action);
    }
    for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const action = ownSteps.get(id);
      const spec = action && actionYml(root, action);
      if (spec && !spec.outputs.includes(output))
        findings.push(`${jobName}: steps.${id}.outputs.${output}: ${action} has no output "${output}"`);
    }
  }
  return findings;
}

/** Inputs and secrets a caller passes to our reusable workflows that they do not declare. */
export function unknownWorkflowInputs(root: string, workflow: Workflow): string[] {
  const findings: string[] = [];
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const file = job.uses && OWN_WORKFLOW.exec(job.uses)?.[1];
    if (!file) continue;
    if (!existsSync(join(root, file))) {
      findings.push(`${name}: ${job.uses} names no workflow of this repository`);
      continue;
    }
    const called = readWorkflow(readFileSync(join(root, file), 'utf8'));
    const call = (called.on as { workflow_call?: { inputs?: object; secrets?: object } }).workflow_call ?? {};
    for (const input of Object.keys(job.with ?? {}))
      if (!(input in (call.inputs ?? {}))) findings.push(`${name}: ${file} has no input "${input}"`);
    if (job.secrets !== 'inherit')
      for (const secret of Object.keys(job.secrets ?? {}))
        if (!(secret in (call.secrets ?? {}))) findings.push(`${name}: ${file} has no secret "${secret}"`);
  }
  return findings;
}

/** `needs.<job>.outputs.<x>` where the job is not needed or declares no such output. */
export function unknownNeedsOutputs(workflow: Workflow): string[] {
  const findings: string[] = [];
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const needs = job.needs === undefined ? [] : ([] as string[]).concat(job.needs);
    const { needs: _needs, ...rest } = job;
    for (const [, needed, output] of JSON.stringify(rest).matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      if (!needs.includes(needed)) findings.push(`${name}: needs.${needed} but the job does not need ${needed}`);
      else if (!(output in (workflow.jobs[needed]?.outputs ?? {})))
        findings.push(`${name}: needs.${needed}.outputs.${output}: job ${needed} declares no output "${output}"`);
    }
  }
  return findings;
}

/**
 * Third-party `uses:` lines not pinned to a 40-hex commit SHA with the version in a comment
 * (`uses: owner/repo@<sha> # v1.2.3`). Read from the text: the comment is not in the YAML data.
 */
export function unpinnedActions(text: string): string[] {
  const findings: string[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    const match = /^\s*(?:-\s+)?uses:\s*['"]?([^'"\s#]+)['"]?\s*(#.*)?$/.exec(line);
    if (!match) continue;
    const [, uses, comment] = match;
    if (OWN_ACTION.test(uses) || OWN_WORKFLOW.test(uses) || uses.startsWith('./')) continue;
    if (!/@[0-9a-f]{40}$/.test(uses)) findings.push(`line ${index + 1}: ${uses} is not pinned to a full commit SHA`);
    else if (!/^#\s*v\d/.test(comment ?? ''))
      findings.push(`line ${index + 1}: ${uses} has no version comment (# vX.Y.Z)`);
  }
  return findings;
}
