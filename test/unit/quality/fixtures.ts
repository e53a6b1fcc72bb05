// Where the quality fixtures live and the tools' own totals generate.sh (expected.json) and
// generate-js-tools.sh (expected-js-tools.json) recorded for them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../support/runner-harness';

export const QUALITY_FIXTURES = join(REPO_ROOT, 'test/fixtures/quality');
export const GENERATED = join(QUALITY_FIXTURES, 'generated');
export const HANDWRITTEN = join(QUALITY_FIXTURES, 'handwritten');

export interface ToolTotals {
  tool: string;
  lines?: [number, number];
  branches?: [number, number];
  functions?: [number, number];
  percent?: string;
  tests?: number;
  failures?: number;
  skipped?: number;
  /** ESLint's counts (eslint.sarif). */
  errors?: number;
  warnings?: number;
  suppressed?: number;
  fatal?: number;
}

const expectedFile = (name: string) =>
  JSON.parse(readFileSync(join(GENERATED, name), 'utf8')) as Record<string, ToolTotals>;

export const EXPECTED: Record<string, ToolTotals> = {
  ...expectedFile('expected.json'),
  ...expectedFile('expected-js-tools.json'),
};

export const generated = (name: string): string => join(GENERATED, name);
export const handwritten = (name: string): string => join(HANDWRITTEN, name);
