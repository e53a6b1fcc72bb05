// Reads SARIF 2.1.0 (CodeQL, Trivy/Grype --format sarif, ESLint's SARIF formatter, ...). A
// result's severity comes from its rule's `security-severity` property, joined by ruleIndex or
// ruleId, in GitHub's bands: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, below 4.0 low. A
// result without one counts by its level (or the rule's default level, or SARIF's default
// "warning"): error -> high, warning -> medium, note -> low. Not findings: level "none", kinds
// other than "fail" (pass, notApplicable, informational, review, open), results with a non-empty
// `suppressions` array, and tool notifications (invocations[]), which are never results.
// Locations are artifact URIs: `file:` URIs (ESLint's formatter writes absolute ones) become
// paths, relative ones are percent-decoded, so annotations can name the file in the repository.
import { fileURLToPath } from 'node:url';
import { selectJson, type JsonPathPart } from './json-select';
import type { FindingSet } from './finding-set';
import { type Finding, type Severity } from './vulnerability';

interface SarifRule {
  id?: string;
  shortDescription?: { text?: string };
  properties?: Record<string, unknown>;
  defaultConfiguration?: { level?: string };
}

interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  rule?: { id?: string; index?: number };
  level?: string;
  kind?: string;
  suppressions?: unknown[];
  message?: { text?: string };
  locations?: Array<{
    physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } };
  }>;
}

/** GitHub's bands for a security-severity score; undefined when it is not a number. */
export function severityFromScore(score: unknown): Severity | undefined {
  const value =
    typeof score === 'number' ? score : typeof score === 'string' && score.trim() !== '' ? Number(score) : NaN;
  if (!Number.isFinite(value)) return undefined;
  if (value >= 9) return 'critical';
  if (value >= 7) return 'high';
  if (value >= 4) return 'medium';
  return 'low';
}

const LEVELS: Record<string, Severity> = { error: 'high', warning: 'medium', note: 'low' };

/** The path an artifact URI names: a `file:` URI's path, a relative URI percent-decoded. */
export function artifactPath(uri: string): string {
  try {
    return /^file:/i.test(uri) ? fileURLToPath(uri) : decodeURIComponent(uri);
  } catch {
    // A file URI with a host or a stray '%': keep what the report says rather than guess.
    return uri;
  }
}

/** Adds every counted result of the SARIF report `path` to `findings`. */
export async function readSarif(path: string, findings: FindingSet): Promise<void> {
  findings.reports.push(path);
  // Rules and results of the run being read. The tool section (one key of the run, so its rules
  // arrive together) usually comes before the results: then each result is joined as it arrives.
  // Results that come before any rule (SARIF allows any key order) wait until the run is over (a
  // value of the next run arrives, or the file ends). Holding every result of a run until then
  // cost about 1 KB per result: 860 MB for a million.
  let run: JsonPathPart | undefined;
  let rules = new RunRules();
  let early: SarifResult[] = [];
  const add = (result: SarifResult) => {
    const finding = toFinding(result, rules, path);
    if (finding) findings.add(finding);
  };
  const endRun = () => {
    for (const result of early) add(result);
    rules = new RunRules();
    early = [];
  };
  await selectJson(
    path,
    [
      '$.runs.*.tool.driver.rules.*',
      '$.runs.*.results.*',
      // CodeQL keeps query rules in extensions (packs); those are joined by ruleId.
      '$.runs.*.tool.extensions.*.rules.*',
    ],
    (value, jsonPath) => {
      if (jsonPath[1] !== run) {
        endRun();
        run = jsonPath[1];
      }
      if (jsonPath[2] === 'results') {
        const result = value as SarifResult;
        if (result.suppressions && result.suppressions.length > 0) return;
        if (result.kind !== undefined && result.kind !== 'fail') return;
        if (rules.seen) add(result);
        else early.push(result);
      } else if (jsonPath[4] === 'rules') rules.driver.push(value as SarifRule);
      else rules.extensions.push(value as SarifRule);
    },
  );
  endRun();
}

/** One run's rules: the driver's by index, and by id (driver first, then extensions). */
class RunRules {
  readonly driver: SarifRule[] = [];
  readonly extensions: SarifRule[] = [];
  private byId: Map<string, SarifRule> | undefined;

  /** Whether any rule came: the tool section is then read whole (no rule can follow a result). */
  get seen(): boolean {
    return this.driver.length > 0 || this.extensions.length > 0;
  }

  find(id: string): SarifRule | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (const rule of [...this.driver, ...this.extensions])
        if (rule.id !== undefined && !this.byId.has(rule.id)) this.byId.set(rule.id, rule);
    }
    return this.byId.get(id);
  }
}

function toFinding(result: SarifResult, rules: RunRules, report: string): Finding | undefined {
  const index = result.ruleIndex ?? result.rule?.index;
  const id = result.ruleId ?? result.rule?.id ?? (index !== undefined ? rules.driver[index]?.id : undefined) ?? '';
  const rule = (result.rule === undefined && index !== undefined ? rules.driver[index] : undefined) ?? rules.find(id);
  const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
  if (level === 'none') return undefined;
  const severity = severityFromScore(rule?.properties?.['security-severity']) ?? LEVELS[level] ?? 'unknown';
  const location = result.locations?.[0]?.physicalLocation;
  const uri = location?.artifactLocation?.uri;
  const file = uri === undefined ? undefined : artifactPath(uri);
  const line = location?.region?.startLine;
  return {
    id,
    // A SARIF result has no package: its place is what tells two results of one rule apart.
    pkg: file === undefined ? '' : line === undefined ? file : `${file}:${line}`,
    severity,
    title: rule?.shortDescription?.text ?? result.message?.text?.split('\n')[0].slice(0, 200),
    file,
    line,
    kind: 'rule',
    source: 'sarif',
    report,
  };
}
