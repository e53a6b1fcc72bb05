export const id = 815;
export const ids = [815];
export const modules = {

/***/ 815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyDeployment: () => (/* binding */ verifyDeployment)
});

// UNUSED EXPORTS: parseBuildInfoBody

// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __webpack_require__(332);
;// CONCATENATED MODULE: ./packages/core/src/time/clock.ts
// The one clock: what time it is and how to wait. Registry, latest, manifest and HTTP code take a
// Clock handed in, so tests run on a clock they drive instead of patching timers or Date.
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

;// CONCATENATED MODULE: ./packages/core/src/http/limiter.ts
// A counting semaphore: at most `limit` tasks run at once, the rest wait in order.
class Limiter {
    limit;
    running = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
        if (!(limit >= 1))
            throw new RangeError(`limit must be at least 1, got ${limit}`);
    }
    /** Runs `task` when a slot is free. */
    async run(task) {
        if (this.running >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        else
            this.running++;
        try {
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.running--;
        }
    }
}
/** Maps over `items` with at most `limit` calls of `fn` at once; results keep the input order. */
async function mapLimited(items, limit, fn) {
    const limiter = new Limiter(limit);
    return Promise.all(items.map((item, index) => limiter.run(() => fn(item, index))));
}

;// CONCATENATED MODULE: ./packages/core/src/http/retry-policy.ts
// When and how long to wait before sending a request again: 408, 429 and 5xx answers and
// connection errors, with exponential backoff and jitter (half fixed, half random), honouring
// Retry-After; and which of those allow sending a request that is not idempotent again.
const DEFAULT_RETRY_POLICY = {
    attempts: 5,
    baseDelayMs: 250,
    maxDelayMs: 8000,
    maxRetryAfterMs: 60000,
};
/** 408 Request Timeout, 429 Too Many Requests and server errors other than "not implemented". */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
const RETRYABLE_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
]);
/**
 * Methods a client may send again after an answer or a connection that left it unsure whether the
 * server acted (RFC 9110, 9.2.2): repeating them changes nothing more than the first did.
 */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
/**
 * Answers that say the server did not act on the request, so even a POST may be sent again: 429
 * (RFC 6585: rate limited, refused before processing). A 5xx says nothing of the kind: a proxy's
 * 502 may come after the server created what was asked.
 */
function isUnprocessedStatus(status) {
    return status === 429;
}
/** Connection errors that mean the request never reached the server. */
function isUnsentNetworkCode(code) {
    return code === 'ECONNREFUSED' || code === 'EAI_AGAIN' || code === 'ENETUNREACH' || code === 'EHOSTUNREACH';
}
/** Network error codes worth another attempt (not TLS or DNS "no such host" failures). */
function isRetryableNetworkCode(code) {
    return RETRYABLE_CODES.has(code);
}
/**
 * The wait a Retry-After header asks for, in ms: delta-seconds or an HTTP date. Large bare
 * numbers (over 1000) are read as milliseconds, the unit GHCR sends them in; nobody means
 * "retry in 17 minutes" to a CI client.
 */
function parseRetryAfter(value, now) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text)) {
        const n = Number(text);
        return n > 1000 ? Math.round(n) : Math.round(n * 1000);
    }
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/**
 * The wait before attempt `attempt + 1` (attempt counts from 0): Retry-After when the server
 * said so (cut to the policy's limit), else exponential backoff with jitter.
 */
function retryDelay(attempt, policy, retryAfterMs, random = Math.random) {
    if (retryAfterMs !== undefined)
        return Math.min(retryAfterMs, policy.maxRetryAfterMs);
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

;// CONCATENATED MODULE: ./packages/core/src/http/transport.ts

/**
 * node:stream, loaded on the first exchange rather than with the module: node:stream costs
 * start-up to every action, and one that stops at an input error never sends a request.
 */
function stream() {
    return process.getBuiltinModule('node:stream');
}
/** True when a request body is a stream (sent once, as it comes) rather than bytes. */
function isStreamBody(body) {
    return body !== undefined && !Buffer.isBuffer(body);
}
/** No answer: the connection failed, was dropped, or the timeout passed. */
class HttpNetworkError extends cib_error/* CibError */.hi {
    /** `ECONNRESET`, `ECONNREFUSED`, `ETIMEDOUT` (our timeout), `EPROTO` (TLS to a plain port)… */
    code;
    /** The URL asked (after redirects, the hop that failed). */
    url;
    constructor(request, code, detail, cause) {
        super(`${request.method} ${redactUrl(request.url)} failed: ${detail}`, { cause });
        this.name = 'HttpNetworkError';
        this.code = code;
        this.url = request.url;
    }
}
/** The URL without query string values that may carry upload state or tokens. */
function redactUrl(url) {
    return `${url.protocol}//${url.host}${url.pathname}${url.search ? '?…' : ''}`;
}
const clients = new Map();
/**
 * node:http or node:https with a keep-alive agent, loaded on first use: node:http alone costs
 * tens of milliseconds of start-up, which an action that fails on its inputs should not pay, and
 * a run against an HTTPS registry never needs the plain module.
 */
function clientFor(protocol) {
    let client = clients.get(protocol);
    if (!client) {
        client = (protocol === 'https:' ? Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 708, 23)) : Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 67, 23))).then((mod) => ({
            request: mod.request,
            agent: new mod.Agent({ keepAlive: true, maxSockets: 16 }),
        }));
        clients.set(protocol, client);
    }
    return client;
}
/** Sends over node:http(s), resolving at the answer's headers. */
const nodeStreamTransport = async (request) => {
    const { request: send, agent } = await clientFor(request.url.protocol === 'https:' ? 'https:' : 'http:');
    return new Promise((resolve, reject) => {
        let settled = false;
        /** The answer's body once handed out: failures from then on end it instead of the promise. */
        let answer;
        const fail = (error) => {
            if (answer) {
                if (!answer.destroyed && !answer.writableEnded)
                    answer.destroy(error);
                return;
            }
            if (settled)
                return;
            settled = true;
            reject(error);
        };
        const failNetwork = (code, detail, cause) => fail(new HttpNetworkError(request, code, detail, cause));
        const headers = { 'user-agent': 'cib', ...request.headers };
        const streamed = isStreamBody(request.body) ? request.body : undefined;
        if (Buffer.isBuffer(request.body))
            headers['content-length'] = String(request.body.length);
        const options = {
            method: request.method,
            headers,
            agent,
            // Socket idle time, from before the connection is made until the answer is read.
            timeout: request.timeoutMs,
        };
        const req = send(request.url, options, (res) => {
            settled = true;
            // Flow control by hand rather than pipe(): an answer cut short must fail the body, never end it.
            const body = new (stream().PassThrough)();
            answer = body;
            res.on('data', (chunk) => {
                if (!body.write(chunk))
                    res.pause();
            });
            body.on('drain', () => res.resume());
            res.on('error', (error) => failNetwork(error.code ?? 'ECONNRESET', error.message, error));
            res.on('aborted', () => failNetwork('ECONNRESET', 'the connection closed before the whole answer came'));
            res.on('end', () => {
                if (!res.complete) {
                    failNetwork('ECONNRESET', 'the connection closed before the whole answer came');
                    return;
                }
                body.end();
                // Answered before the whole body was sent (a refusal): the connection cannot be reused.
                if (streamed && !streamed.readableEnded)
                    req.destroy();
            });
            // The reader gave up early: drop the connection rather than leave it half read.
            body.on('close', () => {
                if (!res.complete)
                    req.destroy();
            });
            const single = {};
            const lists = {};
            const raw = res.rawHeaders;
            for (let i = 0; i + 1 < raw.length; i += 2) {
                const name = raw[i].toLowerCase();
                (lists[name] ??= []).push(raw[i + 1]);
            }
            for (const [name, values] of Object.entries(lists))
                single[name] = values.join(', ');
            resolve({ status: res.statusCode ?? 0, headers: single, rawHeaders: lists, body, url: request.url });
        });
        req.on('timeout', () => {
            failNetwork('ETIMEDOUT', `nothing moved for ${request.timeoutMs} ms`);
            req.destroy();
        });
        req.on('error', (error) => failNetwork(error.code ?? 'ECONNRESET', error.message, error));
        if (streamed) {
            streamed.once('error', (error) => {
                fail(error);
                req.destroy();
            });
            streamed.pipe(req);
        }
        else {
            req.end(request.body);
        }
    });
};
/** The whole body of a streamed answer; `ETOOLARGE` (not retried) past `request.maxBodyBytes`. */
function readBody(body, request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        body.on('data', (chunk) => {
            chunks.push(chunk);
            size += chunk.length;
            if (request.maxBodyBytes !== undefined && size > request.maxBodyBytes) {
                reject(new HttpNetworkError(request, 'ETOOLARGE', `the answer is larger than ${request.maxBodyBytes} bytes`));
                body.destroy();
            }
        });
        body.on('error', reject);
        body.on('end', () => resolve(Buffer.concat(chunks, size)));
    });
}
/** A transport that reads each answer whole, over one that streams. */
function bufferOver(transport) {
    return async (request) => {
        const answer = await transport(request);
        return { ...answer, body: await readBody(answer.body, request) };
    };
}
/**
 * A transport that takes stream bodies over one that takes only bytes (the scripted transports of
 * tests): a stream body is read first, and fails the exchange before anything is sent if it fails.
 */
function readingStreamBodies(transport) {
    return async (request) => {
        if (!isStreamBody(request.body))
            return transport(request);
        return transport({ ...request, body: await readBody(request.body, { ...request, maxBodyBytes: undefined }) });
    };
}
/** A streaming transport over one that takes and gives whole bodies (the scripted transports of tests). */
function streamOver(transport) {
    const sending = readingStreamBodies(transport);
    return async (request) => {
        const answer = await sending(request);
        // In pieces of the size a socket reads, as an answer from the network comes.
        const pieces = [];
        for (let at = 0; at < answer.body.length; at += 64 * 1024)
            pieces.push(answer.body.subarray(at, at + 64 * 1024));
        return { ...answer, body: stream().Readable.from(pieces, { objectMode: false }) };
    };
}
/** Sends over node:http(s) and reads the whole answer. */
const nodeTransport = bufferOver(nodeStreamTransport);

;// CONCATENATED MODULE: ./packages/core/src/http/http-client.ts
// The one HTTP client of cib: every request gets a timeout, a slot under a concurrency limit,
// and retries on 408/429/5xx and dropped connections (backoff with jitter, Retry-After
// honoured). Answers come whole (`send`) or streaming (`open`); what cannot be sent twice (a
// stream body) is sent once, and its caller starts over through `backOff`, by the same policy.
// It counts what it sends, so benchmarks can report requests made.




/** The shortest timeout an attempt gets, however close the deadline. */
const MIN_ATTEMPT_MS = 1000;
class HttpClient {
    options;
    stats = { requests: 0, byMethod: {}, retries: 0 };
    policy;
    transport;
    streamTransport;
    limiter;
    timeoutMs;
    clock;
    random;
    constructor(options = {}) {
        this.options = options;
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
    send(request) {
        return this.exchange(request, this.transport, () => undefined);
    }
    /**
     * As `send`, but resolves at the answer's headers with its body streaming: the caller reads it
     * to the end or destroys it. Retries happen until an answer's headers are in; a body that
     * fails later fails the stream, and the caller starts over. The request's concurrency slot is
     * given back at the headers.
     */
    open(request) {
        // A retried answer's body is drained, so its connection can serve the next attempt.
        return this.exchange(request, this.streamTransport, (answer) => void answer.body.resume());
    }
    /**
     * Waits before the caller starts over something the client could not repeat by itself (a copy
     * whose body was a stream), by the policy of the client's own retries: `Retry-After` of the
     * answer that failed it honoured, counted and logged as a retry. `attempt` counts from 0;
     * false, without waiting, when the policy's attempts are used up.
     */
    async backOff(attempt, what, answer) {
        if (attempt + 1 >= this.policy.attempts)
            return false;
        const retryAfter = parseRetryAfter(answer?.headers['retry-after'], this.clock.now());
        await this.wait(attempt, retryDelay(attempt, this.policy, retryAfter, this.random), what);
        return true;
    }
    async exchange(request, transport, discard) {
        const { deadline, idempotent, ...rest } = request;
        const timeoutMs = request.timeoutMs ?? this.timeoutMs;
        const attempts = isStreamBody(request.body) ? 1 : this.policy.attempts;
        const repeatable = idempotent ?? IDEMPOTENT_METHODS.has(request.method);
        for (let attempt = 0;; attempt++) {
            const last = attempt + 1 >= attempts;
            const full = { ...rest, timeoutMs: this.attemptTimeout(timeoutMs, deadline) };
            let outcome;
            try {
                outcome = await this.limiter.run(() => {
                    this.count(full.method);
                    return transport(full);
                });
            }
            catch (error) {
                if (!(error instanceof HttpNetworkError))
                    throw error;
                outcome = error;
            }
            if (outcome instanceof HttpNetworkError) {
                if (last || !isRetryableNetworkCode(outcome.code))
                    throw outcome;
                if (!repeatable && !isUnsentNetworkCode(outcome.code))
                    throw outcome;
                const delay = retryDelay(attempt, this.policy, undefined, this.random);
                if (this.pastDeadline(delay, deadline))
                    throw outcome;
                await this.wait(attempt, delay, `${full.method} ${redactUrl(full.url)}: ${outcome.code}`);
                continue;
            }
            if (last || !isRetryableStatus(outcome.status))
                return outcome;
            if (!repeatable && !isUnprocessedStatus(outcome.status))
                return outcome;
            const retryAfter = parseRetryAfter(outcome.headers['retry-after'], this.clock.now());
            const delay = retryDelay(attempt, this.policy, retryAfter, this.random);
            if (this.pastDeadline(delay, deadline))
                return outcome;
            discard(outcome);
            await this.wait(attempt, delay, `${full.method} ${redactUrl(full.url)}: HTTP ${outcome.status}`);
        }
    }
    attemptTimeout(timeoutMs, deadline) {
        if (deadline === undefined)
            return timeoutMs;
        return Math.min(timeoutMs, Math.max(MIN_ATTEMPT_MS, deadline - this.clock.now()));
    }
    pastDeadline(delay, deadline) {
        return deadline !== undefined && this.clock.now() + delay > deadline;
    }
    count(method) {
        this.stats.requests++;
        this.stats.byMethod[method] = (this.stats.byMethod[method] ?? 0) + 1;
    }
    async wait(attempt, delay, what) {
        this.stats.retries++;
        this.options.onRetry?.(`${what}; retrying in ${delay} ms (attempt ${attempt + 2} of ${this.policy.attempts})`);
        await this.clock.sleep(delay);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/http/redirects.ts
// Following redirects on top of the HTTP client, and the one rule for where credentials go:
// the Authorization header is sent to the first URL's origin (scheme, host and port) only, and
// once the chain has left that origin it is not sent again, even if a later redirect comes
// back. Userinfo in a Location is never used, and only http(s) targets are followed.


/** A redirect that was not followed: too many of them, or a target that is not http(s). */
class RedirectError extends cib_error/* CibError */.hi {
    /** The redirect answer that was not followed. */
    response;
    constructor(message, response) {
        super(message);
        this.name = 'RedirectError';
        this.response = response;
    }
}
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** The Location a redirect answer points to, or undefined when the answer is not a redirect. */
function redirectLocation(response) {
    return REDIRECT_STATUSES.has(response.status) ? response.headers.location || undefined : undefined;
}
/**
 * Sends `request` through `http` (timeouts and retries per hop) and follows redirects.
 * Only GET and HEAD are followed, with the same method and headers; any other method gets the
 * redirect answer back, since resending a body elsewhere is the caller's decision. Throws
 * RedirectError past `maxRedirects` or for a non-http(s) target; HttpNetworkError as `send` does.
 */
function sendFollowingRedirects(http, request, options = {}) {
    return follow((hop) => http.send(hop), (answer) => answer, request, options);
}
/**
 * As `sendFollowingRedirects`, with the last answer's body streaming (`HttpClient.open`). The
 * bodies of redirect answers are drained; a RedirectError's answer comes without its body.
 */
function openFollowingRedirects(http, request, options = {}) {
    return follow((hop) => http.open(hop), (answer) => {
        answer.body.resume();
        return { ...answer, body: Buffer.alloc(0) };
    }, request, options);
}
async function follow(send, 
/** Done with a redirect answer: what a RedirectError carries. */
passed, request, options) {
    if (request.url.username || request.url.password) {
        // node:http would turn them into a Basic header behind our back, on every hop.
        throw new TypeError(`give the credentials of ${redactUrl(request.url)} as options.authorization, not in the URL`);
    }
    const maxRedirects = options.maxRedirects ?? 10;
    const origin = request.url.origin;
    const follows = request.method === 'GET' || request.method === 'HEAD';
    let url = request.url;
    let credentialsDropped = false;
    for (let redirects = 0;; redirects++) {
        if (url.origin !== origin)
            credentialsDropped = true;
        const headers = { ...request.headers };
        if (options.authorization && !credentialsDropped)
            headers.authorization = options.authorization;
        const response = await send({ ...request, url, headers, body: redirects === 0 ? request.body : undefined });
        const location = follows ? redirectLocation(response) : undefined;
        if (location === undefined)
            return { ...response, redirects, credentialsDropped };
        const done = passed(response);
        if (redirects >= maxRedirects) {
            throw new RedirectError(`${redactUrl(request.url)}: more than ${maxRedirects} redirects`, done);
        }
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
            throw new RedirectError(`${redactUrl(url)}: redirect to a ${next.protocol} URL refused`, done);
        }
        // Credentials come only from the caller, never from a server's Location header.
        next.username = '';
        next.password = '';
        url = next;
    }
}

// EXTERNAL MODULE: ./packages/core/src/build-info/commit.ts
var commit = __webpack_require__(544);
// EXTERNAL MODULE: ./packages/core/src/build-info/json-path.ts
var json_path = __webpack_require__(843);
// EXTERNAL MODULE: ./packages/core/src/build-info/verify-request.ts + 1 modules
var verify_request = __webpack_require__(35);
;// CONCATENATED MODULE: ./packages/core/src/build-info/verify.ts
// Verify mode: polls a deployed build-info endpoint (JSON such as the seeds' `/build/info`, or
// a build-info.js) until the field at a dotted path names the expected commit, in full or
// abbreviated. Fails with the last value seen when time runs out. Each poll is one request of
// the shared HTTP client (timeout per attempt, retries within the time left) following
// redirects without taking the credentials to another origin. The clock and sleep are
// parameters so unit tests do not wait; the log is the one core code takes.







const ACCEPT = 'application/json, text/javascript, */*;q=0.5';
/** A status page has no business being bigger. */
const MAX_BODY_BYTES = 1024 * 1024;
/** Parses a build-info body: JSON, or a build-info.js `window.NAME = {...};` script. */
function parseBuildInfoBody(body) {
    try {
        return JSON.parse(body);
    }
    catch {
        const script = /^\s*window\.[A-Za-z_$][\w$]*\s*=\s*([\s\S]*?);?\s*$/.exec(body);
        if (!script)
            return undefined;
        try {
            return JSON.parse(script[1]);
        }
        catch {
            return undefined;
        }
    }
}
function serializable(document) {
    try {
        JSON.stringify(document);
        return true;
    }
    catch {
        return false;
    }
}
function showValue(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
async function observe(http, url, options, authorization, deadline) {
    try {
        const answer = await sendFollowingRedirects(http, { method: 'GET', url, headers: { accept: ACCEPT }, maxBodyBytes: MAX_BODY_BYTES, deadline }, { authorization });
        if (answer.status < 200 || answer.status > 299)
            return { matched: false, description: `HTTP ${answer.status}` };
        const document = parseBuildInfoBody(answer.body.toString('utf8'));
        if (document === undefined)
            return { matched: false, description: 'a response that is not JSON' };
        // The json output writes the document out again: an answer JSON.parse took but
        // JSON.stringify cannot recurse through (tens of thousands of levels) is refused here.
        if (!serializable(document))
            return { matched: false, description: 'an answer nested too deeply to handle' };
        const value = (0,json_path/* readJsonPath */.A)(document, options.field);
        if (value === undefined || value === null) {
            return { matched: false, description: `a response without ${options.field}`, document };
        }
        const seen = showValue(value);
        return {
            matched: typeof value === 'string' && (0,commit/* commitMatches */.de)(value, options.commit, options.minShortLength),
            description: `${options.field} = ${(0,cib_error/* quoteForMessage */.Hx)(seen, 80)}`,
            seen,
            document,
            url: answer.url.href,
        };
    }
    catch (error) {
        return { matched: false, description: `no answer (${(0,cib_error/* errorMessage */.gJ)(error)})` };
    }
}
/** Polls until the deployment reports the commit; throws a CibError with the last value seen. */
async function verifyDeployment(options, deps = {}) {
    const now = deps.now ?? systemClock.now;
    const sleep = deps.sleep ?? systemClock.sleep;
    const log = (message) => deps.log?.info(message);
    const http = deps.http ?? new HttpClient({ clock: { now, sleep }, onRetry: log });
    const { url, authorization: basic } = (0,verify_request/* splitUrlCredentials */.C)(options.url);
    const authorization = options.token ? `Bearer ${options.token}` : basic;
    const deadline = now() + options.timeoutSeconds * 1000;
    const short = (0,commit/* shortCommit */.Ax)(options.commit, options.minShortLength);
    for (let attempts = 1;; attempts++) {
        const seen = await observe(http, url, options, authorization, deadline);
        if (seen.matched) {
            return { attempts, seen: seen.seen ?? '', document: seen.document, url: seen.url ?? url.href };
        }
        const left = deadline - now();
        if (left <= 0) {
            throw new cib_error/* CibError */.hi(`${url.href} did not report commit ${short} in ${options.field} within ${options.timeoutSeconds} s ` +
                `(${attempts} attempt${attempts === 1 ? '' : 's'}); last seen: ${seen.description}`, { hint: 'Check that the deployment finished, or raise verify-timeout' });
        }
        const wait = Math.min(options.intervalSeconds * 1000, left);
        log(`Attempt ${attempts}: ${seen.description}; trying again in ${Math.round(wait / 100) / 10} s`);
        await sleep(wait);
    }
}


/***/ })

};
