// The GitHub calls cib makes on one repository, on the GithubClient: read a git ref (is a tag
// annotated?), create and update check runs (quality-gate's report), list a check run's
// annotations, create commit statuses. Each applies GitHub's limits (limits.ts) before sending:
// summary and text cut to 65,535 bytes with a note, annotations sent 50 a request, status
// descriptions cut to 140 characters.
import type { components, operations } from '@octokit/openapi-types';
import { CibError } from '../errors/cib-error';
import type { GithubClient } from './api-client';
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
    const { data } = await this.client.request('POST', '/repos/{owner}/{repo}/check-runs', {
      path: { owner: this.owner, repo: this.repo },
      body,
    });
    for (const batch of rest) await this.addAnnotations(Number(data.id), run.output!, batch);
    return data;
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
