// Reads Trivy's JSON report (`trivy image --format json`, schema version 2; also the bare array
// of results older versions wrote): Results[].Vulnerabilities[], and the Misconfigurations[]
// (status FAIL only) and Secrets[] that carry a severity too. Streamed: only the fields a finding
// needs are parsed; the long descriptions and reference lists are skipped as text.
import { streamJson, type JsonPathPart } from './json-stream';
import { parseSeverity, type Finding, type FindingSet } from './vulnerability';

/** The fields read from each entry; the rest (descriptions, references, CVSS) is skipped unparsed. */
const FIELDS: Record<string, string[][]> = {
  Vulnerabilities: [
    ['VulnerabilityID'],
    ['PkgName'],
    ['PkgID'],
    ['PkgIdentifier', 'PURL'],
    ['InstalledVersion'],
    ['FixedVersion'],
    ['Severity'],
    ['Title'],
  ],
  Misconfigurations: [['ID'], ['AVDID'], ['Title'], ['Severity'], ['Status'], ['CauseMetadata', 'StartLine']],
  Secrets: [['RuleID'], ['Title'], ['Severity'], ['StartLine']],
};

/** Schema 2 (`Results: [...]`) and the bare array of results older versions wrote. */
const SELECTORS: string[][] = [
  ['Results', '*', 'Target'],
  ['*', 'Target'],
];
for (const prefix of [['Results', '*'], ['*']]) {
  for (const [kind, fields] of Object.entries(FIELDS)) {
    for (const field of fields) SELECTORS.push([...prefix, kind, '*', ...field]);
  }
}

type Entry = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Adds every finding of the Trivy report `path` to `findings`. */
export async function readTrivy(path: string, findings: FindingSet): Promise<void> {
  findings.reports.push(path);
  const targets = new Map<string, string>();
  const resultKey = (jsonPath: JsonPathPart[]) => jsonPath.slice(0, jsonPath[0] === 'Results' ? 2 : 1).join('.');
  // The fields of the entry being read, by their path inside it ("PkgIdentifier.PURL").
  let entry: Entry = {};
  await streamJson(path, SELECTORS, {
    onValue(jsonPath, value) {
      const depth = jsonPath[0] === 'Results' ? 2 : 1;
      if (jsonPath.length === depth + 1) {
        targets.set(resultKey(jsonPath), String(value));
        return;
      }
      entry[jsonPath.slice(depth + 2).join('.')] = value;
    },
    onClose(jsonPath) {
      const depth = jsonPath[0] === 'Results' ? 2 : 1;
      const kind = jsonPath[depth];
      if (jsonPath.length !== depth + 2 || typeof kind !== 'string' || !(kind in FIELDS)) return;
      const finding = toFinding(kind, entry, targets.get(resultKey(jsonPath)) ?? '', path);
      entry = {};
      if (finding) findings.add(finding);
    },
  });
}

/** The finding an entry of `kind` describes; undefined for a passed misconfiguration check. */
function toFinding(kind: string, entry: Entry, target: string, path: string): Finding | undefined {
  const base = { severity: parseSeverity(entry.Severity), source: 'trivy' as const, report: path };
  if (kind === 'Vulnerabilities') {
    return {
      ...base,
      kind: 'vulnerability',
      id: text(entry.VulnerabilityID) ?? '',
      pkg: text(entry.PkgName) ?? text(entry.PkgID) ?? target,
      purl: text(entry['PkgIdentifier.PURL']),
      installed: text(entry.InstalledVersion),
      fixed: text(entry.FixedVersion),
      title: text(entry.Title),
    };
  }
  if (kind === 'Misconfigurations') {
    if (entry.Status !== undefined && entry.Status !== 'FAIL') return undefined;
    const startLine = entry['CauseMetadata.StartLine'];
    return {
      ...base,
      kind: 'misconfiguration',
      id: text(entry.AVDID) ?? text(entry.ID) ?? '',
      pkg: target,
      title: text(entry.Title),
      file: target || undefined,
      line: typeof startLine === 'number' && startLine > 0 ? startLine : undefined,
    };
  }
  return {
    ...base,
    kind: 'secret',
    id: text(entry.RuleID) ?? '',
    pkg: target,
    title: text(entry.Title),
    file: target || undefined,
    line: typeof entry.StartLine === 'number' ? entry.StartLine : undefined,
  };
}
