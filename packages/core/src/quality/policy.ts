// The policy file (.github/quality-gate.yml): the same settings as the inputs, grouped by
// section. It is validated when read (unknown keys, wrong types) and every error points at the
// key and its line. Values are handed on as input strings, so the one input layer
// (runner/inputs.ts) parses both, and an input that is set wins over the file.
import { existsSync, readFileSync } from 'node:fs';
import { CibError, cutForMessage } from '../errors/cib-error';

type Kind = 'number' | 'boolean' | 'list' | 'string' | 'budgets' | 'metrics';

/** policy key path -> the input it stands for, and the kind of value it takes. */
const KEYS: Record<string, { input: string; kind: Kind }> = {
  'coverage.files': { input: 'coverage-files', kind: 'list' },
  'coverage.min-line-coverage': { input: 'min-line-coverage', kind: 'number' },
  'coverage.min-branch-coverage': { input: 'min-branch-coverage', kind: 'number' },
  'coverage.max-coverage-drop': { input: 'max-coverage-drop', kind: 'number' },
  'coverage.min-patch-coverage': { input: 'min-patch-coverage', kind: 'number' },
  'vulnerabilities.files': { input: 'vulnerability-files', kind: 'list' },
  'vulnerabilities.max-critical': { input: 'max-critical', kind: 'number' },
  'vulnerabilities.max-high': { input: 'max-high', kind: 'number' },
  'vulnerabilities.max-medium': { input: 'max-medium', kind: 'number' },
  'vulnerabilities.max-low': { input: 'max-low', kind: 'number' },
  'vulnerabilities.ignore-unfixed': { input: 'ignore-unfixed', kind: 'boolean' },
  'vulnerabilities.ignore-ids': { input: 'ignore-ids', kind: 'list' },
  'vulnerabilities.vex': { input: 'vex', kind: 'list' },
  'vulnerabilities.new-only': { input: 'new-only', kind: 'boolean' },
  'tests.files': { input: 'test-files', kind: 'list' },
  'tests.max-failures': { input: 'max-failures', kind: 'number' },
  'tests.min-tests': { input: 'min-tests', kind: 'number' },
  budgets: { input: 'budgets', kind: 'budgets' },
  metrics: { input: 'metrics', kind: 'metrics' },
  'images.refs': { input: 'images', kind: 'list' },
  'images.max-image-size-mb': { input: 'max-image-size-mb', kind: 'number' },
  'allow-missing': { input: 'allow-missing', kind: 'boolean' },
  'check-name': { input: 'check-name', kind: 'string' },
  report: { input: 'report', kind: 'string' },
  fail: { input: 'fail', kind: 'boolean' },
  baseline: { input: 'baseline', kind: 'string' },
};

const SECTIONS = new Set(['coverage', 'vulnerabilities', 'tests', 'images']);

export const DEFAULT_POLICY_PATH = '.github/quality-gate.yml';

/** A policy file that cannot be used: names the file, the key and its line. */
export class PolicyError extends CibError {
  /** `explicit`: the file the policy input named (not the default path). */
  constructor(file: string, where: string, problem: string, explicit: boolean) {
    super(
      `${explicit ? 'Input "policy", policy file' : 'Policy file'} ${cutForMessage(file, 300)}${where}: ${problem}`,
      {
        hint: 'See quality-gate/README.md ("Policy file") for the keys and their types',
      },
    );
    this.name = 'PolicyError';
  }
}

/** The policy's values by input name, as input strings. */
export type PolicyValues = Map<string, string>;

/** Reads the policy at `path`; `explicit` false means the default path, which may be absent. */
export async function loadPolicy(path: string, explicit: boolean): Promise<PolicyValues> {
  if (!existsSync(path)) {
    if (explicit) throw new PolicyError(path, '', 'the file does not exist', explicit);
    return new Map();
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    // A folder, or a file this user may not read: the input named something that is no policy.
    throw new PolicyError(path, '', `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, explicit);
  }
  const { parseDocument, LineCounter, isMap, isScalar, isSeq } = await import('yaml');
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    throw new PolicyError(
      path,
      `:${lineCounter.linePos(error.pos[0]).line}`,
      `not valid YAML (${error.message.split('\n')[0]})`,
      explicit,
    );
  }
  const values: PolicyValues = new Map();
  if (document.contents === null) return values;
  type Node = NonNullable<typeof document.contents>;
  const lineOf = (node: { range?: [number, number, number] | null } | null | undefined) =>
    node?.range ? `:${lineCounter.linePos(node.range[0]).line}` : '';
  const fail = (node: Parameters<typeof lineOf>[0], key: string, problem: string): never => {
    throw new PolicyError(path, lineOf(node), `${key ? `"${key}" ` : ''}${problem}`, explicit);
  };

  const scalarText = (node: Node, key: string, kind: Kind): string => {
    if (!isScalar(node)) return fail(node, key, `must be a ${kind === 'list' ? 'string or a list' : kind}`);
    const value = node.value;
    if (kind === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) {
      return fail(node, key, `must be a number, not ${JSON.stringify(value)}`);
    }
    if (kind === 'boolean' && typeof value !== 'boolean')
      return fail(node, key, `must be true or false, not ${JSON.stringify(value)}`);
    if (value === null) return '';
    // Scalars only (strings, numbers, booleans): JSON's text for the non-strings is the input's.
    return typeof value === 'string' ? value : JSON.stringify(value);
  };

  const setValue = (key: string, node: Node) => {
    const spec = KEYS[key];
    if (spec.kind === 'list' || spec.kind === 'budgets') {
      const items = isSeq(node)
        ? node.items.map((item) => scalarText(item as Node, key, 'string'))
        : [scalarText(node, key, 'list')];
      values.set(spec.input, items.join('\n'));
    } else if (spec.kind === 'metrics') {
      if (!isMap(node)) return fail(node, key, 'must be a map of name: number');
      const lines = node.items.map(
        (pair) => `${scalarText(pair.key as Node, key, 'string')}=${scalarText(pair.value as Node, key, 'number')}`,
      );
      values.set(spec.input, lines.join('\n'));
    } else values.set(spec.input, scalarText(node, key, spec.kind));
  };

  const walk = (node: Node, prefix: string) => {
    if (!isMap(node))
      return fail(
        node,
        prefix,
        `must be a map of keys${prefix ? '' : ' (coverage, vulnerabilities, tests, budgets, ...)'}`,
      );
    for (const pair of node.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      const key = prefix ? `${prefix}.${name}` : name;
      if (pair.value === null) continue;
      if (!prefix && SECTIONS.has(name)) walk(pair.value, name);
      else if (KEYS[key]) setValue(key, pair.value);
      else {
        const known = Object.keys(KEYS)
          .filter((k) => (prefix ? k.startsWith(`${prefix}.`) : !k.includes('.')))
          .map((k) => k.slice(prefix ? prefix.length + 1 : 0));
        const expected = prefix ? known : [...SECTIONS, ...known];
        fail(pair.key, key, `is not a policy key: expected one of ${expected.join(', ')}`);
      }
    }
  };
  walk(document.contents, '');
  return values;
}

/** The policy key that sets `input` (coverage.min-line-coverage for min-line-coverage). */
export function policyKeyOf(input: string): string | undefined {
  return Object.entries(KEYS).find(([, spec]) => spec.input === input)?.[0];
}
