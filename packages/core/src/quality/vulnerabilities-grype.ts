// Reads Grype's JSON report (`grype -o json`): matches[].vulnerability {id, severity, description,
// fix {state, versions}} and matches[].artifact {name, version, purl, locations}. The same CVE
// comes once per matcher; FindingSet keeps one per package. Streamed: only these fields are
// parsed; match details, CVSS and related vulnerabilities are skipped as text.
import { streamJson } from './json-stream';
import { parseSeverity, type FindingSet } from './vulnerability';

const FIELDS = [
  'vulnerability.id',
  'vulnerability.severity',
  'vulnerability.description',
  'vulnerability.fix.state',
  'vulnerability.fix.versions',
  'artifact.name',
  'artifact.version',
  'artifact.purl',
  'artifact.locations.0.path',
];
const SELECTORS = FIELDS.map((field) => ['matches', '*', ...field.split('.')]);

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Adds every match of the Grype report `path` to `findings`. */
export async function readGrype(path: string, findings: FindingSet): Promise<void> {
  findings.reports.push(path);
  // The fields of the match being read, by their path inside it.
  let match: Record<string, unknown> = {};
  await streamJson(path, SELECTORS, {
    onValue(jsonPath, value) {
      match[jsonPath.slice(2).join('.')] = value;
    },
    onClose(jsonPath) {
      if (jsonPath.length !== 2 || jsonPath[0] !== 'matches') return;
      const versions = match['vulnerability.fix.versions'];
      const fixed =
        match['vulnerability.fix.state'] === 'fixed' && Array.isArray(versions) && versions.length > 0
          ? versions.join(', ')
          : undefined;
      findings.add({
        id: text(match['vulnerability.id']) ?? '',
        pkg: text(match['artifact.name']) ?? '',
        purl: text(match['artifact.purl']),
        installed: text(match['artifact.version']),
        fixed,
        severity: parseSeverity(match['vulnerability.severity']),
        title: text(match['vulnerability.description'])?.split('\n')[0].slice(0, 200),
        file: text(match['artifact.locations.0.path']),
        kind: 'vulnerability',
        source: 'grype',
        report: path,
      });
      match = {};
    },
  });
}
