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
// - What each operation does to the double's state, and where that comes from:
//   github-api-resources.ts.
// - Faults for retry tests: `failNext()` answers the next requests with a chosen status and
//   headers before any routing, as a proxy or an overloaded API would. `failNextAfterActing()`
//   lets the next requests act (a check run is created) and then answers them with a chosen
//   status, as a gateway whose wait for the server behind it ran out would: a 502 or 504 says
//   nothing of whether the request was acted on (RFC 9110, 15.6.3 and 15.6.5).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeErrors, githubValidators, SERVED_OPERATIONS, type ServedOperation } from './github-openapi';
import { error, GithubResources, notFound, type FakeTag, type Reply } from './github-api-resources';

export type { FakeTag } from './github-api-resources';

/** What one request looked like, for tests to assert on. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  apiVersion?: string;
  query?: string;
  body?: unknown;
}

const SUPPORTED_API_VERSIONS = ['2022-11-28'];

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
  readonly requests: RecordedRequest[] = [];
  /** Answers of the double that broke GitHub's response schema: a test should see none. */
  readonly invalidResponses: string[] = [];
  readonly resources = new GithubResources(() => this.url);
  /** Check runs created, by id, with their annotations. */
  readonly checkRuns = this.resources.checkRuns;
  /** Commit statuses created, in order. */
  readonly statuses = this.resources.statuses;
  /** Tokens that may only read (a fork pull request's GITHUB_TOKEN). */
  readonly readOnlyTokens = new Set<string>();
  private faults: Reply[] = [];
  private lateFaults: Reply[] = [];
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

  /** Declares a tag in a repository (and the repository). */
  addTag(repository: string, tag: string, value: FakeTag): this {
    this.resources.repository(repository).tags.set(tag, value);
    return this;
  }

  /** Declares a commit, which check runs and statuses may then be created on. */
  addCommit(repository: string, sha: string): this {
    this.resources.repository(repository).commits.add(sha);
    return this;
  }

  /** Answers the next `count` requests with `status` (and headers) before any routing. */
  failNext(count: number, status: number, headers: Record<string, string> = {}, message = 'Server Error'): this {
    for (let i = 0; i < count; i++) this.faults.push({ ...error(status, message), headers });
    return this;
  }

  /** Lets the next `count` requests act, then answers each with `status` instead of the real answer. */
  failNextAfterActing(count: number, status: number, message = 'Server Error'): this {
    for (let i = 0; i < count; i++) this.lateFaults.push(error(status, message));
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
    const acted = badJson ? error(400, 'Problems parsing JSON') : this.route(req, url, body);
    const reply = this.lateFaults.shift() ?? acted;
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
      const repository = this.resources.repositories.get(`${params.owner}/${params.repo}`);
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
      const reply = this.resources.serve(route.served, all, body as Record<string, unknown>, repository);
      const check = validators.responses[String(reply.status)];
      if (check && !check(reply.body)) {
        this.invalidResponses.push(`${route.served} ${reply.status}: ${describeErrors(check.errors)}`);
        return error(500, 'the GitHub API double built an answer GitHub would not send');
      }
      return reply;
    }
    return notFound();
  }
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
