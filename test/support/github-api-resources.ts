// What the GitHub API double (github-api.ts) serves once a request has passed validation: git
// refs, check runs and their annotations, commit statuses, kept in memory. Where each behaviour
// comes from:
// - Check runs: `status` defaults to `queued`; a conclusion completes the run ("Providing
//   conclusion will automatically set the status parameter to completed"); updates append
//   annotations (GitHub docs, "Create a check run", "Update a check run"). A summary or text of at
//   most 65,535 characters but more than 65,535 bytes is 422 "Validation Failed" with "summary
//   exceeds a maximum bytesize of 65535" (github/docs#35252, dorny/test-reporter#57).
// - Commit statuses: a description over 140 characters is 422 (GitHub docs, "Create a commit
//   status": "description is too long (maximum is 140 characters)").
// - A SHA the repository does not have is 422 "No commit found for SHA: <sha>" (the answer
//   GitHub gives for statuses and check runs on an unknown commit).
// - Pagination: `per_page` (default 30, at most 100) and `page`, with a `Link` header carrying
//   `next`/`last`/`first` (GitHub docs, "Using pagination in the REST API").
// - Check runs for a ref (GitHub docs, "List check runs for a Git reference"): the runs on that
//   commit SHA, `check_name` and `status` filters, `filter=latest` (the default: the newest run
//   of each name) or `all`, answered as `{ total_count, check_runs }`, paginated as above. Only
//   SHAs are resolved (cib looks runs up by the head SHA it created them on).
import type { components } from '@octokit/openapi-types';
import type { ServedOperation } from './github-openapi';

export type CheckRun = components['schemas']['check-run'];
export type Annotation = components['schemas']['check-annotation'];
export type CommitStatus = components['schemas']['status'];

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface FakeTag {
  /** `tag` for an annotated tag (the ref points at a tag object), `commit` for a lightweight one. */
  type: 'tag' | 'commit';
  sha: string;
}

export interface Repository {
  tags: Map<string, FakeTag>;
  commits: Set<string>;
}

const DOCS = 'https://docs.github.com/rest';

export const error = (status: number, message: string, extra: Record<string, unknown> = {}): Reply => ({
  status,
  body: { message, documentation_url: DOCS, status: String(status), ...extra },
});
export const notFound = () => error(404, 'Not Found');

/** The repositories, check runs and statuses the double holds, and how each served operation changes them. */
export class GithubResources {
  readonly repositories = new Map<string, Repository>();
  readonly checkRuns = new Map<number, { run: CheckRun; annotations: Annotation[]; repository: string }>();
  readonly statuses: Array<CommitStatus & { repository: string; sha: string }> = [];
  private nextId = 1000;

  constructor(
    /** The API root URLs in answers point at. */
    private readonly baseUrl: () => string,
  ) {}

  repository(name: string): Repository {
    let repo = this.repositories.get(name);
    if (!repo) this.repositories.set(name, (repo = { tags: new Map(), commits: new Set() }));
    return repo;
  }

  serve(op: ServedOperation, p: Record<string, unknown>, body: Record<string, unknown>, repo: Repository): Reply {
    const repository = `${p.owner as string}/${p.repo as string}`;
    switch (op) {
      case 'GET /repos/{owner}/{repo}/git/ref/{ref}':
        return this.getRef(repository, p.ref as string, repo);
      case 'POST /repos/{owner}/{repo}/check-runs':
        return this.createCheckRun(repository, body, repo);
      case 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}': {
        const stored = this.checkRuns.get(p.check_run_id as number);
        return stored?.repository === repository ? { status: 200, body: stored.run } : notFound();
      }
      case 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}':
        return this.updateCheckRun(repository, p.check_run_id as number, body);
      case 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations':
        return this.listAnnotations(repository, p);
      case 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs':
        return this.listCheckRunsForRef(repository, p);
      case 'POST /repos/{owner}/{repo}/statuses/{sha}':
        return this.createStatus(repository, p.sha as string, body, repo);
    }
  }

  private getRef(repository: string, ref: string, repo: Repository): Reply {
    const tag = /^tags\/(.+)$/.exec(ref)?.[1];
    const known = tag === undefined ? undefined : repo.tags.get(tag);
    if (!known || tag === undefined) return notFound();
    const base = `${this.baseUrl()}/repos/${repository}/git`;
    return {
      status: 200,
      body: {
        ref: `refs/tags/${tag}`,
        node_id: Buffer.from(`ref:${repository}:${tag}`).toString('base64'),
        url: `${base}/refs/tags/${encodeURIComponent(tag)}`,
        object: {
          type: known.type,
          sha: known.sha,
          url: `${base}/${known.type === 'tag' ? 'tags' : 'commits'}/${known.sha}`,
        },
      },
    };
  }

  private createCheckRun(repository: string, body: Record<string, unknown>, repo: Repository): Reply {
    const sha = body.head_sha as string;
    if (!repo.commits.has(sha)) return error(422, `No commit found for SHA: ${sha}`);
    const tooBig = oversizedOutput(body.output);
    if (tooBig) return tooBig;
    const id = this.nextId++;
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const run: CheckRun = {
      id,
      node_id: Buffer.from(`CheckRun:${id}`).toString('base64'),
      head_sha: sha,
      name: body.name as string,
      external_id: (body.external_id as string | undefined) ?? '',
      url: `${this.baseUrl()}/repos/${repository}/check-runs/${id}`,
      html_url: `http://127.0.0.1/${repository}/runs/${id}`,
      details_url: (body.details_url as string | undefined) ?? null,
      status: 'queued',
      conclusion: null,
      started_at: (body.started_at as string | undefined) ?? now,
      completed_at: null,
      output: {
        title: null,
        summary: null,
        text: null,
        annotations_count: 0,
        annotations_url: `${this.baseUrl()}/repos/${repository}/check-runs/${id}/annotations`,
      },
      check_suite: { id: 1 },
      app: null,
      pull_requests: [],
    };
    this.checkRuns.set(id, { run, annotations: [], repository });
    const reply = this.applyUpdate(id, body, now);
    return reply.status === 200 ? { status: 201, body: reply.body } : reply;
  }

  private updateCheckRun(repository: string, id: number, body: Record<string, unknown>): Reply {
    const stored = this.checkRuns.get(id);
    if (stored?.repository !== repository) return notFound();
    const tooBig = oversizedOutput(body.output);
    if (tooBig) return tooBig;
    return this.applyUpdate(id, body, new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
  }

  /** What create and update share: status, conclusion, output, appended annotations. */
  private applyUpdate(id: number, body: Record<string, unknown>, now: string): Reply {
    const stored = this.checkRuns.get(id)!;
    const { run } = stored;
    for (const key of ['name', 'details_url', 'external_id', 'started_at'] as const) {
      if (typeof body[key] === 'string') (run as Record<string, unknown>)[key] = body[key];
    }
    if (typeof body.status === 'string') run.status = body.status as CheckRun['status'];
    if (typeof body.conclusion === 'string') {
      // "Providing conclusion will automatically set the status parameter to completed."
      run.conclusion = body.conclusion as CheckRun['conclusion'];
      run.status = 'completed';
      run.completed_at = (body.completed_at as string | undefined) ?? now;
    } else if (body.status === 'completed') {
      return error(422, 'Invalid request.\n\n"conclusion" wasn\'t supplied.');
    }
    const output = body.output as
      { title?: string; summary?: string; text?: string; annotations?: unknown[] } | undefined;
    if (output) {
      run.output.title = output.title ?? run.output.title;
      run.output.summary = output.summary ?? run.output.summary;
      if (output.text !== undefined) run.output.text = output.text;
      for (const a of (output.annotations ?? []) as Array<Record<string, unknown>>) {
        stored.annotations.push({
          path: a.path as string,
          blob_href: `http://127.0.0.1/blob/${run.head_sha}/${a.path as string}`,
          start_line: a.start_line as number,
          end_line: a.end_line as number,
          start_column: (a.start_column as number | undefined) ?? null,
          end_column: (a.end_column as number | undefined) ?? null,
          annotation_level: a.annotation_level as string,
          title: (a.title as string | undefined) ?? null,
          message: a.message as string,
          raw_details: (a.raw_details as string | undefined) ?? null,
        });
      }
      run.output.annotations_count = stored.annotations.length;
    }
    return { status: 200, body: run };
  }

  private listAnnotations(repository: string, p: Record<string, unknown>): Reply {
    const stored = this.checkRuns.get(p.check_run_id as number);
    if (stored?.repository !== repository) return notFound();
    const { items, headers } = this.page(
      `/repos/${repository}/check-runs/${stored.run.id}/annotations`,
      p,
      stored.annotations,
    );
    return { status: 200, body: items, headers };
  }

  private listCheckRunsForRef(repository: string, p: Record<string, unknown>): Reply {
    const ref = p.ref as string;
    let runs = [...this.checkRuns.values()]
      .filter((stored) => stored.repository === repository && stored.run.head_sha === ref)
      .map((stored) => stored.run)
      .filter((run) => p.check_name === undefined || run.name === p.check_name)
      .filter((run) => p.status === undefined || run.status === p.status)
      .sort((a, b) => Number(b.id) - Number(a.id));
    if ((p.filter ?? 'latest') === 'latest') {
      const seen = new Set<string>();
      runs = runs.filter((run) => !seen.has(run.name) && seen.add(run.name));
    }
    const { items, headers } = this.page(`/repos/${repository}/commits/${ref}/check-runs`, p, runs);
    return { status: 200, body: { total_count: runs.length, check_runs: items }, headers };
  }

  /** One page of `all` by `per_page` and `page`, with GitHub's Link header. */
  private page<T>(
    path: string,
    p: Record<string, unknown>,
    all: readonly T[],
  ): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, (p.per_page as number | undefined) ?? 30);
    const page = Math.max(1, (p.page as number | undefined) ?? 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (n: number, rel: string) => `<${this.baseUrl()}${path}?per_page=${perPage}&page=${n}>; rel="${rel}"`;
    const links = [
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
      ...(page > 1 ? [link(1, 'first')] : []),
    ];
    return {
      items: all.slice((page - 1) * perPage, page * perPage),
      headers: links.length ? { link: links.join(', ') } : {},
    };
  }

  private createStatus(repository: string, sha: string, body: Record<string, unknown>, repo: Repository): Reply {
    if (!repo.commits.has(sha)) return error(422, `No commit found for SHA: ${sha}`);
    const description = body.description as string | null | undefined;
    if (typeof description === 'string' && Array.from(description).length > 140) {
      return error(422, 'Validation Failed', {
        errors: [
          {
            resource: 'Status',
            code: 'custom',
            field: 'description',
            message: 'description is too long (maximum is 140 characters)',
          },
        ],
      });
    }
    const id = this.nextId++;
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const status: CommitStatus = {
      url: `${this.baseUrl()}/repos/${repository}/statuses/${sha}`,
      avatar_url: null,
      id,
      node_id: Buffer.from(`StatusContext:${id}`).toString('base64'),
      state: body.state as string,
      description: description ?? null,
      target_url: (body.target_url as string | null | undefined) ?? null,
      context: (body.context as string | undefined) ?? 'default',
      created_at: now,
      updated_at: now,
      creator: null,
    };
    this.statuses.push({ ...status, repository, sha });
    return { status: 201, body: status };
  }
}

/** GitHub counts the check run output limit in bytes, which the schema's maxLength cannot say. */
function oversizedOutput(output: unknown): Reply | undefined {
  const o = output as { summary?: string; text?: string } | undefined;
  for (const field of ['summary', 'text'] as const) {
    const value = o?.[field];
    if (typeof value === 'string' && Buffer.byteLength(value, 'utf8') > 65_535) {
      return error(422, 'Validation Failed', {
        errors: [
          { resource: 'CheckRun', code: 'custom', field, message: `${field} exceeds a maximum bytesize of 65535` },
        ],
      });
    }
  }
  return undefined;
}
