// The one HTTP client of cib: every request gets a timeout, a slot under a concurrency limit,
// and retries on 408/429/5xx and dropped connections (backoff with jitter, Retry-After
// honoured). Answers come whole (`send`) or streaming (`open`); what cannot be sent twice (a
// stream body) is sent once, and its caller starts over through `backOff`, by the same policy.
// It counts what it sends, so benchmarks can report requests made.
import { systemClock } from '../time/clock';
import type { Clock } from '../time/clock';
import { Limiter } from './limiter';
import {
  DEFAULT_RETRY_POLICY,
  IDEMPOTENT_METHODS,
  isRetryableNetworkCode,
  isRetryableStatus,
  isUnprocessedStatus,
  isUnsentNetworkCode,
  parseRetryAfter,
  retryDelay,
} from './retry-policy';
import type { RetryPolicy } from './retry-policy';
import {
  HttpNetworkError,
  bufferOver,
  isStreamBody,
  nodeStreamTransport,
  readingStreamBodies,
  redactUrl,
  streamOver,
} from './transport';
import type { HttpRequest, HttpResponse, HttpTransport, StreamTransport, StreamedResponse } from './transport';

export interface HttpClientOptions {
  /** Seams for tests: whole answers (a streaming one is made over it), or streamed answers. */
  transport?: HttpTransport;
  streamTransport?: StreamTransport;
  /** Per attempt; default 30 s. */
  timeoutMs?: number;
  maxConcurrency?: number;
  retry?: Partial<RetryPolicy>;
  /** Told about each retry, for the log. */
  onRetry?: (message: string) => void;
  /** What time it is and how to wait (deadlines, backoff); the system clock by default. */
  clock?: Clock;
  /** Seam for tests: the jitter. */
  random?: () => number;
}

export interface HttpStats {
  /** Every request sent, retries included. */
  requests: number;
  byMethod: Record<string, number>;
  retries: number;
}

export type SendOptions = Omit<HttpRequest, 'timeoutMs'> & {
  timeoutMs?: number;
  /**
   * A time (ms, by the client's clock) the caller must have an answer by: no retry whose wait
   * would end after it, and no attempt given longer than what is left (but at least
   * MIN_ATTEMPT_MS, so a last attempt can still be answered). The last answer or error stands.
   */
  deadline?: number;
  /**
   * Whether sending the request twice does no more than once. Default: by method (GET, HEAD,
   * PUT, DELETE, OPTIONS). A request that is not (a POST that creates a check run) is sent again
   * only when the server surely did not act on it (429, or no connection made), never after a 5xx
   * or a connection lost mid-way: the caller, who knows how to look, decides.
   */
  idempotent?: boolean;
};

/** The shortest timeout an attempt gets, however close the deadline. */
export const MIN_ATTEMPT_MS = 1000;

export class HttpClient {
  readonly stats: HttpStats = { requests: 0, byMethod: {}, retries: 0 };
  readonly policy: RetryPolicy;
  private readonly transport: HttpTransport;
  private readonly streamTransport: StreamTransport;
  private readonly limiter: Limiter;
  private readonly timeoutMs: number;
  private readonly clock: Clock;
  private readonly random: () => number;

  constructor(private readonly options: HttpClientOptions = {}) {
    this.streamTransport =
      options.streamTransport ?? (options.transport ? streamOver(options.transport) : nodeStreamTransport);
    this.transport = options.transport ? readingStreamBodies(options.transport) : bufferOver(this.streamTransport);
    this.limiter = new Limiter(options.maxConcurrency ?? 8);
    this.timeoutMs = options.timeoutMs ?? 30000;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
  }

  /**
   * Sends the request, retrying retryable answers and connection errors. Returns the last
   * answer whatever its status (the caller decides what a 404 means); throws HttpNetworkError
   * when no attempt got an answer. A request whose body is a stream is sent once.
   */
  send(request: SendOptions): Promise<HttpResponse> {
    return this.exchange(request, this.transport, () => undefined);
  }

  /**
   * As `send`, but resolves at the answer's headers with its body streaming: the caller reads it
   * to the end or destroys it. Retries happen until an answer's headers are in; a body that
   * fails later fails the stream, and the caller starts over. The request's concurrency slot is
   * given back at the headers.
   */
  open(request: SendOptions): Promise<StreamedResponse> {
    // A retried answer's body is drained, so its connection can serve the next attempt.
    return this.exchange(request, this.streamTransport, (answer) => void answer.body.resume());
  }

  /**
   * Waits before the caller starts over something the client could not repeat by itself (a copy
   * whose body was a stream), by the policy of the client's own retries: `Retry-After` of the
   * answer that failed it honoured, counted and logged as a retry. `attempt` counts from 0;
   * false, without waiting, when the policy's attempts are used up.
   */
  async backOff(attempt: number, what: string, answer?: Pick<HttpResponse, 'headers'>): Promise<boolean> {
    if (attempt + 1 >= this.policy.attempts) return false;
    const retryAfter = parseRetryAfter(answer?.headers['retry-after'], this.clock.now());
    await this.wait(attempt, retryDelay(attempt, this.policy, retryAfter, this.random), what);
    return true;
  }

  private async exchange<A extends Pick<HttpResponse, 'status' | 'headers'>>(
    request: SendOptions,
    transport: (request: HttpRequest) => Promise<A>,
    discard: (answer: A) => void,
  ): Promise<A> {
    const { deadline, idempotent, ...rest } = request;
    const timeoutMs = request.timeoutMs ?? this.timeoutMs;
    const attempts = isStreamBody(request.body) ? 1 : this.policy.attempts;
    const repeatable = idempotent ?? IDEMPOTENT_METHODS.has(request.method);
    for (let attempt = 0; ; attempt++) {
      const last = attempt + 1 >= attempts;
      const full: HttpRequest = { ...rest, timeoutMs: this.attemptTimeout(timeoutMs, deadline) };
      let outcome: A | HttpNetworkError;
      try {
        outcome = await this.limiter.run(() => {
          this.count(full.method);
          return transport(full);
        });
      } catch (error) {
        if (!(error instanceof HttpNetworkError)) throw error;
        outcome = error;
      }
      if (outcome instanceof HttpNetworkError) {
        if (last || !isRetryableNetworkCode(outcome.code)) throw outcome;
        if (!repeatable && !isUnsentNetworkCode(outcome.code)) throw outcome;
        const delay = retryDelay(attempt, this.policy, undefined, this.random);
        if (this.pastDeadline(delay, deadline)) throw outcome;
        await this.wait(attempt, delay, `${full.method} ${redactUrl(full.url)}: ${outcome.code}`);
        continue;
      }
      if (last || !isRetryableStatus(outcome.status)) return outcome;
      if (!repeatable && !isUnprocessedStatus(outcome.status)) return outcome;
      const retryAfter = parseRetryAfter(outcome.headers['retry-after'], this.clock.now());
      const delay = retryDelay(attempt, this.policy, retryAfter, this.random);
      if (this.pastDeadline(delay, deadline)) return outcome;
      discard(outcome);
      await this.wait(attempt, delay, `${full.method} ${redactUrl(full.url)}: HTTP ${outcome.status}`);
    }
  }

  private attemptTimeout(timeoutMs: number, deadline: number | undefined): number {
    if (deadline === undefined) return timeoutMs;
    return Math.min(timeoutMs, Math.max(MIN_ATTEMPT_MS, deadline - this.clock.now()));
  }

  private pastDeadline(delay: number, deadline: number | undefined): boolean {
    return deadline !== undefined && this.clock.now() + delay > deadline;
  }

  private count(method: string): void {
    this.stats.requests++;
    this.stats.byMethod[method] = (this.stats.byMethod[method] ?? 0) + 1;
  }

  private async wait(attempt: number, delay: number, what: string): Promise<void> {
    this.stats.retries++;
    this.options.onRetry?.(`${what}; retrying in ${delay} ms (attempt ${attempt + 2} of ${this.policy.attempts})`);
    await this.clock.sleep(delay);
  }
}
