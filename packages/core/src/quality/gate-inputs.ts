// quality-gate's inputs, read once into a typed request through the one input layer. The input
// source is the action's inputs with the policy file behind them (policy.ts: inputs win); a bad
// value that came from the policy is reported against the policy key, not an input the user
// never wrote.
import { InputError } from '../errors/input-error';
import { MalformedReferenceError, parseReference, type ImageReference } from '../registry/reference';
import { readBoolean, readEnum, readKeyValues, readLines, readNumber, readString } from '../runner/inputs';
import { parseBudgets, parseMetrics } from './budgets';
import type { GateRequest } from './gate';
import { PolicyError, policyKeyOf, type PolicyValues } from './policy';
import { REPORT_MODES, type ReportMode } from './publish';
import type { Severity } from './vulnerability';

type InputSource = { getInput(name: string): string };

export type BaselineMode = { kind: 'cache' } | { kind: 'none' } | { kind: 'file'; path: string };

export interface GateInputs {
  request: GateRequest;
  checkName: string;
  report: ReportMode;
  fail: boolean;
  baseline: BaselineMode;
  githubToken: string;
}

function optionalNumber(
  source: InputSource,
  name: string,
  options: { max?: number; integer: boolean; unit?: string },
): number | undefined {
  if (source.getInput(name) === '') return undefined;
  return readNumber(source, name, { fallback: 0, min: 0, ...options });
}

function readImages(source: InputSource): ImageReference[] {
  return readLines(source, 'images').map((text) => {
    try {
      return parseReference(text);
    } catch (error) {
      if (!(error instanceof MalformedReferenceError)) throw error;
      throw new InputError('images', text, 'image references such as ghcr.io/org/app:1.2.3', `Here ${error.reason}`);
    }
  });
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
      images: readImages(source),
      maxImageSizeMb: optionalNumber(source, 'max-image-size-mb', { integer: false, unit: 'MB' }),
      allowMissing: readBoolean(source, 'allow-missing', false),
    },
    checkName: readString(source, 'check-name', { fallback: 'quality-gate' }),
    report: readEnum(source, 'report', REPORT_MODES, 'auto'),
    fail: readBoolean(source, 'fail', true),
    baseline: readBaselineMode(source),
    githubToken: readString(source, 'github-token'),
  };
}

/**
 * Reads every input (`given`: the action's own inputs; `policy`: the policy file's values).
 * An error in a value the policy supplied names the policy file and key.
 */
export function readGateInputs(given: InputSource, policy: PolicyValues, policyFile: string): GateInputs {
  const source: InputSource = {
    getInput: (name) => {
      const value = given.getInput(name);
      return value !== '' ? value : (policy.get(name) ?? '');
    },
  };
  try {
    const inputs = readAll(source);
    if (inputs.request.images.length > 0 && inputs.request.maxImageSizeMb === undefined) {
      throw new InputError('max-image-size-mb', '', 'a size in MB when images are given');
    }
    return inputs;
  } catch (error) {
    if (error instanceof InputError && given.getInput(error.input) === '' && policy.has(error.input)) {
      const message = error.message.replace(`Input "${error.input}"`, `"${policyKeyOf(error.input)}"`);
      throw new PolicyError(policyFile, '', message);
    }
    throw error;
  }
}
