// Dockerfile check results of `call: check`, read from `bake --call check,format=json` (buildx
// >= 0.16, docker/buildx#2556). The JSON form is used because the text form changed between
// releases (buildkit#4992, #5045: rule then description or detail; later a `WARNING: ` prefix and
// a "Check complete, ..." line, docker/buildx#2647), while the JSON has kept one shape:
//   {"group": {...}, "target": {"<name>": {"build": <target>, "check": {
//     "warnings": [{"ruleName", "description", "url", "detail",
//                   "location": {"sourceIndex", "ranges": [{"start": {"line"}, "end": {"line"}}]}}],
//     "sources": [{"filename", "language", "data"}],
//     "buildError": {"message", "location"}?}, "error"?}}}
// (buildx commands/bake.go; buildkit frontend/subrequests/lint/lint.go). Go's encoding/json
// omits zero values there, so a missing `sourceIndex` is 0. buildx exits 1 when any target has
// a warning or an error.
import { posix } from 'node:path';

export interface CheckFinding {
  target: string;
  rule: string;
  message: string;
  url?: string;
  /** The Dockerfile, relative to the working directory when the context is a local folder. */
  file?: string;
  line?: number;
  /** A rule violation, or an error that stopped the check (a Dockerfile that does not parse). */
  level: 'warning' | 'error';
}

interface LintLocation {
  sourceIndex?: number;
  ranges?: Array<{ start?: { line?: number } }>;
}

interface LintResult {
  warnings?: Array<{ ruleName?: string; description?: string; url?: string; detail?: string; location?: LintLocation }>;
  sources?: Array<{ filename?: string }>;
  buildError?: { message?: string; location?: LintLocation };
}

interface CheckOutput {
  target?: Record<
    string,
    { build?: { context?: string; dockerfile?: string }; check?: LintResult & { error?: string } }
  >;
}

/** Where a finding is: the Dockerfile as the repository names it, and the line. */
function place(
  location: LintLocation | undefined,
  sources: LintResult['sources'],
  build: { context?: string; dockerfile?: string } | undefined,
): { file?: string; line?: number } {
  const line = location?.ranges?.[0]?.start?.line;
  const filename = sources?.[location?.sourceIndex ?? 0]?.filename;
  if (!filename) return { line };
  // buildkit names the source by the Dockerfile's base name; bake's dockerfile is relative to
  // the context, so a local context gives the path in the repository.
  const context = build?.context ?? '.';
  const dockerfile = build?.dockerfile ?? 'Dockerfile';
  const local = !/^[a-z]+:\/\//i.test(context) && !context.startsWith('git@') && !posix.isAbsolute(dockerfile);
  const file =
    local && posix.basename(dockerfile) === filename ? posix.normalize(posix.join(context, dockerfile)) : filename;
  return { file, line };
}

/** The findings in `bake --call check,format=json` stdout; undefined when it printed no such JSON. */
export function parseCheckResults(stdout: string): CheckFinding[] | undefined {
  let parsed: CheckOutput;
  try {
    parsed = JSON.parse(stdout) as CheckOutput;
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed.target !== 'object' || !parsed.target) return undefined;
  const findings: CheckFinding[] = [];
  for (const [target, entry] of Object.entries(parsed.target)) {
    const check = entry?.check;
    if (!check) continue;
    for (const warning of check.warnings ?? [])
      findings.push({
        target,
        rule: warning.ruleName ?? 'check',
        message: warning.detail || warning.description || '',
        url: warning.url || undefined,
        level: 'warning',
        ...place(warning.location, check.sources, entry.build),
      });
    const error = check.buildError?.message ?? check.error;
    if (error)
      findings.push({
        target,
        rule: 'BuildError',
        message: error.trim(),
        level: 'error',
        ...place(check.buildError?.location, check.sources, entry.build),
      });
  }
  return findings;
}
