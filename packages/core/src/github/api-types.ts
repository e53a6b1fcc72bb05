// Types of GitHub REST operations, taken from GitHub's published OpenAPI description
// (@octokit/openapi-types): a route, method, parameter or body field GitHub does not have fails
// `tsc`. Type-only: nothing here reaches a bundle.
import type { paths } from '@octokit/openapi-types';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Routes (`/repos/{owner}/{repo}/check-runs`) that have `method`. */
export type RouteWith<M extends HttpMethod> = {
  [P in keyof paths]: Lowercase<M> extends keyof paths[P] ? P : never;
}[keyof paths];

/** The operation object of `method route`. */
export type Operation<M extends HttpMethod, P extends RouteWith<M>> = paths[P][Lowercase<M> & keyof paths[P]];

type Parameters<O> = O extends { parameters: infer Params } ? Params : never;
export type PathParams<O> = Parameters<O> extends { path: infer Path } ? Path : Record<string, never>;
export type QueryParams<O> = Parameters<O> extends { query?: infer Query } ? NonNullable<Query> : Record<string, never>;
export type RequestBody<O> = O extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;

type Success = 200 | 201 | 202;
/** The JSON body of the operation's success answers. */
export type ResponseBody<O> = O extends { responses: infer R }
  ? {
      [S in keyof R]: S extends Success
        ? R[S] extends { content: { 'application/json': infer B } }
          ? B
          : never
        : never;
    }[keyof R]
  : never;
