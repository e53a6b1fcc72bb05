// The GitHub calls cib makes on one repository, on the GithubClient: read a git ref (is a tag
// annotated?), create and update check runs (quality-gate's report), list a check run's
// annotations, create commit statuses. Each applies GitHub's limits (limits.ts) before sending:
// summary and text cut to 65,535 bytes with a note, annotations sent 50 a request, status
// descriptions cut to 140 characters.
import type { components, operations } from '@octokit/openapi-types';
import { CibError } from '../errors/cib-error';
import { HttpNetworkError } from '../http/transport';
import { isUnsentNetworkCode } from '../http/retry-policy';
import { randomUuid } from '../runner/random-uuid';
import type { GithubClient } from './api-client';
import { GithubApiError } from './api-error';
import {
  ANNOTATION_TITLE_MAX_CHARS,
  ANNOTATIONS_PER_REQUEST,
  batches,
  CHECK_OUTPUT_MAX_BYTES,
  cutToBytes,
  cutToChars,
  STATUS_DESCRIPTION_MAX_CHARS,
} from './limits';

export type GitRef = components['schemas']['git-ref'];
export type CheckRun = components['schemas']['check-run'];
export type CheckAnnotation = components['schemas']['check-annotation'];
export type CommitStatus = components['schemas']['status'];

type CreateBody = operations['checks/create']['requestBody']['content']['application/json'];
type UpdateBody = operations['checks/update']['requestBody']['content']['application/json'];
type StatusBody = operations['repos/create-commit-status']['requestBody']['content']['application/json'];
type Output = NonNullable<CreateBody['output']>;
/** One annotation as sent (path, lines, level, message, title...). */
export type NewAnnotation = NonNullable<Output['annotations']>[number];

/** A check run's output; any number of annotations (sent 50 a request). */
export interface CheckOutput {
  title: string;
  summary: string;
  text?: string;
  annotations?: readonly NewAnnotation[];
}

export type CreateCheckRun = Omit<CreateBody, 'output'> & { output?: CheckOutput };
export type UpdateCheckRun = Omit<UpdateBody, 'output'> & { output?: CheckOutput };

const CUT_NOTE = (field: string) =>
  `\n\n> cib cut this ${field} to GitHub's limit of ${CHECK_OUTPUT_MAX_BYTES} bytes; the job summary has it all.\n`;

/** `owner/name` split, or a CibError naming what was given. */
export function splitRepository(repository: string): { owner: string; repo: string } {
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new CibError(`repository "${repository}" is not owner/name`);
  }
  return { owner, repo };
}

/** POSTs of one check run, the first included, before the failure stands. */
const CREATE_ATTEMPTS = 3;

/** After this failure, GitHub may have acted on the request all the same. */
function mayHaveActed(error: unknown): boolean {
  if (error instanceof GithubApiError) return error.status >= 500;
  return error instanceof HttpNetworkError && !isUnsentNetworkCode(error.code);
}

export class GithubRepository {
  readonly owner: string;
  readonly repo: string;

  constructor(
    readonly client: GithubClient,
    /** `owner/name`. */
    repository: string,
  ) {
    ({ owner: this.owner, repo: this.repo } = splitRepository(repository));
  }

  /** `GET /repos/{owner}/{repo}/git/ref/{ref}`; `ref` without `refs/` (`tags/1.2.3`). */
  async getRef(ref: string): Promise<GitRef> {
    const { data } = await this.client.request('GET', '/repos/{owner}/{repo}/git/ref/{ref}', {
      path: { owner: this.owner, repo: this.repo, ref },
    });
    return data;
  }

  /** Creates a check run; annotations past the first 50 follow in updates of 50. */
  async createCheckRun(run: CreateCheckRun): Promise<CheckRun> {
    const [first = [], ...rest] = annotationBatches(run.output);
    const body: CreateBody = { ...run, output: run.output && sendableOutput(run.output, first) };
    const data = await this.postCheckRun(body);
    for (const batch of rest) await this.addAnnotations(Number(data.id), run.output!, batch);
    return data;
  }

  /**
   * The POST that creates a check run, which is not sent again blindly: after a 5xx or a
   * connection lost mid-way GitHub may have created the run, and a second POST would show two.
   * Each attempt carries its own `external_id` (unless the caller chose one); after such a
   * failure the runs of that name on the commit are read, and one with the attempt's id is the
   * answer. Only when none is, the POST goes again.
   */
  private async postCheckRun(body: CreateBody): Promise<CheckRun> {
    const path = { owner: this.owner, repo: this.repo };
    for (let attempt = 1; ; attempt++) {
      const marked = body.external_id === undefined ? { ...body, external_id: `cib-${randomUuid()}` } : body;
      try {
        return (await this.client.request('POST', '/repos/{owner}/{repo}/check-runs', { path, body: marked })).data;
      } catch (error) {
        if (!mayHaveActed(error) || body.external_id !== undefined || attempt >= CREATE_ATTEMPTS) throw error;
        const created = await this.findCheckRun(marked.head_sha, marked.name, marked.external_id!);
        if (created) return created;
      }
    }
  }

  /** The run named `name` on commit `sha` whose external_id is `externalId`, if GitHub has it. */
  private async findCheckRun(sha: string, name: string, externalId: string): Promise<CheckRun | undefined> {
    const runs = await this.client.paginate(
      '/repos/{owner}/{repo}/commits/{ref}/check-runs',
      { path: { owner: this.owner, repo: this.repo, ref: sha }, query: { check_name: name, filter: 'all' } },
      (page) => page.check_runs,
    );
    return runs.find((run) => run.external_id === externalId);
  }

  /** Updates a check run; annotations are appended, 50 a request. */
  async updateCheckRun(checkRunId: number, update: UpdateCheckRun): Promise<CheckRun> {
    const [first = [], ...rest] = annotationBatches(update.output);
    const body = { ...update, output: update.output && sendableOutput(update.output, first) } as UpdateBody;
    const { data } = await this.client.request('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', {
      path: { owner: this.owner, repo: this.repo, check_run_id: checkRunId },
      body,
    });
    let last = data;
    for (const batch of rest) last = await this.addAnnotations(checkRunId, update.output!, batch);
    return last;
  }

  /** Every annotation of a check run (paginated). */
  listCheckRunAnnotations(checkRunId: number): Promise<CheckAnnotation[]> {
    return this.client.paginate(
      '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
      { path: { owner: this.owner, repo: this.repo, check_run_id: checkRunId } },
      (page) => page,
    );
  }

  /** Creates a commit status on `sha`; the description is cut to 140 characters. */
  async createCommitStatus(sha: string, status: StatusBody): Promise<CommitStatus> {
    const body: StatusBody = {
      ...status,
      description:
        typeof status.description === 'string'
          ? cutToChars(status.description, STATUS_DESCRIPTION_MAX_CHARS)
          : status.description,
    };
    const { data } = await this.client.request('POST', '/repos/{owner}/{repo}/statuses/{sha}', {
      path: { owner: this.owner, repo: this.repo, sha },
      body,
      // The same status twice leaves the commit in the same state (the newest of a context wins).
      idempotent: true,
    });
    return data;
  }

  private async addAnnotations(checkRunId: number, output: CheckOutput, batch: NewAnnotation[]): Promise<CheckRun> {
    // The title and summary are required with any output; they are sent again unchanged.
    const { data } = await this.client.request('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', {
      path: { owner: this.owner, repo: this.repo, check_run_id: checkRunId },
      body: { output: { ...sendableOutput(output, batch) } },
    });
    return data;
  }
}

function annotationBatches(output: CheckOutput | undefined): NewAnnotation[][] {
  const annotations = (output?.annotations ?? []).map((a) =>
    a.title === undefined ? a : { ...a, title: cutToChars(a.title, ANNOTATION_TITLE_MAX_CHARS) },
  );
  return batches(annotations, ANNOTATIONS_PER_REQUEST);
}

function sendableOutput(output: CheckOutput, annotations: NewAnnotation[]): Output {
  return {
    title: output.title,
    summary: cutToBytes(output.summary, CHECK_OUTPUT_MAX_BYTES, CUT_NOTE('summary')),
    ...(output.text === undefined ? {} : { text: cutToBytes(output.text, CHECK_OUTPUT_MAX_BYTES, CUT_NOTE('text')) }),
    ...(annotations.length ? { annotations } : {}),
  };
}
