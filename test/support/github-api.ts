// A local stand-in for the GitHub REST API on 127.0.0.1, for the endpoints cib calls: git refs,
// check runs (create, get, update, list annotations) and commit statuses. Where each behaviour
// comes from:
// - Routes, methods, path and query parameters and JSON bodies are validated against GitHub's
//   published OpenAPI description (the @octokit/openapi package) with Ajv (github-openapi.ts):
//   an unknown route or method is a 404, a body the description refuses is a 422 "Invalid
//   request." as GitHub words it ("Only 65535 characters are allowed; N were supplied.",
//   "\"head_sha\" wasn't supplied."; seen in reviewdog/action-rubocop#67 and GitHub's docs).
//   Every answer the double sends is itself validated against the documented response schema;
//   a mismatch is recorded in `invalidResponses` and answered 500, so the double cannot drift.
// - Stricter than GitHub in one place: an unknown query parameter is refused (GitHub ignores
//   it), so a misspelt parameter in our client fails a test instead of passing silently.
// - Authentication (GitHub docs, "Authenticating to the REST API"): `Authorization: Bearer|token
//   <token>`; an unknown token is 401 "Bad credentials"; no token on these private repositories
//   is 404 (GitHub hides private repositories). A read-only token (a fork PR's GITHUB_TOKEN)
//   reads but gets 403 "Resource not accessible by integration" on writes (GitHub docs,
//   "Permissions for the GITHUB_TOKEN"; the message users report from fork PRs).
// - `X-GitHub-Api-Version` other than a supported version is 400 (GitHub docs, "API Versions").
// - Check runs: `status` defaults to `queued`; a conclusion completes the run; updates append
//   annotations (GitHub docs, "Update a check run"). A summary or text of at most 65,535
//   characters but more than 65,535 bytes is 422 "Validation Failed" with "summary exceeds a
//   maximum bytesize of 65535" (github/docs#35252, dorny/test-reporter#57).
// - Commit statuses: a description over 140 characters is 422 (GitHub docs, "Create a commit
//   status": "description is too long (maximum is 140 characters)").
// - A SHA the repository does not have is 422 "No commit found for SHA: <sha>" (the answer
//   GitHub gives for statuses and check runs on an unknown commit).
// - Pagination: `per_page` (default 30, at most 100) and `page`, with a `Link` header carrying
//   `next`/`last` (GitHub docs, "Using pagination in the REST API").
// - Faults for retry tests: `failNext()` answers the next requests with a chosen status and
//   headers before any routing, as a proxy or an overloaded API would.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { components } from '@octokit/openapi-types';
import { describeErrors, githubValidators, SERVED_OPERATIONS, type ServedOperation } from './github-openapi';

type CheckRun = components['schemas']['check-run'];
type Annotation = components['schemas']['check-annotation'];
type CommitStatus = components['schemas']['status'];

/** What one request looked like, for tests to assert on. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  apiVersion?: string;
  query?: string;
  body?: unknown;
}

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface FakeTag {
  /** `tag` for an annotated tag (the ref points at a tag object), `commit` for a lightweight one. */
  type: 'tag' | 'commit';
  sha: string;
}

interface Repository {
  tags: Map<string, FakeTag>;
  commits: Set<string>;
}

const SUPPORTED_API_VERSIONS = ['2022-11-28', '2026-03-10'];
const DOCS = 'https://docs.github.com/rest';

const error = (status: number, message: string, extra: Record<string, unknown> = {}): Reply => ({
  status,
  body: { message, documentation_url: DOCS, status: String(status), ...extra },
});
const notFound = () => error(404, 'Not Found');

/** `/repos/{owner}/{repo}/git/ref/{ref}` -> a matcher; `x-multi-segment` parameters may hold slashes. */
function compileRoute(served: ServedOperation, multi: Set<string>) {
  const [method, template] = served.split(' ');
  const names: string[] = [];
  const source = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return multi.has(name) ? '(.+)' : '([^/]+)';
  });
  const pattern = new RegExp(`^${source}$`);
  return {
    served,
    method,
    match(path: string): Record<string, string> | undefined {
      const m = pattern.exec(path);
      return m ? Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) : undefined;
    },
  };
}

export class FakeGithubApi {
  readonly repositories = new Map<string, Repository>();
  readonly requests: RecordedRequest[] = [];
  /** Answers of the double that broke GitHub's response schema: a test should see none. */
  readonly invalidResponses: string[] = [];
  readonly checkRuns = new Map<number, { run: CheckRun; annotations: Annotation[]; repository: string }>();
  readonly statuses: Array<CommitStatus & { repository: string; sha: string }> = [];
  /** Tokens that may only read (a fork pull request's GITHUB_TOKEN). */
  readonly readOnlyTokens = new Set<string>();
  private faults: Reply[] = [];
  private nextId = 1000;
  private server?: Server;
  private readonly routes;
  url = '';

  constructor(
    /** The token with write access. */
    readonly token: string,
    /** Prefix of every route: '' like api.github.com, '/api/v3' like GitHub Enterprise Server. */
    readonly basePath = '',
  ) {
    const { operations } = githubValidators();
    this.routes = SERVED_OPERATIONS.map((served) => {
      const multi = new Set(
        operations
          .get(served)!
          .operation.parameters.filter((p) => p['x-multi-segment'])
          .map((p) => p.name),
      );
      return compileRoute(served, multi);
    });
  }

  private repository(name: string): Repository {
    let repo = this.repositories.get(name);
    if (!repo) this.repositories.set(name, (repo = { tags: new Map(), commits: new Set() }));
    return repo;
  }

  /** Declares a tag in a repository (and the repository). */
  addTag(repository: string, tag: string, value: FakeTag): this {
    this.repository(repository).tags.set(tag, value);
    return this;
  }

  /** Declares a commit, which check runs and statuses may then be created on. */
  addCommit(repository: string, sha: string): this {
    this.repository(repository).commits.add(sha);
    return this;
  }

  /** Answers the next `count` requests with `status` (and headers) before any routing. */
  failNext(count: number, status: number, headers: Record<string, string> = {}, message = 'Server Error'): this {
    for (let i = 0; i < count; i++) this.faults.push({ ...error(status, message), headers });
    return this;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, Buffer.concat(chunks), res));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}${this.basePath}`;
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private handle(req: IncomingMessage, raw: Buffer, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const apiVersion = req.headers['x-github-api-version'] as string | undefined;
    let body: unknown;
    let badJson = false;
    if (raw.length) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        badJson = true;
      }
    }
    this.requests.push({
      method: req.method ?? '',
      path: url.pathname,
      authorization: req.headers.authorization,
      ...(apiVersion ? { apiVersion } : {}),
      ...(url.search ? { query: url.search.slice(1) } : {}),
      ...(body !== undefined ? { body } : {}),
    });
    const reply = badJson ? error(400, 'Problems parsing JSON') : this.route(req, url, body);
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': apiVersion ?? '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      ...reply.headers,
    });
    res.end(reply.status === 204 ? undefined : JSON.stringify(reply.body));
  }

  private route(req: IncomingMessage, url: URL, body: unknown): Reply {
    const fault = this.faults.shift();
    if (fault) return fault;
    if (!url.pathname.startsWith(this.basePath)) return notFound();
    const path = url.pathname.slice(this.basePath.length);
    const version = req.headers['x-github-api-version'];
    if (typeof version === 'string' && !SUPPORTED_API_VERSIONS.includes(version)) {
      return error(400, `Unsupported 'X-GitHub-Api-Version' header '${version}'`);
    }
    const auth = req.headers.authorization;
    const token = auth === undefined ? undefined : /^(?:token|bearer)\s+(\S+)$/i.exec(auth)?.[1];
    if (auth !== undefined && token !== this.token && !this.readOnlyTokens.has(token ?? '')) {
      return error(401, 'Bad credentials');
    }
    const method = req.method ?? 'GET';
    for (const route of this.routes) {
      const params = route.match(path);
      if (!params || route.method !== method) continue;
      const repository = this.repositories.get(`${params.owner}/${params.repo}`);
      // Repositories here are private: without a token (or unknown) GitHub answers 404, not 401.
      if (auth === undefined || !repository) return notFound();
      const validators = githubValidators().operations.get(route.served)!;
      const query = Object.fromEntries(url.searchParams);
      const all: Record<string, unknown> = { ...params, ...query };
      if (!validators.params(all)) return error(422, `Invalid request.\n\n${describeErrors(validators.params.errors)}`);
      if (validators.body) {
        if (body === undefined) return error(400, 'Problems parsing JSON');
        if (!validators.body(body))
          return error(422, `Invalid request.\n\n${githubWording(validators.body.errors, body)}`);
      }
      if (method !== 'GET' && this.readOnlyTokens.has(token!)) {
        return error(403, 'Resource not accessible by integration');
      }
      const reply = this.serve(route.served, all, body as Record<string, unknown>, repository);
      const check = validators.responses[String(reply.status)];
      if (check && !check(reply.body)) {
        this.invalidResponses.push(`${route.served} ${reply.status}: ${describeErrors(check.errors)}`);
        return error(500, 'the GitHub API double built an answer GitHub would not send');
      }
      return reply;
    }
    return notFound();
  }

  private serve(
    op: ServedOperation,
    p: Record<string, unknown>,
    body: Record<string, unknown>,
    repo: Repository,
  ): Reply {
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
      case 'POST /repos/{owner}/{repo}/statuses/{sha}':
        return this.createStatus(repository, p.sha as string, body, repo);
    }
  }

  private getRef(repository: string, ref: string, repo: Repository): Reply {
    const tag = /^tags\/(.+)$/.exec(ref)?.[1];
    const known = tag === undefined ? undefined : repo.tags.get(tag);
    if (!known || tag === undefined) return notFound();
    const base = `${this.url}/repos/${repository}/git`;
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
      url: `${this.url}/repos/${repository}/check-runs/${id}`,
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
        annotations_url: `${this.url}/repos/${repository}/check-runs/${id}/annotations`,
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
    const perPage = Math.min(100, (p.per_page as number | undefined) ?? 30);
    const page = Math.max(1, (p.page as number | undefined) ?? 1);
    const last = Math.max(1, Math.ceil(stored.annotations.length / perPage));
    const link = (n: number, rel: string) =>
      `<${this.url}/repos/${repository}/check-runs/${stored.run.id}/annotations?per_page=${perPage}&page=${n}>; rel="${rel}"`;
    const links = [
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
      ...(page > 1 ? [link(1, 'first')] : []),
    ];
    return {
      status: 200,
      body: stored.annotations.slice((page - 1) * perPage, page * perPage),
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
      url: `${this.url}/repos/${repository}/statuses/${sha}`,
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

/** The validator's first complaint in GitHub's words where we know them. */
function githubWording(errors: Parameters<typeof describeErrors>[0], body: unknown): string {
  const first = errors?.[0];
  if (first?.keyword === 'required')
    return `"${(first.params as { missingProperty: string }).missingProperty}" wasn't supplied.`;
  if (first?.keyword === 'maxLength') {
    const value = first.instancePath
      .split('/')
      .slice(1)
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], body) as string;
    return `Only ${(first.params as { limit: number }).limit} characters are allowed; ${Array.from(value).length} were supplied.`;
  }
  return describeErrors(errors);
}
