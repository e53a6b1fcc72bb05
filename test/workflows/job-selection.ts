// Which jobs of a workflow run for an event, decided as GitHub decides it: each job's `if:`
// evaluated with GitHub's own expression evaluator (@actions/expressions), an `if:` without a
// status function meaning `success() && (...)`, and a job whose needs did not all succeed
// skipped unless its `if:` says always(). Jobs that run are assumed to succeed.
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';
import type { Workflow } from './workflow-checks';

export interface EventContext {
  /** The `github` context: ref, event_name... */
  github: Record<string, string>;
  /** The workflow_call inputs the caller gives; declared defaults fill the rest. */
  inputs?: Record<string, string | boolean>;
}

type Result = 'success' | 'skipped';
const STATUS_FUNCTIONS = /\b(always|success|failure|cancelled)\s*\(/;

function needsOf(job: Workflow['jobs'][string]): string[] {
  return job.needs === undefined ? [] : ([] as string[]).concat(job.needs);
}

function evaluate(condition: string, context: object, needsSucceeded: boolean): boolean {
  const expression = condition.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1');
  const status = (value: boolean) => ({
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(value),
  });
  const functions = [
    { name: 'always', ...status(true) },
    { name: 'success', ...status(needsSucceeded) },
    { name: 'failure', ...status(false) },
    { name: 'cancelled', ...status(false) },
  ];
  const tokens = new Lexer(expression).lex().tokens;
  const tree = new Parser(tokens, ['github', 'inputs', 'needs'], functions).parse();
  const dictionary = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary;
  return truthy(new Evaluator(tree, dictionary, new Map(functions.map((f) => [f.name, f]))).evaluate());
}

/** The names of the jobs that run, in the workflow's order. */
export function jobsThatRun(workflow: Workflow, event: EventContext): string[] {
  const declared = (workflow.on as { workflow_call?: { inputs?: Record<string, { default?: unknown }> } }).workflow_call
    ?.inputs;
  const inputs = Object.fromEntries(Object.entries(declared ?? {}).map(([name, spec]) => [name, spec.default ?? '']));
  Object.assign(inputs, event.inputs);
  const results = new Map<string, Result>();
  const decide = (name: string): Result => {
    const known = results.get(name);
    if (known) return known;
    const job = workflow.jobs[name];
    const needs = needsOf(job);
    const needsContext = Object.fromEntries(needs.map((n) => [n, { result: decide(n), outputs: {} }]));
    const succeeded = needs.every((n) => needsContext[n].result === 'success');
    const condition = job.if === undefined ? 'success()' : String(job.if);
    const withStatus = STATUS_FUNCTIONS.test(condition) ? condition : `success() && (${condition})`;
    const result = evaluate(withStatus, { github: event.github, inputs, needs: needsContext }, succeeded)
      ? 'success'
      : 'skipped';
    results.set(name, result);
    return result;
  };
  return Object.keys(workflow.jobs).filter((name) => decide(name) === 'success');
}
