// Where the verdict goes: a check run on the commit (report: check), a commit status (status),
// or only the job summary (summary). `auto` tries a check run, then a commit status, then falls
// back to the summary alone, saying why: a fork's pull request gets a read-only GITHUB_TOKEN,
// and a personal access token cannot create check runs (both answer 403).
import { CibError } from '../errors/cib-error';
import type { Log } from '../runner/runtime';
import type { GithubRepository, NewAnnotation } from '../github/repository';
import type { Conclusion } from './rules';

export const REPORT_MODES = ['auto', 'check', 'status', 'summary'] as const;
export type ReportMode = (typeof REPORT_MODES)[number];

/** The GitHub calls the gate makes (GithubRepository has them). */
export type GateGithubPort = Pick<GithubRepository, 'createCheckRun' | 'createCommitStatus'>;

export interface Verdict {
  checkName: string;
  sha: string;
  conclusion: Conclusion;
  title: string;
  summary: string;
  text?: string;
  annotations: NewAnnotation[];
  detailsUrl?: string;
}

export interface Publication {
  via: 'check' | 'status' | 'summary';
  /** Why the verdict went to a lesser place than asked for. */
  reason?: string;
  checkRunId?: number;
  url?: string;
}

const isForbidden = (error: unknown) => (error as { status?: number })?.status === 403;

const READ_ONLY =
  'the token may not write (403: a read-only GITHUB_TOKEN, as on pull requests from forks, or a token without checks: write / statuses: write)';

async function viaCheck(port: GateGithubPort, verdict: Verdict): Promise<Publication> {
  const run = await port.createCheckRun({
    name: verdict.checkName,
    head_sha: verdict.sha,
    status: 'completed',
    conclusion: verdict.conclusion,
    ...(verdict.detailsUrl ? { details_url: verdict.detailsUrl } : {}),
    output: { title: verdict.title, summary: verdict.summary, text: verdict.text, annotations: verdict.annotations },
  });
  return { via: 'check', checkRunId: Number(run.id), url: run.html_url ?? undefined };
}

async function viaStatus(port: GateGithubPort, verdict: Verdict): Promise<Publication> {
  await port.createCommitStatus(verdict.sha, {
    state: verdict.conclusion === 'failure' ? 'failure' : 'success',
    context: verdict.checkName,
    description: verdict.title,
    ...(verdict.detailsUrl ? { target_url: verdict.detailsUrl } : {}),
  });
  return { via: 'status' };
}

/** Publishes `verdict` as `mode` asks; `port` is undefined when there is no token or repository. */
export async function publishVerdict(
  port: GateGithubPort | undefined,
  mode: ReportMode,
  verdict: Verdict,
  log: Log,
): Promise<Publication> {
  if (mode === 'summary') return { via: 'summary' };
  if (!port) {
    const reason = 'no GitHub token or repository (outside GitHub Actions, or github-token is empty)';
    if (mode !== 'auto') throw new CibError(`report: ${mode} needs the GitHub API, but there is ${reason}`);
    return { via: 'summary', reason };
  }
  if (mode === 'check' || mode === 'auto') {
    try {
      return await viaCheck(port, verdict);
    } catch (error) {
      if (mode === 'check' || !isForbidden(error)) throw error;
      log.info(`No check run: ${READ_ONLY}; trying a commit status`);
    }
  }
  try {
    const published = await viaStatus(port, verdict);
    return mode === 'auto' ? { ...published, reason: `a check run could not be created: ${READ_ONLY}` } : published;
  } catch (error) {
    if (mode === 'status' || !isForbidden(error)) throw error;
    const reason = `neither a check run nor a commit status could be written: ${READ_ONLY}`;
    log.warning(`Quality gate result only in the job summary: ${reason}`);
    return { via: 'summary', reason };
  }
}
