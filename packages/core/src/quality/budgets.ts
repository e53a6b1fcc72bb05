// Budgets over metrics: `build-seconds<=120` lines checked against `build-seconds=95` metrics
// (multiarch-bake's duration-seconds, or anything a workflow measures).
import { InputError } from '../errors/input-error';

export interface Budget {
  metric: string;
  operator: '<=' | '>=';
  limit: number;
}

const BUDGET = /^([A-Za-z0-9_.\-/]+)\s*(<=|>=)\s*([+-]?(?:\d+\.?\d*|\.\d+))$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/** Parses `name<=value` / `name>=value` lines. */
export function parseBudgets(lines: readonly string[], input = 'budgets'): Budget[] {
  return lines.map((line) => {
    const match = BUDGET.exec(line);
    if (!match) throw new InputError(input, line, 'name<=number or name>=number lines, e.g. build-seconds<=120');
    return { metric: match[1], operator: match[2] as Budget['operator'], limit: Number(match[3]) };
  });
}

/** Metric values from `name=value` pairs; each must be a number. */
export function parseMetrics(pairs: ReadonlyMap<string, string>, input = 'metrics'): Map<string, number> {
  const metrics = new Map<string, number>();
  for (const [name, value] of pairs) {
    if (!NUMBER.test(value))
      throw new InputError(input, `${name}=${value}`, 'name=number lines, e.g. build-seconds=95');
    metrics.set(name, Number(value));
  }
  return metrics;
}

export function withinBudget(value: number, budget: Budget): boolean {
  return budget.operator === '<=' ? value <= budget.limit : value >= budget.limit;
}
