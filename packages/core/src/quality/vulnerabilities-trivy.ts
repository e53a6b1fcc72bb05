// Reads Trivy's JSON report (`trivy image --format json`, schema version 2; also the bare array
// of results older versions wrote): Results[].Vulnerabilities[], and the Misconfigurations[]
// (status FAIL only) and Secrets[] that carry a severity too. Streamed value by value.
import { streamJson, type JsonPathPart } from './json-stream';
import { parseSeverity, type Finding, type FindingSet } from './vulnerability';

const SELECTORS = [
  ['Results', '*', 'Target'],
  ['Results', '*', 'Vulnerabilities', '*'],
  ['Results', '*', 'Misconfigurations', '*'],
  ['Results', '*', 'Secrets', '*'],
  ['*', 'Target'],
  ['*', 'Vulnerabilities', '*'],
  ['*', 'Misconfigurations', '*'],
  ['*', 'Secrets', '*'],
];

type Entry = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Adds every finding of the Trivy report `path` to `findings`. */
export async function readTrivy(path: string, findings: FindingSet): Promise<void> {
  findings.reports.push(path);
  const targets = new Map<string, string>();
  const resultKey = (jsonPath: JsonPathPart[]) => jsonPath.slice(0, jsonPath[0] === 'Results' ? 2 : 1).join('.');
  await streamJson(path, SELECTORS, {
    onValue(jsonPath, value, selector) {
      const parts = SELECTORS[selector];
      if (parts[parts.length - 1] === 'Target') {
        targets.set(resultKey(jsonPath), String(value));
        return;
      }
      const kind = parts[parts.length - 2];
      const entry = value as Entry;
      const target = targets.get(resultKey(jsonPath)) ?? '';
      const base = { severity: parseSeverity(entry.Severity), source: 'trivy' as const, report: path };
      let finding: Finding | undefined;
      if (kind === 'Vulnerabilities') {
        finding = {
          ...base,
          kind: 'vulnerability',
          id: String(entry.VulnerabilityID ?? ''),
          pkg: String(entry.PkgName ?? entry.PkgID ?? target),
          purl: text((entry.PkgIdentifier as Entry | undefined)?.PURL),
          installed: text(entry.InstalledVersion),
          fixed: text(entry.FixedVersion),
          title: text(entry.Title),
        };
      } else if (kind === 'Misconfigurations') {
        if (entry.Status !== undefined && entry.Status !== 'FAIL') return;
        const cause = entry.CauseMetadata as Entry | undefined;
        finding = {
          ...base,
          kind: 'misconfiguration',
          id: String(entry.AVDID ?? entry.ID ?? ''),
          pkg: target,
          title: text(entry.Title),
          file: target || undefined,
          line: typeof cause?.StartLine === 'number' && cause.StartLine > 0 ? cause.StartLine : undefined,
        };
      } else {
        finding = {
          ...base,
          kind: 'secret',
          id: String(entry.RuleID ?? ''),
          pkg: target,
          title: text(entry.Title),
          file: target || undefined,
          line: typeof entry.StartLine === 'number' ? entry.StartLine : undefined,
        };
      }
      findings.add(finding);
    },
  });
}
