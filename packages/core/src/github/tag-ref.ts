// Asks the GitHub REST API what a tag is on the server: `GET /repos/{owner}/{repo}/git/ref/tags/{tag}`
// answers `object.type == "tag"` for an annotated tag and `"commit"` for a lightweight one. Used
// when the checkout cannot tell (shallow, tag missing, or rewritten to lightweight by
// actions/checkout before v6.0.2). Octokit is loaded only when this runs: it is heavy.
import { errorMessage } from '../errors/cib-error';

export interface GithubTagLookup {
  /** A token that can read the repository's contents (`${{ github.token }}`). Never logged. */
  token: string;
  /** `owner/name`. */
  repository: string;
  /** The REST API root: GITHUB_API_URL (GHES: https://host/api/v3); default https://api.github.com. */
  apiUrl?: string;
}

/** `annotated`/`lightweight` as GitHub sees the tag; `missing` when GitHub has no such tag. */
export type GithubTagType = { type: 'annotated' | 'lightweight' | 'missing' } | { type: 'unknown'; detail: string };

/** Looks the tag up; API failures (bad token, no network) come back as `unknown` with the reason. */
export async function githubTagType(lookup: GithubTagLookup, tag: string): Promise<GithubTagType> {
  const [owner, repo, ...rest] = lookup.repository.split('/');
  if (!owner || !repo || rest.length > 0) {
    return { type: 'unknown', detail: `repository "${lookup.repository}" is not owner/name` };
  }
  if (!lookup.token) return { type: 'unknown', detail: 'no github-token given' };
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(lookup.token, {
    baseUrl: (lookup.apiUrl || 'https://api.github.com').replace(/\/+$/, ''),
  });
  try {
    // The `tags/` segment written literally: octokit's git.getRef would send `tags%2F<tag>`.
    const { data } = (await octokit.request('GET /repos/{owner}/{repo}/git/ref/tags/{tag}', { owner, repo, tag })) as {
      data: { object?: { type?: string } } | unknown[];
    };
    // Older API versions matched by prefix when the exact ref was absent and answered an array.
    if (Array.isArray(data) || !data.object) return { type: 'missing' };
    return { type: data.object.type === 'tag' ? 'annotated' : 'lightweight' };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404) return { type: 'missing' };
    const why =
      status === 401
        ? 'the github-token was refused (401)'
        : status === 403
          ? 'the github-token may not read this repository (403)'
          : errorMessage(error);
    return { type: 'unknown', detail: why };
  }
}
