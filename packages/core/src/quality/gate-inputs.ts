// quality-gate's inputs, read once into a typed request through the one input layer. The input
// source is the action's inputs with the policy file behind them (policy.ts: inputs win); a bad
// value that came from the policy is reported against the policy key, not an input the user
// never wrote.
import { InputError } from '../errors/input-error';
import {
  readBoolean,
  readEnum,
  readImages,
  readKeyValues,
  readLines,
  readNumber,
  readString,
  type ActionInputs,
  type InputName,
} from '../runner/inputs';
import { parseBudgets, parseMetrics } from './budgets';
import type { GateRequest } from './gate';
import { PolicyError, policyKeyOf, type PolicyValues } from './policy';
import { REPORT_MODES, type ReportMode } from './publish';
import type { Severity } from './vulnerability';

/** quality-gate's inputs, under the names its action.yml declares. */
export type QualityGateInputs = ActionInputs<InputName<'quality-gate'>>;
type InputSource = QualityGateInputs;
type Name = InputName<'quality-gate'>;

export type BaselineMode = { kind: 'cache' } | { kind: 'none' } | { kind: 'file'; path: string };

export interface GateInputs {
  request: GateRequest;
  checkName: string;
  report: ReportMode;
  fail: boolean;
  baseline: BaselineMode;
}

function optionalNumber(
  source: InputSource,
  name: Name,
  options: { max?: number; integer: boolean; unit?: string },
): number | undefined {
  if (source.raw(name) === '') return undefined;
  return readNumber(source, name, { fallback: 0, min: 0, ...options });
}

function readBaselineMode(source: InputSource): BaselineMode {
  const value = readString(source, 'baseline', { fallback: 'cache' });
  if (value === 'cache' || value === 'none') return { kind: value };
  return { kind: 'file', path: value };
}

function readAll(source: InputSource): GateInputs {
  const percentOption = { max: 100, integer: false, unit: 'percent' };
  const count = { integer: true };
  const maxBySeverity: Partial<Record<Severity, number>> = {};
  for (const severity of ['critical', 'high', 'medium', 'low'] as const) {
    const limit = optionalNumber(source, `max-${severity}`, count);
    if (limit !== undefined) maxBySeverity[severity] = limit;
  }
  return {
    request: {
      coverageFiles: readLines(source, 'coverage-files'),
      minLineCoverage: optionalNumber(source, 'min-line-coverage', percentOption),
      minBranchCoverage: optionalNumber(source, 'min-branch-coverage', percentOption),
      maxCoverageDrop: optionalNumber(source, 'max-coverage-drop', {
        max: 100,
        integer: false,
        unit: 'percentage points',
      }),
      minPatchCoverage: optionalNumber(source, 'min-patch-coverage', percentOption),
      vulnerabilityFiles: readLines(source, 'vulnerability-files'),
      maxBySeverity,
      ignoreUnfixed: readBoolean(source, 'ignore-unfixed', false),
      ignoreIds: readLines(source, 'ignore-ids'),
      vexFiles: readLines(source, 'vex'),
      newOnly: readBoolean(source, 'new-only', false),
      testFiles: readLines(source, 'test-files'),
      maxFailures: optionalNumber(source, 'max-failures', count),
      minTests: optionalNumber(source, 'min-tests', count),
      metrics: parseMetrics(readKeyValues(source, 'metrics')),
      budgets: parseBudgets(readLines(source, 'budgets')),
      images: source.raw('images') === '' ? [] : readImages(source, 'images', 'source'),
      maxImageSizeMb: optionalNumber(source, 'max-image-size-mb', { integer: false, unit: 'MB' }),
      allowMissing: readBoolean(source, 'allow-missing', false),
    },
    checkName: readCheckName(source),
    report: readEnum(source, 'report', REPORT_MODES, 'auto'),
    fail: readBoolean(source, 'fail', true),
    baseline: readBaselineMode(source),
  };
}

/**
 * Reads every input (`given`: the action's own inputs; `policy`: the policy file's values, by
 * input name).
 * An error in a value the policy supplied names the policy file and key.
 */
export function readGateInputs(given: QualityGateInputs, policy: PolicyValues, policyFile: string): GateInputs {
  const source: InputSource = {
    raw: (name) => {
      const value = given.raw(name);
      return value !== '' ? value : (policy.get(name) ?? '');
    },
    env: given.env,
  };
  try {
    const inputs = readAll(source);
    if (inputs.request.images.length > 0 && inputs.request.maxImageSizeMb === undefined) {
      throw new InputError('max-image-size-mb', '', 'a size in MB when images are given');
    }
    return inputs;
  } catch (error) {
    if (error instanceof InputError && given.raw(error.input as Name) === '' && policy.has(error.input)) {
      const message = error.message.replace(`Input "${error.input}"`, `"${policyKeyOf(error.input)}"`);
      throw new PolicyError(policyFile, '', message, given.raw('policy') !== '');
    }
    throw error;
  }
}

/**
 * The check run's name, which also names the baseline's cache key and the report's file: one line
 * of at most 100 characters (a longer one makes file names the file system refuses).
 */
function readCheckName(source: InputSource): string {
  const name = readString(source, 'check-name', { fallback: 'quality-gate' });
  if (name.length > 100 || /[\r\n]/.test(name))
    throw new InputError('check-name', name, 'one line of at most 100 characters, such as quality-gate');
  return name;
}
