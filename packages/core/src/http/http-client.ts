// The one HTTP client of cib: every request gets a timeout, a slot under a concurrency limit,
// and retries on 408/429/5xx and dropped connections (backoff with jitter, Retry-After
// honoured). It counts what it sends, so benchmarks can report requests made.
import { Limiter } from './limiter';
import {
  DEFAULT_RETRY_POLICY,
  isRetryableNetworkCode,
  isRetryableStatus,
  parseRetryAfter,
  retryDelay,
} from './retry-policy';
import type { RetryPolicy } from './retry-policy';
import { HttpNetworkError, nodeTransport, redactUrl } from './transport';
import type { HttpRequest, HttpResponse, HttpTransport } from './transport';

export interface HttpClientOptions {
  transport?: HttpTransport;
  /** Per attempt; default 30 s. */
  timeoutMs?: number;
  maxConcurrency?: number;
  retry?: Partial<RetryPolicy>;
  /** Told about each retry, for the log. */
  onRetry?: (message: string) => void;
  /** Seams for tests. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
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
};

/** The shortest timeout an attempt gets, however close the deadline. */
export const MIN_ATTEMPT_MS = 1000;

/** Waits `ms` milliseconds: the real clock behind the `sleep` seams. */
export const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class HttpClient {
  readonly stats: HttpStats = { requests: 0, byMethod: {}, retries: 0 };
  readonly policy: RetryPolicy;
  private readonly transport: HttpTransport;
  private readonly limiter: Limiter;
  private readonly timeoutMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly options: HttpClientOptions = {}) {
    this.transport = options.transport ?? nodeTransport;
    this.limiter = new Limiter(options.maxConcurrency ?? 8);
    this.timeoutMs = options.timeoutMs ?? 30000;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.sleep = options.sleep ?? sleepFor;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  /**
   * Sends the request, retrying retryable answers and connection errors. Returns the last
   * answer whatever its status (the caller decides what a 404 means); throws HttpNetworkError
   * when no attempt got an answer.
   */
  async send(request: SendOptions): Promise<HttpResponse> {
    const { deadline, ...rest } = request;
    const timeoutMs = request.timeoutMs ?? this.timeoutMs;
    for (let attempt = 0; ; attempt++) {
      const last = attempt + 1 >= this.policy.attempts;
      const full: HttpRequest = { ...rest, timeoutMs: this.attemptTimeout(timeoutMs, deadline) };
      let outcome: HttpResponse | HttpNetworkError;
      try {
        outcome = await this.limiter.run(() => {
          this.count(full.method);
          return this.transport(full);
        });
      } catch (error) {
        if (!(error instanceof HttpNetworkError)) throw error;
        outcome = error;
      }
      if (outcome instanceof HttpNetworkError) {
        if (last || !isRetryableNetworkCode(outcome.code)) throw outcome;
        const delay = retryDelay(attempt, this.policy, undefined, this.random);
        if (this.pastDeadline(delay, deadline)) throw outcome;
        await this.wait(attempt, delay, `${full.method} ${redactUrl(full.url)}: ${outcome.code}`);
        continue;
      }
      if (last || !isRetryableStatus(outcome.status)) return outcome;
      const retryAfter = parseRetryAfter(outcome.headers['retry-after'], this.now());
      const delay = retryDelay(attempt, this.policy, retryAfter, this.random);
      if (this.pastDeadline(delay, deadline)) return outcome;
      await this.wait(attempt, delay, `${full.method} ${redactUrl(full.url)}: HTTP ${outcome.status}`);
    }
  }

  private attemptTimeout(timeoutMs: number, deadline: number | undefined): number {
    if (deadline === undefined) return timeoutMs;
    return Math.min(timeoutMs, Math.max(MIN_ATTEMPT_MS, deadline - this.now()));
  }

  private pastDeadline(delay: number, deadline: number | undefined): boolean {
    return deadline !== undefined && this.now() + delay > deadline;
  }

  private count(method: string): void {
    this.stats.requests++;
    this.stats.byMethod[method] = (this.stats.byMethod[method] ?? 0) + 1;
  }

  private async wait(attempt: number, delay: number, what: string): Promise<void> {
    this.stats.retries++;
    this.options.onRetry?.(`${what}; retrying in ${delay} ms (attempt ${attempt + 2} of ${this.policy.attempts})`);
    await this.sleep(delay);
  }
}
