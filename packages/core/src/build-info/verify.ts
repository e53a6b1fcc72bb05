// Verify mode: polls a deployed build-info endpoint (JSON such as the seeds' `/build/info`, or
// a build-info.js) until the field at a dotted path names the expected commit, in full or
// abbreviated. Fails with the last value seen when time runs out. Each poll is one request of
// the shared HTTP client (timeout per attempt, retries within the time left) following
// redirects without taking the credentials to another origin. The clock and sleep are
// parameters so unit tests do not wait; the log is the one core code takes.
import { CibError, errorMessage, quoteForMessage } from '../errors/cib-error';
import { HttpClient } from '../http/http-client';
import { systemClock } from '../time/clock';
import { sendFollowingRedirects } from '../http/redirects';
import type { Log } from '../runner/runtime';
import { commitMatches, shortCommit } from './commit';
import { readJsonPath } from './json-path';
import { splitUrlCredentials } from './verify-request';

export interface VerifyOptions {
  /** May carry `user:password@`; it becomes a Basic Authorization header for that origin only. */
  url: URL;
  /** Dotted path of the field holding the commit (`git_commit`, `build.commit`). */
  field: string;
  /** The full expected commit. */
  commit: string;
  /** The shortest abbreviation accepted (the short-sha-length input). */
  minShortLength: number;
  timeoutSeconds: number;
  intervalSeconds: number;
  /** Sent as `Authorization: Bearer <token>` to the URL's origin only; wins over URL userinfo. */
  token?: string;
}

export interface VerifyDeps {
  /** Default: a client on `now` and `sleep` that logs its retries. Tests hand in one on a fake transport. */
  http?: HttpClient;
  /** Milliseconds; Date.now by default. */
  now?: () => number;
  /** Between polls (and, for the default client, between retries). */
  sleep?: (ms: number) => Promise<void>;
  /** Each attempt that did not match (and each retry of the default client), as an info line. */
  log?: Log;
}

export interface VerifyResult {
  attempts: number;
  /** The field's value that matched. */
  seen: string;
  /** The document the endpoint answered. */
  document: unknown;
  /** The URL that answered, after redirects, without credentials. */
  url: string;
}

interface Observation {
  matched: boolean;
  /** What we saw, for the log and the final error: `git_commit was "e8f2dfb"`, `HTTP 503`. */
  description: string;
  seen?: string;
  document?: unknown;
  url?: string;
}

const ACCEPT = 'application/json, text/javascript, */*;q=0.5';
/** A status page has no business being bigger. */
const MAX_BODY_BYTES = 1024 * 1024;

/** Parses a build-info body: JSON, or a build-info.js `window.NAME = {...};` script. */
export function parseBuildInfoBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    const script = /^\s*window\.[A-Za-z_$][\w$]*\s*=\s*([\s\S]*?);?\s*$/.exec(body);
    if (!script) return undefined;
    try {
      return JSON.parse(script[1]);
    } catch {
      return undefined;
    }
  }
}

function serializable(document: unknown): boolean {
  try {
    JSON.stringify(document);
    return true;
  } catch {
    return false;
  }
}

function showValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function observe(
  http: HttpClient,
  url: URL,
  options: VerifyOptions,
  authorization: string | undefined,
  deadline: number,
): Promise<Observation> {
  try {
    const answer = await sendFollowingRedirects(
      http,
      { method: 'GET', url, headers: { accept: ACCEPT }, maxBodyBytes: MAX_BODY_BYTES, deadline },
      { authorization },
    );
    if (answer.status < 200 || answer.status > 299) return { matched: false, description: `HTTP ${answer.status}` };
    const document = parseBuildInfoBody(answer.body.toString('utf8'));
    if (document === undefined) return { matched: false, description: 'a response that is not JSON' };
    // The json output writes the document out again: an answer JSON.parse took but
    // JSON.stringify cannot recurse through (tens of thousands of levels) is refused here.
    if (!serializable(document)) return { matched: false, description: 'an answer nested too deeply to handle' };
    const value = readJsonPath(document, options.field);
    if (value === undefined || value === null) {
      return { matched: false, description: `a response without ${options.field}`, document };
    }
    const seen = showValue(value);
    return {
      matched: typeof value === 'string' && commitMatches(value, options.commit, options.minShortLength),
      description: `${options.field} = ${quoteForMessage(seen, 80)}`,
      seen,
      document,
      url: answer.url.href,
    };
  } catch (error) {
    return { matched: false, description: `no answer (${errorMessage(error)})` };
  }
}

/** Polls until the deployment reports the commit; throws a CibError with the last value seen. */
export async function verifyDeployment(options: VerifyOptions, deps: VerifyDeps = {}): Promise<VerifyResult> {
  const now = deps.now ?? systemClock.now;
  const sleep = deps.sleep ?? systemClock.sleep;
  const log = (message: string) => deps.log?.info(message);
  const http = deps.http ?? new HttpClient({ clock: { now, sleep }, onRetry: log });
  const { url, authorization: basic } = splitUrlCredentials(options.url);
  const authorization = options.token ? `Bearer ${options.token}` : basic;
  const deadline = now() + options.timeoutSeconds * 1000;
  const short = shortCommit(options.commit, options.minShortLength);

  for (let attempts = 1; ; attempts++) {
    const seen = await observe(http, url, options, authorization, deadline);
    if (seen.matched) {
      return { attempts, seen: seen.seen ?? '', document: seen.document, url: seen.url ?? url.href };
    }
    const left = deadline - now();
    if (left <= 0) {
      throw new CibError(
        `${url.href} did not report commit ${short} in ${options.field} within ${options.timeoutSeconds} s ` +
          `(${attempts} attempt${attempts === 1 ? '' : 's'}); last seen: ${seen.description}`,
        { hint: 'Check that the deployment finished, or raise verify-timeout' },
      );
    }
    const wait = Math.min(options.intervalSeconds * 1000, left);
    log(`Attempt ${attempts}: ${seen.description}; trying again in ${Math.round(wait / 100) / 10} s`);
    await sleep(wait);
  }
}
