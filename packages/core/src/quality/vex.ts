// OpenVEX documents: a `not_affected` or `fixed` statement for a vulnerability and a product
// drops the matching findings, and the report lists what it dropped and why. A statement's
// products (and their subcomponents) are package URLs or image references: a package purl
// matches a finding of that package (by purl without version, or by name; with a version only
// that version); a product that is not a package (pkg:oci, pkg:docker, an image reference) is
// the whole image, so the statement covers every package of the report.
import { readFile } from 'node:fs/promises';
import { ReportError } from './report-error';
import type { Finding } from './vulnerability';

export interface VexStatement {
  vulnerability: string;
  aliases: string[];
  status: 'not_affected' | 'fixed';
  justification?: string;
  /** Packages the statement names; empty: the whole product. */
  packages: Array<{ name: string; version?: string; purl?: string }>;
  document: string;
}

interface RawStatement {
  vulnerability?: string | { name?: string; '@id'?: string; aliases?: string[] };
  products?: Array<string | { '@id'?: string; subcomponents?: Array<string | { '@id'?: string }> }>;
  status?: string;
  justification?: string;
}

const WHOLE_IMAGE_TYPES = new Set(['oci', 'docker']);

/** name@version of a package purl; undefined for image purls and anything else. */
function packageFromId(id: string): { name: string; version?: string; purl: string } | undefined {
  const match = /^pkg:([^/]+)\/(.+?)(?:@([^?#]+))?(?:[?#].*)?$/.exec(id);
  if (!match || WHOLE_IMAGE_TYPES.has(match[1].toLowerCase())) return undefined;
  const path = decodeURIComponent(match[2]);
  return {
    name: path.split('/').pop() ?? path,
    version: match[3] && decodeURIComponent(match[3]),
    purl: `pkg:${match[1]}/${match[2]}`,
  };
}

const idOf = (value: string | { '@id'?: string }): string => (typeof value === 'string' ? value : (value['@id'] ?? ''));

/** The not_affected and fixed statements of an OpenVEX document. */
export async function readVex(path: string): Promise<VexStatement[]> {
  let document: { statements?: RawStatement[] };
  try {
    document = JSON.parse(await readFile(path, 'utf8')) as { statements?: RawStatement[] };
  } catch (error) {
    throw new ReportError(path, `not an OpenVEX JSON document: ${(error as Error).message}`);
  }
  if (!Array.isArray(document.statements)) throw new ReportError(path, 'an OpenVEX document needs "statements"');
  const statements: VexStatement[] = [];
  for (const raw of document.statements) {
    if (raw.status !== 'not_affected' && raw.status !== 'fixed') continue;
    const vulnerability =
      typeof raw.vulnerability === 'string'
        ? raw.vulnerability
        : (raw.vulnerability?.name ?? raw.vulnerability?.['@id'] ?? '');
    const aliases = typeof raw.vulnerability === 'object' ? (raw.vulnerability.aliases ?? []) : [];
    const packages: VexStatement['packages'] = [];
    let wholeImage = (raw.products ?? []).length === 0;
    for (const product of raw.products ?? []) {
      const subcomponents = typeof product === 'string' ? [] : (product.subcomponents ?? []);
      const ids = subcomponents.length > 0 ? subcomponents.map(idOf) : [idOf(product)];
      for (const id of ids) {
        const pkg = packageFromId(id);
        if (pkg) packages.push(pkg);
        else wholeImage = true;
      }
    }
    statements.push({
      vulnerability,
      aliases,
      status: raw.status,
      justification: raw.justification,
      packages: wholeImage ? [] : packages,
      document: path,
    });
  }
  return statements;
}

/** The statement that drops `finding`, if any. */
export function vexFor(finding: Finding, statements: readonly VexStatement[]): VexStatement | undefined {
  return statements.find((statement) => {
    if (statement.vulnerability !== finding.id && !statement.aliases.includes(finding.id)) return false;
    if (statement.packages.length === 0) return true;
    return statement.packages.some((pkg) => {
      const findingPurl = finding.purl?.replace(/[@?#].*$/, '');
      const sameName = findingPurl ? findingPurl === pkg.purl || pkg.name === finding.pkg : pkg.name === finding.pkg;
      return sameName && (pkg.version === undefined || pkg.version === finding.installed);
    });
  });
}
