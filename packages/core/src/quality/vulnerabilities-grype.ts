// Reads Grype's JSON report (`grype -o json`): matches[].vulnerability {id, severity, description,
// fix {state, versions}} and matches[].artifact {name, version, purl, locations}. The same CVE
// comes once per matcher; FindingSet keeps one per package. Streamed one match at a time
// (json-select.ts); its match details, CVSS and related vulnerabilities are dropped with it.
import { selectJson } from './json-select';
import type { FindingSet } from './finding-set';
import { parseSeverity } from './vulnerability';

interface GrypeMatch {
  vulnerability?: {
    id?: unknown;
    severity?: unknown;
    description?: unknown;
    fix?: { state?: unknown; versions?: unknown };
  };
  artifact?: { name?: unknown; version?: unknown; purl?: unknown; locations?: Array<{ path?: unknown }> };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Adds every match of the Grype report `path` to `findings`. */
export async function readGrype(path: string, findings: FindingSet): Promise<void> {
  findings.reports.push(path);
  await selectJson(path, ['$.matches.*'], (value) => {
    const { vulnerability, artifact } = (value ?? {}) as GrypeMatch;
    const versions = vulnerability?.fix?.versions;
    const fixed =
      vulnerability?.fix?.state === 'fixed' && Array.isArray(versions) && versions.length > 0
        ? versions.join(', ')
        : undefined;
    findings.add({
      id: text(vulnerability?.id) ?? '',
      pkg: text(artifact?.name) ?? '',
      purl: text(artifact?.purl),
      installed: text(artifact?.version),
      fixed,
      severity: parseSeverity(vulnerability?.severity),
      title: text(vulnerability?.description)?.split('\n')[0].slice(0, 200),
      file: Array.isArray(artifact?.locations) ? text(artifact.locations[0]?.path) : undefined,
      kind: 'vulnerability',
      source: 'grype',
      report: path,
    });
  });
}
