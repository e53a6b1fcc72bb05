// Asks the GitHub REST API what a tag is on the server: `GET /repos/{owner}/{repo}/git/ref/tags/{tag}`
// answers `object.type == "tag"` for an annotated tag and `"commit"` for a lightweight one. Used
// when the checkout cannot tell (shallow, tag missing, or rewritten to lightweight by
// actions/checkout before v6.0.2). Transient failures (5xx, 429, rate limits) are retried by
// the client, so a passing 502 does not hand the decision to the heuristic.
import { errorMessage } from '../errors/cib-error';
import type { GithubClient } from './api-client';
import { GithubApiError } from './api-error';
import { GithubRepository } from './repository';

export interface GithubTagLookup {
  /** The client, holding the token (`${{ github.token }}`: contents read) and the API root. */
  client: GithubClient;
  /** `owner/name`. */
  repository: string;
}

/** `annotated`/`lightweight` as GitHub sees the tag; `missing` when GitHub has no such tag. */
export type GithubTagType = { type: 'annotated' | 'lightweight' | 'missing' } | { type: 'unknown'; detail: string };

/** Looks the tag up; API failures (bad token, no network) come back as `unknown` with the reason. */
export async function githubTagType(lookup: GithubTagLookup, tag: string): Promise<GithubTagType> {
  let repository: GithubRepository;
  try {
    repository = new GithubRepository(lookup.client, lookup.repository);
  } catch (error) {
    return { type: 'unknown', detail: errorMessage(error) };
  }
  try {
    const ref = (await repository.getRef(`tags/${tag}`)) as unknown;
    // Older API versions matched by prefix when the exact ref was absent and answered an array.
    if (Array.isArray(ref) || !(ref as { object?: unknown }).object) return { type: 'missing' };
    return { type: (ref as { object: { type: string } }).object.type === 'tag' ? 'annotated' : 'lightweight' };
  } catch (error) {
    if (!(error instanceof GithubApiError)) return { type: 'unknown', detail: errorMessage(error) };
    if (error.status === 404) return { type: 'missing' };
    const why =
      error.status === 401
        ? 'the github-token was refused (401)'
        : error.status === 403
          ? 'the github-token may not read this repository (403)'
          : `HTTP ${error.status}: ${error.apiMessage || 'no message'}`;
    return { type: 'unknown', detail: why };
  }
}
