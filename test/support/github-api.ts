// A local stand-in for the GitHub REST API, on 127.0.0.1, for the endpoints cib calls. It checks
// requests the way GitHub does: the route must exist (unknown paths and methods answer 404),
// `Authorization: token|Bearer <token>` must carry the known token (401 "Bad credentials"
// otherwise; no header on a private repository is a 404, as GitHub hides private repositories),
// and unknown refs answer 404.
//
// The routes are checked against GitHub's published OpenAPI description at compile time: the
// route table is typed with `paths` from @octokit/openapi-types (already installed with
// @actions/github), so a path or method GitHub does not have, or a response body of the wrong
// shape, fails `tsc`. We do not use the @octokit/openapi package for run-time validation: it
// ships the full JSON descriptions of api.github.com, GHEC and every GHES release, a large
// download for the one route we call, while the types give the same guarantee for free.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { components, paths } from '@octokit/openapi-types';

type GitRef = components['schemas']['git-ref'];

/** What one request looked like, for tests to assert on. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
}

interface Reply {
  status: number;
  body: unknown;
}

type Handler = (params: Record<string, string>, api: FakeGithubApi) => Reply;

/** Only paths and methods that GitHub's OpenAPI description has type-check here. */
type RouteTable = {
  [P in keyof paths]?: { [M in keyof paths[P] & ('get' | 'post' | 'patch' | 'put' | 'delete')]?: Handler };
};

const notFound: Reply = {
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
};

const ROUTES = {
  '/repos/{owner}/{repo}/git/ref/{ref}': {
    get: ({ owner, repo, ref }, api) => {
      const tag = /^tags\/(.+)$/.exec(ref)?.[1];
      const known = tag === undefined ? undefined : api.repositories.get(`${owner}/${repo}`)?.get(tag);
      if (!known || tag === undefined) return notFound;
      const base = `${api.url}/repos/${owner}/${repo}/git`;
      const body: GitRef = {
        ref: `refs/tags/${tag}`,
        node_id: Buffer.from(`ref:${owner}/${repo}:${tag}`).toString('base64'),
        url: `${base}/refs/tags/${encodeURIComponent(tag)}`,
        object: {
          type: known.type,
          sha: known.sha,
          url: `${base}/${known.type === 'tag' ? 'tags' : 'commits'}/${known.sha}`,
        },
      };
      return { status: 200, body };
    },
  },
} satisfies RouteTable;

/** `/repos/{owner}/{repo}/git/ref/{ref}` -> a matcher; `{ref}` may hold slashes (GitHub accepts them raw or encoded). */
function compile(template: string): (path: string) => Record<string, string> | undefined {
  const names: string[] = [];
  const source = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return name === 'ref' ? '(.+)' : '([^/]+)';
  });
  const pattern = new RegExp(`^${source}$`);
  return (path) => {
    const match = pattern.exec(path);
    if (!match) return undefined;
    return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
  };
}

const COMPILED: Array<{ match: ReturnType<typeof compile>; methods: Record<string, Handler | undefined> }> =
  Object.entries(ROUTES as RouteTable).map(([template, methods]) => ({ match: compile(template), methods }));

export interface FakeTag {
  /** `tag` for an annotated tag (the ref points at a tag object), `commit` for a lightweight one. */
  type: 'tag' | 'commit';
  sha: string;
}

export class FakeGithubApi {
  /** `owner/repo` -> tag name -> what the ref points at. */
  readonly repositories = new Map<string, Map<string, FakeTag>>();
  readonly requests: RecordedRequest[] = [];
  private server?: Server;
  url = '';

  constructor(
    /** The only token accepted. */
    readonly token: string,
    /** Prefix of every route: '' like api.github.com, '/api/v3' like GitHub Enterprise Server. */
    readonly basePath = '',
  ) {}

  /** Declares a tag in a repository. */
  addTag(repository: string, tag: string, value: FakeTag): this {
    if (!this.repositories.has(repository)) this.repositories.set(repository, new Map());
    this.repositories.get(repository)!.set(tag, value);
    return this;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
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

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    this.requests.push({ method: req.method ?? '', path: url.pathname, authorization: req.headers.authorization });
    const reply = this.route(req, url.pathname);
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
    });
    res.end(JSON.stringify(reply.body));
  }

  private route(req: IncomingMessage, pathname: string): Reply {
    if (!pathname.startsWith(this.basePath)) return notFound;
    const path = pathname.slice(this.basePath.length);
    const auth = req.headers.authorization;
    if (auth !== undefined) {
      const token = /^(?:token|bearer)\s+(\S+)$/i.exec(auth)?.[1];
      if (token !== this.token) {
        return {
          status: 401,
          body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' },
        };
      }
    }
    for (const route of COMPILED) {
      const params = route.match(path);
      if (!params) continue;
      const handler = route.methods[(req.method ?? 'GET').toLowerCase()];
      // Repositories here are private: without a token GitHub answers 404, not 401.
      if (!handler || auth === undefined) return notFound;
      return handler(params, this);
    }
    return notFound;
  }
}
