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
import { type Finding, type FindingSet, type Severity } from './vulnerability';

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
  // Rules and results of the run being read; results are joined when the run is over (a value
  // of the next run arrives, or the file ends), because a producer may write results before the
  // tool section.
  let run: JsonPathPart | undefined;
  let rules: SarifRule[] = [];
  let extensionRules: SarifRule[] = [];
  let results: SarifResult[] = [];
  const endRun = () => {
    for (const result of results) {
      const finding = toFinding(result, rules, extensionRules, path);
      if (finding) findings.add(finding);
    }
    rules = [];
    extensionRules = [];
    results = [];
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
        results.push(result);
      } else if (jsonPath[4] === 'rules') rules.push(value as SarifRule);
      else extensionRules.push(value as SarifRule);
    },
  );
  endRun();
}

function toFinding(
  result: SarifResult,
  rules: SarifRule[],
  extensionRules: SarifRule[],
  report: string,
): Finding | undefined {
  const index = result.ruleIndex ?? result.rule?.index;
  const id = result.ruleId ?? result.rule?.id ?? (index !== undefined ? rules[index]?.id : undefined) ?? '';
  const rule =
    (result.rule === undefined && index !== undefined ? rules[index] : undefined) ??
    rules.find((r) => r.id === id) ??
    extensionRules.find((r) => r.id === id);
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
