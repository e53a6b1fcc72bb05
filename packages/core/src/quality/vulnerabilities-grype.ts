// Reads Grype's JSON report (`grype -o json`): matches[].vulnerability {id, severity, fix
// {state, versions}} and matches[].artifact {name, version, purl, locations}. The same CVE comes
// once per matcher; FindingSet keeps one per package. Streamed match by match.
import { streamJson } from './json-stream';
import { parseSeverity, type FindingSet } from './vulnerability';

interface GrypeMatch {
  vulnerability?: {
    id?: string;
    severity?: string;
    description?: string;
    fix?: { state?: string; versions?: string[] };
  };
  artifact?: { name?: string; version?: string; purl?: string; locations?: Array<{ path?: string }> };
}

/** Adds every match of the Grype report `path` to `findings`. */
export async function readGrype(path: string, findings: FindingSet): Promise<void> {
  findings.reports.push(path);
  await streamJson(path, [['matches', '*']], {
    onValue(_path, value) {
      const match = value as GrypeMatch;
      const fix = match.vulnerability?.fix;
      const fixed = fix?.state === 'fixed' && fix.versions?.length ? fix.versions.join(', ') : undefined;
      findings.add({
        id: match.vulnerability?.id ?? '',
        pkg: match.artifact?.name ?? '',
        purl: match.artifact?.purl || undefined,
        installed: match.artifact?.version,
        fixed,
        severity: parseSeverity(match.vulnerability?.severity),
        title: match.vulnerability?.description?.split('\n')[0].slice(0, 200) || undefined,
        file: match.artifact?.locations?.[0]?.path,
        kind: 'vulnerability',
        source: 'grype',
        report: path,
      });
    },
  });
}
