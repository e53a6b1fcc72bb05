// Where the run comes from: repository, commit, ref, run ids. Read from GitHub's variables
// (and the event payload), else GitLab CI's, so the CLI works in the pipelines cib replaces.
import { readFileSync } from 'node:fs';

export type CiPlatform = 'github' | 'gitlab' | 'local';
export type RefType = 'branch' | 'tag' | 'pull_request' | '';

export interface PullRequestInfo {
  number: number;
  headSha: string;
  headRef: string;
  /** The base branch's commit the PR is compared with ('' when unknown). */
  baseSha: string;
}

export interface CiContext {
  platform: CiPlatform;
  /** `owner/name` on GitHub, the project path on GitLab. */
  repository: string;
  repositoryUrl: string;
  /** The commit the run is for: on GitHub pull_request events, the synthetic merge commit. */
  sha: string;
  /** Full ref: refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge. */
  ref: string;
  refName: string;
  refType: RefType;
  eventName: string;
  pullRequest?: PullRequestInfo;
  runId: string;
  runAttempt: string;
  job: string;
  runUrl: string;
  workspace: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Reads the GitHub event payload; an unreadable one counts as empty. */
export function readEventPayload(env: Env): Record<string, unknown> {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function pullRequestFromPayload(payload: Record<string, unknown>): PullRequestInfo | undefined {
  const pr = payload.pull_request as
    { number?: number; head?: { sha?: string; ref?: string }; base?: { sha?: string } } | undefined;
  if (!pr || typeof pr.number !== 'number') return undefined;
  return { number: pr.number, headSha: pr.head?.sha ?? '', headRef: pr.head?.ref ?? '', baseSha: pr.base?.sha ?? '' };
}

function githubContext(env: Env): CiContext {
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = env.GITHUB_REPOSITORY ?? '';
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const ref = env.GITHUB_REF ?? '';
  const pullRequest = PULL_REQUEST_EVENTS.has(eventName) ? pullRequestFromPayload(readEventPayload(env)) : undefined;
  const refType: RefType = pullRequest
    ? 'pull_request'
    : env.GITHUB_REF_TYPE === 'tag' || ref.startsWith('refs/tags/')
      ? 'tag'
      : env.GITHUB_REF_TYPE === 'branch' || ref.startsWith('refs/heads/')
        ? 'branch'
        : '';
  const runId = env.GITHUB_RUN_ID ?? '';
  return {
    platform: 'github',
    repository,
    repositoryUrl: repository ? `${serverUrl}/${repository}` : '',
    sha: env.GITHUB_SHA ?? '',
    ref,
    refName: env.GITHUB_REF_NAME || ref.replace(/^refs\/(heads|tags)\//, ''),
    refType,
    eventName,
    pullRequest,
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    job: env.GITHUB_JOB ?? '',
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
  };
}

function gitlabContext(env: Env): CiContext {
  const tag = env.CI_COMMIT_TAG ?? '';
  const mrIid = env.CI_MERGE_REQUEST_IID;
  const refName = tag || env.CI_COMMIT_REF_NAME || env.CI_COMMIT_BRANCH || '';
  const pullRequest = mrIid
    ? {
        number: Number(mrIid),
        headSha: env.CI_COMMIT_SHA ?? '',
        headRef: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? '',
        baseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA ?? '',
      }
    : undefined;
  return {
    platform: 'gitlab',
    repository: env.CI_PROJECT_PATH ?? '',
    repositoryUrl: env.CI_PROJECT_URL ?? '',
    sha: env.CI_COMMIT_SHA ?? '',
    ref: tag
      ? `refs/tags/${tag}`
      : mrIid
        ? `refs/merge-requests/${mrIid}/head`
        : refName
          ? `refs/heads/${refName}`
          : '',
    refName,
    refType: tag ? 'tag' : mrIid ? 'pull_request' : refName ? 'branch' : '',
    eventName: env.CI_PIPELINE_SOURCE ?? '',
    pullRequest,
    runId: env.CI_PIPELINE_ID ?? '',
    runAttempt: '1',
    job: env.CI_JOB_ID ?? '',
    runUrl:
      env.CI_PIPELINE_URL ||
      (env.CI_PROJECT_URL && env.CI_PIPELINE_ID ? `${env.CI_PROJECT_URL}/-/pipelines/${env.CI_PIPELINE_ID}` : ''),
    workspace: env.CI_PROJECT_DIR || process.cwd(),
  };
}

/** The CI context from the environment: GitHub's variables first, then GitLab's, else local. */
export function readCiContext(env: Env): CiContext {
  if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_SHA || env.GITHUB_REPOSITORY) return githubContext(env);
  if (env.GITLAB_CI === 'true' || env.CI_COMMIT_SHA || env.CI_PIPELINE_ID) return gitlabContext(env);
  return { ...gitlabContext({}), platform: 'local', eventName: 'local' };
}

/**
 * The commit a build is for: the PR head on pull_request events (GITHUB_SHA is then a merge
 * commit nobody pushed), otherwise the run's SHA.
 */
export function headCommit(context: CiContext): string {
  return context.pullRequest?.headSha || context.sha;
}
