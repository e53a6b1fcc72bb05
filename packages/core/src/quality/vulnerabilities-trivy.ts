// Reads Trivy's JSON report (`trivy image --format json`, schema version 2; also the bare array
// of results older versions wrote): Results[].Vulnerabilities[], and the Misconfigurations[]
// (status FAIL only) and Secrets[] that carry a severity too. Streamed one entry at a time
// (json-select.ts); the entry's long description and references are parsed and dropped with it.
import { selectJson, type JsonPathPart } from './json-select';
import type { FindingSet } from './finding-set';
import { parseSeverity, type Finding } from './vulnerability';

const KINDS = ['Vulnerabilities', 'Misconfigurations', 'Secrets'];
/** Schema 2 (`Results: [...]`) and the bare array of results older versions wrote. */
const PATHS = ['$.Results.*.Target', '$.*.Target'];
for (const prefix of ['$.Results.*', '$.*']) for (const kind of KINDS) PATHS.push(`${prefix}.${kind}.*`);

type Entry = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Adds every finding of the Trivy report `path` to `findings`. */
export async function readTrivy(path: string, findings: FindingSet): Promise<void> {
  findings.reports.push(path);
  // Trivy writes a result's Target before its findings (the Go struct's first field); entries
  // met before their result's Target wait for it, so another writer's order loses nothing.
  let result: JsonPathPart | undefined;
  let target: string | undefined;
  let waiting: Array<{ kind: string; entry: Entry }> = [];
  const flush = () => {
    for (const { kind, entry } of waiting) add(kind, entry);
    waiting = [];
  };
  const add = (kind: string, entry: Entry) => {
    const finding = toFinding(kind, entry, target ?? '', path);
    if (finding) findings.add(finding);
  };
  await selectJson(path, PATHS, (value, jsonPath) => {
    // `$.*.…` is for the bare array: an object's other keys are no results.
    if (jsonPath[0] !== 'Results' && typeof jsonPath[0] !== 'number') return;
    const depth = jsonPath[0] === 'Results' ? 2 : 1;
    const index = jsonPath[depth - 1];
    if (index !== result) {
      flush();
      result = index;
      target = undefined;
    }
    if (jsonPath.length === depth + 1) {
      target = String(value);
      flush();
    } else if (value !== null && typeof value === 'object') {
      const kind = String(jsonPath[depth]);
      if (target === undefined) waiting.push({ kind, entry: value as Entry });
      else add(kind, value as Entry);
    }
  });
  flush();
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
      purl: text((entry.PkgIdentifier as Entry | undefined)?.PURL),
      installed: text(entry.InstalledVersion),
      fixed: text(entry.FixedVersion),
      title: text(entry.Title),
    };
  }
  if (kind === 'Misconfigurations') {
    if (entry.Status !== undefined && entry.Status !== 'FAIL') return undefined;
    const startLine = (entry.CauseMetadata as Entry | undefined)?.StartLine;
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
