// A GitHub REST answer that is not a success, as one error that says what went wrong and what
// to do. The token never appears in it: only the method, the route and GitHub's own message.
import { CibError } from '../errors/cib-error';

/** GitHub's error body: `message`, `documentation_url`, and for 422 the failed fields. */
interface ErrorBody {
  message?: string;
  documentation_url?: string;
  errors?: Array<{ field?: string; code?: string; message?: string } | string>;
}

function hintFor(status: number, message: string): string | undefined {
  if (status === 401) return 'GitHub refused the token: check github-token (expired, revoked, or for another host)';
  if (status === 403 && /not accessible by integration/i.test(message)) {
    return (
      "The token lacks this permission: grant it in the workflow's `permissions:` (checks: write, " +
      'statuses: write); pull requests from forks get a read-only token'
    );
  }
  if (status === 403 && /rate limit/i.test(message)) return 'GitHub rate-limited this token: try again later';
  if (status === 404) return 'No such repository or object, or the token cannot see it (GitHub answers 404 for both)';
  return undefined;
}

export class GithubApiError extends CibError {
  readonly status: number;
  /** GitHub's `message` as sent. */
  readonly apiMessage: string;
  readonly documentationUrl?: string;

  constructor(what: string, status: number, body: Buffer) {
    let parsed: ErrorBody = {};
    try {
      parsed = JSON.parse(body.toString('utf8')) as ErrorBody;
    } catch {
      // A proxy's HTML page, say: the status alone will have to do.
    }
    const apiMessage = (parsed.message ?? '').replace(/\s*\n+\s*/g, ' ').trim();
    const details = (parsed.errors ?? [])
      .map((e) => (typeof e === 'string' ? e : (e.message ?? [e.field, e.code].filter(Boolean).join(' '))))
      .filter(Boolean);
    // GitHub's messages end with a period; the hint adds its own.
    const text = [apiMessage || 'no message', ...details].join('; ').replace(/\.$/, '');
    super(`GitHub API ${what} answered ${status}: ${text}`, { hint: hintFor(status, apiMessage) });
    this.name = 'GithubApiError';
    this.status = status;
    this.apiMessage = apiMessage;
    this.documentationUrl = parsed.documentation_url;
  }
}
