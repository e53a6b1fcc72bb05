export const id = 566;
export const ids = [566];
export const modules = {

/***/ 4566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RegistryClient: () => (/* binding */ RegistryClient)
});

// EXTERNAL MODULE: ./packages/core/src/time/clock.ts
var time_clock = __webpack_require__(9661);
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

// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __webpack_require__(2332);
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
        client = (protocol === 'https:' ? Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23))).then((mod) => ({
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
        this.clock = options.clock ?? time_clock/* systemClock */.m;
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

;// CONCATENATED MODULE: ./packages/core/src/runtime-memory/gc-nudge.ts
// Keeps V8's young generation small while a stream runs: the "GC nudge" shared by the registry
// blob copy and the quality report readers. Streams that hand on buffers or cut strings and
// objects from chunks make garbage V8 sees only by small wrappers (a Buffer's memory lives outside
// the heap) or that it lets pile up: it collects the young generation when it is full, and grows
// it (up to 16 MB a semi-space, 48 MB committed) while anything survives. Both cost RSS a
// small-heap process never needs. A minor collection of a heap this small takes about a
// millisecond, so one every few MB is cheap (bench/promotion.mjs for the copy,
// bench/quality-gate.mjs for the reports).
/** Bytes passed between two young-generation collections. */
const NUDGE_EVERY_BYTES = 4 * 1024 * 1024;
let collect;
let preparing;
let capped = false;
/**
 * Reaches V8's `gc` the documented way (`--expose-gc`, then a new context's global). Loaded when
 * a stream starts, not when an action starts: node:v8 and node:vm cost start-up time an action
 * that fails on its inputs should not pay. Without it (a runtime that refuses), no nudges.
 */
async function prepareGcNudge(options = {}) {
    preparing ??= Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8877, 23)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 714, 23))]).then(([v8, vm]) => {
        v8.setFlagsFromString('--expose-gc');
        collect = vm.runInNewContext('gc');
    }, () => undefined);
    await preparing;
    if (options.capYoungGeneration && !capped) {
        capped = true;
        // V8 reads the growth factor each time it would grow the young generation; 1 keeps its size.
        const v8 = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8877, 23)).catch(() => undefined);
        v8?.setFlagsFromString('--semi-space-growth-factor=1');
    }
}
/**
 * Every how many nudges the report readers ask for a full collection (every 64 MB). Their
 * survivors (a chunk's last objects, kept failures) reach the old generation, which V8 lets grow
 * by what piled up before it marks: a 1 GB JUnit report peaked at 88-97 MB, 84 MB with this. A
 * full collection of their small heap takes a few milliseconds.
 */
const REPORT_FULL_EVERY = 16;
/** Counts the bytes (or characters) one stream has passed and nudges every `every` of them. */
class GcNudge {
    every;
    fullEvery;
    collectNow;
    passed = 0;
    nudges = 0;
    /**
     * `fullEvery`: make every n-th nudge a full collection (0: minor ones only). `collectNow`: V8's
     * gc once prepared; a test gives its own to see which collections were asked for, since V8 may
     * run a requested minor collection as a full one.
     */
    constructor(every = NUDGE_EVERY_BYTES, fullEvery = 0, collectNow = (options) => collect?.(options)) {
        this.every = every;
        this.fullEvery = fullEvery;
        this.collectNow = collectNow;
    }
    /** Records `bytes` more passed; asks for a collection when `every` have piled up. */
    passedBytes(bytes) {
        this.passed += bytes;
        if (this.passed < this.every)
            return;
        this.passed = 0;
        this.nudges++;
        this.collectNow({ type: this.fullEvery > 0 && this.nudges % this.fullEvery === 0 ? 'major' : 'minor' });
    }
}
/** The nudge a report reader runs with: prepared with the young generation capped, a full collection every 64 MB. */
async function reportGcNudge() {
    await prepareGcNudge({ capYoungGeneration: true });
    return new GcNudge(NUDGE_EVERY_BYTES, REPORT_FULL_EVERY);
}

// EXTERNAL MODULE: ./packages/core/src/registry/digest.ts
var registry_digest = __webpack_require__(7761);
;// CONCATENATED MODULE: ./packages/core/src/registry/blob-stream.ts



/**
 * Bytes pass on as they come, hashed on the way, except the latest chunk, held back until the
 * next arrives. At the end the digest and size are checked and only then does the held chunk go
 * on: an upload whose server commits on the last byte never commits content that does not match.
 * Fails with `mismatch(actual)` (`actual` names the digest or the byte count found).
 */
function verifyingStream(digest, size, mismatch) {
    const algorithm = (0,registry_digest/* digestAlgorithm */.g4)(digest);
    const hash = (0,registry_digest/* createHash */.n1)(algorithm);
    let seen = 0;
    let held;
    // The buffers handed on are garbage once sent (see gc-nudge.ts; bench/promotion.mjs measures it).
    const nudge = new GcNudge();
    return new (stream().Transform)({
        transform(chunk, _encoding, done) {
            seen += chunk.length;
            if (seen > size) {
                done(mismatch(`more than the ${size} bytes its descriptor says`));
                return;
            }
            hash.update(chunk);
            nudge.passedBytes(chunk.length);
            if (held)
                this.push(held);
            held = chunk;
            done();
        },
        flush(done) {
            if (seen !== size) {
                done(mismatch(`${seen} bytes, not the ${size} its descriptor says`));
                return;
            }
            const actual = `${algorithm}:${hash.digest('hex')}`;
            if (actual !== digest) {
                done(mismatch(actual));
                return;
            }
            done(null, held);
        },
    });
}
/**
 * Cuts `source` into consecutive pieces: each `next(n)` is a stream of the next `n` bytes (fewer
 * only when the source ends). Take one piece to its end before asking for the next.
 */
function pieces(source) {
    const iterator = source[Symbol.asyncIterator]();
    let rest;
    async function* piece(n) {
        for (let left = n; left > 0;) {
            let chunk = rest;
            rest = undefined;
            if (!chunk) {
                const read = await iterator.next();
                if (read.done)
                    return;
                chunk = read.value;
            }
            if (chunk.length > left) {
                rest = chunk.subarray(left);
                chunk = chunk.subarray(0, left);
            }
            left -= chunk.length;
            yield chunk;
        }
    }
    return { next: (n) => stream().Readable.from(piece(n), { objectMode: false }) };
}

;// CONCATENATED MODULE: ./packages/core/src/registry/errors.ts
// A registry's refusal or failure, with the HTTP status, the OCI error code and the reference
// it was about, so callers can tell "does not exist" from "not allowed" from "down"; and the one
// table of hints saying what to do about each refusal, turned into errors by one pure function.

class RegistryError extends cib_error/* CibError */.hi {
    /** HTTP status, 0 when no response came (connection error, timeout). */
    status;
    code;
    /** The image reference (or repository) the request was about. */
    reference;
    constructor(message, details) {
        super(message, { hint: details.hint, cause: details.cause });
        this.name = 'RegistryError';
        this.status = details.status;
        this.code = details.code;
        this.reference = details.reference;
    }
}
/** The first error of an OCI error body (`{"errors":[{"code","message"}]}`), if it is one. */
function parseErrorBody(body) {
    try {
        const parsed = JSON.parse(body.toString());
        const first = parsed.errors?.[0];
        if (first && typeof first.code === 'string') {
            return { code: first.code, message: typeof first.message === 'string' ? first.message : '' };
        }
    }
    catch {
        // Not JSON: proxies and load balancers answer with HTML.
    }
    return undefined;
}
const notAllowed = (f) => `The account used for ${f.registry} is not allowed to ${f.access} ${f.repository}` +
    (f.access === 'push' ? ' (it can read but not push): check its permissions, or log in as one that may' : '');
/**
 * The one table of what to do about a registry's refusal; the first row that matches gives the
 * hint. Registries word immutable tags differently: ECR answers 400 TAG_INVALID "... cannot be
 * overwritten because the repository is immutable", others answer with "immutable" and 403/409.
 */
const REGISTRY_HINTS = [
    {
        name: 'immutable tag',
        matches: (f) => /immutab|cannot be overwritten/i.test(f.message),
        hint: () => 'The repository has immutable tags (ECR: image tag mutability IMMUTABLE), so an existing tag cannot move: make its tags mutable, or release without moving tags',
    },
    {
        name: 'tag refused',
        matches: (f) => f.status === 400 && f.code === 'TAG_INVALID',
        hint: () => 'The registry refused the tag: some registries refuse overwriting an immutable tag with TAG_INVALID',
    },
    {
        name: 'token lacks the scope',
        matches: (f) => f.status === 401 && f.credentialsRefused && /insufficient_scope/.test(f.challenge),
        hint: notAllowed,
    },
    {
        name: 'credentials refused',
        matches: (f) => f.status === 401 && f.credentialsRefused,
        hint: (f) => `The registry refused the credentials for ${f.registry}: check the username and password (or token)`,
    },
    {
        name: 'not logged in',
        matches: (f) => f.status === 401,
        hint: (f) => `Log in to ${f.registry} with an account that can access ${f.repository}: give username and password, or run docker/login-action first`,
    },
    { name: 'forbidden', matches: (f) => f.status === 403 || f.code === 'DENIED', hint: notAllowed },
    { name: 'not found', matches: (f) => f.status === 404, hint: (f) => `Check that ${f.reference} exists` },
    {
        name: 'too large',
        matches: (f) => f.status === 413,
        hint: (f) => `${f.registry} (or a proxy in front of it) refused the request as too large: raise its body size limit (nginx: client_max_body_size)`,
    },
    {
        name: 'rate limited',
        matches: (f) => f.status === 429 || f.code === 'TOOMANYREQUESTS',
        hint: () => 'The registry kept rate-limiting after several retries; try again later or log in for a higher limit',
    },
];
/** The hint of the first row of REGISTRY_HINTS that matches, if any. */
function registryHint(facts) {
    return REGISTRY_HINTS.find((row) => row.matches(facts))?.hint(facts);
}
/** The OCI code a status stands for when the registry sent none. */
function codeOfStatus(status) {
    return status === 401 ? 'UNAUTHORIZED' : status === 403 ? 'DENIED' : status === 429 ? 'TOOMANYREQUESTS' : undefined;
}
/**
 * The RegistryError for an answer that was not what `action` needed: `Could not <action>
 * <reference>: HTTP <status> <code>: <registry's message>`, with the table's hint.
 */
function registryFailure(answer, request) {
    const parsed = parseErrorBody(answer.body);
    const code = parsed?.code ?? codeOfStatus(answer.status);
    const { action, ...about } = request;
    const hint = registryHint({
        ...about,
        status: answer.status,
        code,
        message: parsed?.message ?? '',
        challenge: answer.headers['www-authenticate'] ?? '',
    });
    const detail = parsed?.message ? `: ${parsed.message}` : '';
    return new RegistryError(`Could not ${action} ${request.reference}: HTTP ${answer.status}${code ? ` ${code}` : ''}${detail}`, { status: answer.status, code, reference: request.reference, hint });
}
/** Content that does not match its digest: never trusted, never retried. */
function digestMismatch(reference, expected, actual) {
    return new RegistryError(`Digest mismatch for ${reference}: expected ${expected}, got ${actual}`, {
        status: 0,
        code: 'DIGEST_MISMATCH',
        reference,
        hint: 'The registry or a proxy changed the content; do not trust it',
    });
}

// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var registry_reference = __webpack_require__(908);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/http/basic-auth.ts
// HTTP Basic credentials (RFC 7617): base64 of `user:password`, the form registries, token
// services and verify URLs take them in, and the form a log could show them in (so it is masked).
/** base64 of `username:password`, as in a Basic header or a Docker config's `auth` field. */
function basicCredentials(username, password) {
    return Buffer.from(`${username}:${password}`).toString('base64');
}
/** The value of an `Authorization: Basic …` header. */
function basicAuthorization(username, password) {
    return `Basic ${basicCredentials(username, password)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/credentials.ts
// Where registry credentials come from: the action's inputs first, then the Docker config file
// that docker/login-action and `docker login` write (`$DOCKER_CONFIG/config.json`, default
// ~/.docker): `auths.<host>.auth` (base64 user:password), `credHelpers.<host>` or `credsStore`
// naming a `docker-credential-<name>` program that answers `get` with the host on stdin.






/** The key Docker uses for Docker Hub in config files and credential helpers. */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
/** `https://ghcr.io/v2/` and `ghcr.io` name the same registry; Docker Hub has several names. */
function normalizeRegistryHost(key) {
    const host = key
        .trim()
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    return (0,registry_reference/* isDockerHubHost */.ci)(host) ? registry_reference/* DOCKER_HUB */.Xb : host;
}
/** Looks credentials up once per registry host and remembers the answer. */
class CredentialSource {
    options;
    cache = new Map();
    config;
    explicit = new Map();
    constructor(options = {}) {
        this.options = options;
        for (const [host, credentials] of Object.entries(options.explicit ?? {})) {
            this.explicit.set(normalizeRegistryHost(host), credentials);
            this.mask(credentials);
        }
    }
    /** The credentials for a registry host (`ghcr.io`, `127.0.0.1:5000`, `docker.io`), if any. */
    get(registry) {
        const host = normalizeRegistryHost(registry);
        let found = this.cache.get(host);
        if (!found) {
            found = this.lookup(host);
            this.cache.set(host, found);
        }
        return found;
    }
    async lookup(host) {
        const given = this.explicit.get(host);
        if (given)
            return given;
        const config = await this.readConfig();
        if (!config)
            return undefined;
        const helper = config.credHelpers?.[this.configKey(config.credHelpers, host) ?? ''] ?? config.credsStore;
        if (helper) {
            const fromHelper = await this.fromHelper(helper, host);
            if (fromHelper)
                return fromHelper;
        }
        const entry = config.auths?.[this.configKey(config.auths, host) ?? ''];
        if (!entry)
            return undefined;
        let credentials;
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0)
                credentials = { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
        }
        else if (entry.username && entry.password) {
            credentials = { username: entry.username, password: entry.password };
        }
        if (entry.identitytoken)
            credentials = {
                username: credentials?.username ?? '',
                password: credentials?.password ?? '',
                identityToken: entry.identitytoken,
            };
        if (credentials) {
            this.mask(credentials);
            this.options.log?.debug(`Using credentials for ${host} from ${this.configPath()}`);
        }
        return credentials;
    }
    /** The key of `entries` that names `host` (`ghcr.io`, `https://ghcr.io`, `https://index.docker.io/v1/`). */
    configKey(entries, host) {
        if (!entries)
            return undefined;
        return Object.keys(entries).find((key) => normalizeRegistryHost(key) === host);
    }
    configPath() {
        const env = this.options.env ?? process.env;
        const dir = this.options.dockerConfigDir ?? env.DOCKER_CONFIG ?? (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.docker');
        return (0,external_node_path_.join)(dir, 'config.json');
    }
    readConfig() {
        this.config ??= (async () => {
            const path = this.configPath();
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)(path, 'utf8');
            }
            catch {
                return undefined;
            }
            try {
                return JSON.parse(text);
            }
            catch (error) {
                throw new cib_error/* CibError */.hi(`The Docker config ${path} is not valid JSON: ${(0,cib_error/* errorMessage */.gJ)(error)}`, {
                    hint: 'Fix or remove it, or give username and password as inputs',
                });
            }
        })();
        return this.config;
    }
    async fromHelper(helper, host) {
        const program = `docker-credential-${helper}`;
        const exec = this.options.exec ?? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8534))).execProcess;
        const serverUrl = host === registry_reference/* DOCKER_HUB */.Xb ? DOCKER_HUB_KEY : host;
        const env = this.options.env ? { ...this.options.env } : undefined;
        const result = await exec(program, ['get'], { input: serverUrl, allowFailure: true, timeoutMs: 30000, env });
        if (result.exitCode !== 0) {
            // "credentials not found in native keychain" is the helpers' way of saying "none here".
            if (/not found/i.test(result.stdout + result.stderr))
                return undefined;
            throw new cib_error/* CibError */.hi(`The credential helper ${program} failed for ${host} (exit code ${result.exitCode})`, {
                hint: `Check that ${program} works: echo ${serverUrl} | ${program} get`,
            });
        }
        let answer;
        try {
            answer = JSON.parse(result.stdout);
        }
        catch {
            throw new cib_error/* CibError */.hi(`The credential helper ${program} answered something that is not JSON for ${host}`, {
                hint: `Check that ${program} works: echo ${serverUrl} | ${program} get`,
            });
        }
        if (!answer.Secret)
            return undefined;
        this.options.maskSecret?.(answer.Secret);
        this.options.log?.debug(`Using credentials for ${host} from ${program}`);
        if (answer.Username === '<token>')
            return { username: '', password: '', identityToken: answer.Secret };
        return { username: answer.Username ?? '', password: answer.Secret };
    }
    mask(credentials) {
        const mask = this.options.maskSecret;
        if (!mask)
            return;
        if (credentials.password)
            mask(credentials.password);
        if (credentials.identityToken)
            mask(credentials.identityToken);
        mask(basicCredentials(credentials.username, credentials.password));
    }
}

;// CONCATENATED MODULE: ./packages/core/src/registry/request.ts





const MAX_REDIRECTS = 5;
/** Error answers read whole before turning them into a RegistryError; nobody sends more. */
const MAX_ERROR_BODY = 64 * 1024;
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;
function pullScope(ref) {
    return `repository:${ref.repository}:pull`;
}
function pushScope(ref) {
    return `repository:${ref.repository}:pull,push`;
}
class RegistryRequests {
    http;
    auth;
    credentials;
    options;
    insecure;
    /** When this client last wrote each `repository@reference`. */
    written = new Map();
    /** Origins asked `GET /v2/` for their auth challenge, or that answered without one. */
    pinged = new Set();
    constructor(http, auth, credentials, options) {
        this.http = http;
        this.auth = auth;
        this.credentials = credentials;
        this.options = options;
        this.insecure = new Set((options.insecureHosts ?? []).map((host) => normalizeRegistryHost(host)));
    }
    /** Sends a request with auth, redirects, retries and the 404-after-write wait; the answer read whole. */
    send(spec) {
        return this.waitingForWrites(spec, (hop, auth) => this.follow(spec, hop, auth), () => undefined);
    }
    /** As `send` for a GET whose answer's body streams (blob copies): read it or destroy it. */
    open(spec) {
        return this.waitingForWrites(spec, (hop, auth) => this.followStream(spec, hop, auth), (answer) => void answer.body.resume());
    }
    /** A streamed answer read whole (bounded), to turn a refusal into an error. */
    async whole(answer) {
        const body = await readBody(answer.body, { method: 'GET', url: answer.url, maxBodyBytes: MAX_ERROR_BODY }).catch(() => Buffer.alloc(0));
        return { ...answer, body };
    }
    /** The RegistryError for an answer that is not what `action` needed (errors.ts says which hint). */
    failure(answer, ref, action, access = 'pull') {
        return registryFailure(answer, {
            action,
            access,
            reference: (0,registry_reference/* formatReference */.FH)(ref),
            registry: ref.registry,
            repository: ref.repository,
            credentialsRefused: answer.credentialsRefused === true,
        });
    }
    /**
     * `https://host`, or `http://host` for loopback hosts and those listed as insecure. Plain HTTP
     * is taken as said, not tried after HTTPS: a listed host that also speaks TLS still gets HTTP.
     */
    origin(ref) {
        const host = (0,registry_reference/* apiHost */.nz)(ref);
        return `${this.allowsPlainHttp(host) ? 'http' : 'https'}://${host}`;
    }
    /** Loopback hosts, and hosts the user listed as insecure. */
    allowsPlainHttp(host) {
        return LOOPBACK.test(host) || this.insecure.has(normalizeRegistryHost(host));
    }
    /** Whether this client wrote `reference` (tag or digest) in the repository a moment ago. */
    wasWritten(ref, reference) {
        const at = this.written.get(`${(0,registry_reference/* formatRepository */.Sh)(ref)}@${reference}`);
        return at !== undefined && this.options.clock.now() - at < this.options.propagationMs;
    }
    markWritten(ref, reference) {
        this.written.set(`${(0,registry_reference/* formatRepository */.Sh)(ref)}@${reference}`, this.options.clock.now());
    }
    /** Network failures (no answer) as the RegistryError callers get. */
    unreachable(error, ref) {
        return new RegistryError(`Could not reach ${ref.registry}: ${error.message}`, {
            status: 0,
            code: error.code === 'ETIMEDOUT' ? 'TIMEOUT' : 'NETWORK',
            reference: (0,registry_reference/* formatReference */.FH)(ref),
            cause: error,
            hint: /^(EPROTO|ERR_SSL|ECONNRESET)/.test(error.code) && error.url.protocol === 'https:'
                ? `If ${error.url.host} serves plain HTTP, list it in the registry-insecure input`
                : 'Check the registry host and that the runner can reach it (we retried with backoff)',
        });
    }
    async waitingForWrites(spec, hop, discard) {
        let waited = 0;
        for (let wait = 200;; wait = Math.min(wait * 2, 2000)) {
            const response = await this.authorized(spec, hop, discard);
            if (response.status !== 404 || !spec.justWritten || waited >= this.options.propagationMs)
                return response;
            discard(response);
            this.options.log?.debug(`${spec.method} ${(0,registry_reference/* formatReference */.FH)(spec.ref)}: 404 right after writing it; waiting for the registry`);
            await this.options.clock.sleep(wait);
            waited += wait;
        }
    }
    async authorized(spec, hop, discard) {
        const origin = this.origin(spec.ref);
        const registry = spec.ref.registry;
        const url = new URL(spec.path, origin);
        let scopes = spec.scopes;
        if (spec.body && !this.pinged.has(origin) && !this.auth.knows(origin) && (await this.credentials.get(registry))) {
            // Learn the challenge with `GET /v2/` rather than send a whole body only to get a 401.
            this.pinged.add(origin);
            const ping = await this.follow({ ...spec, method: 'GET', body: undefined, headers: {} }, new URL('/v2/', origin));
            if (ping.status === 401)
                await this.auth.onUnauthorized(origin, registry, scopes, ping, undefined);
        }
        for (let attempt = 0;; attempt++) {
            const auth = await this.auth.authorization(origin, registry, scopes);
            const response = await hop(url, auth);
            if (response.status !== 401) {
                // Answered without a challenge: no need to ask `GET /v2/` for one later.
                if (!auth)
                    this.pinged.add(origin);
                return response;
            }
            const refused = auth !== undefined && (await this.credentials.get(registry)) !== undefined;
            const answer = refused ? { ...response, credentialsRefused: true } : response;
            // A stream cannot be sent again: learn the challenge for the caller's next attempt.
            const replayable = !isStreamBody(spec.body);
            if (attempt >= 3)
                return answer;
            const next = await this.auth.onUnauthorized(origin, registry, scopes, response, auth);
            if (!next || !replayable)
                return answer;
            discard(response);
            scopes = next;
        }
    }
    /**
     * One request, following redirects (http/redirects.ts): credentials go only to the registry's
     * own origin, and not again once a redirect has left it (blob storage on another host).
     */
    async follow(spec, start, auth) {
        try {
            return await sendFollowingRedirects(this.http, this.request(spec, start), this.followOptions(spec, start, auth));
        }
        catch (error) {
            return this.failedHop(error, spec);
        }
    }
    async followStream(spec, start, auth) {
        try {
            return await openFollowingRedirects(this.http, this.request(spec, start), this.followOptions(spec, start, auth));
        }
        catch (error) {
            const answer = this.failedHop(error, spec);
            return { ...answer, body: stream().Readable.from([answer.body]) };
        }
    }
    request(spec, start) {
        return { method: spec.method, url: start, headers: spec.headers, body: spec.body, idempotent: spec.idempotent };
    }
    followOptions(spec, start, auth) {
        const registryOrigin = this.origin(spec.ref);
        return {
            authorization: auth && start.origin === registryOrigin ? auth.header : undefined,
            maxRedirects: MAX_REDIRECTS,
        };
    }
    /** Too many redirects, or one to a non-HTTP URL: the redirect answer fails as any other would. */
    failedHop(error, spec) {
        if (error instanceof RedirectError) {
            this.options.log?.warning(error.message);
            return error.response;
        }
        if (error instanceof HttpNetworkError)
            throw this.unreachable(error, spec.ref);
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/registry/blob-copy.ts










const OCTETS = 'application/octet-stream';
class BlobTransfer {
    requests;
    options;
    /** Origins that refused a whole blob in one PUT (413): they get chunks. */
    chunked = new Set();
    /** Copies streaming at once: fewer than the client's request slots, so an upload never waits long for one. */
    streams;
    constructor(requests, options) {
        this.requests = requests;
        this.options = options;
        this.streams = new Limiter(Math.max(1, Math.floor(options.maxConcurrency / 2)));
    }
    /** True when the repository has the blob. */
    async hasBlob(repo, digest) {
        const response = await this.requests.send({
            method: 'HEAD',
            ref: repo,
            path: `/v2/${repo.repository}/blobs/${digest}`,
            scopes: [pullScope(repo)],
            justWritten: this.requests.wasWritten(repo, digest),
        });
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        throw this.requests.failure(response, { ...repo, digest }, 'check the blob in');
    }
    /** The blob's bytes, read whole and checked against its digest (configs, small blobs). */
    async getBlob(repo, digest) {
        const response = await this.requests.send({
            method: 'GET',
            ref: repo,
            path: `/v2/${repo.repository}/blobs/${digest}`,
            scopes: [pullScope(repo)],
            justWritten: this.requests.wasWritten(repo, digest),
        });
        if (response.status !== 200)
            throw this.requests.failure(response, { ...repo, digest }, 'read the blob of');
        const actual = (0,registry_digest/* digestLike */.kG)(digest, response.body);
        if (actual !== digest)
            throw digestMismatch((0,registry_reference/* formatReference */.FH)({ ...repo, digest }), digest, actual);
        return response.body;
    }
    /** Pushes bytes in one piece (POST for a session, PUT with the bytes). Returns their digest. */
    async uploadBlob(repo, bytes) {
        const digest = (0,registry_digest/* sha256Digest */.sI)(bytes);
        const response = await this.put(repo, await this.startUpload(repo), digest, bytes);
        if (response.status !== 201 && response.status !== 204) {
            throw this.requests.failure(response, { ...repo, digest }, 'upload a blob to', 'push');
        }
        return digest;
    }
    /**
     * Makes the blob present in `to`: nothing when it is there, a cross-repository mount on the
     * same registry, else a streamed copy from `from` (also when the mount is refused).
     */
    async copyBlob(from, to, descriptor) {
        const { digest } = descriptor;
        if (await this.hasBlob(to, digest))
            return 'present';
        let session;
        if ((0,registry_reference/* sameRegistry */.cJ)(from, to)) {
            const query = new URLSearchParams({ mount: digest, from: from.repository });
            const response = await this.requests.send({
                method: 'POST',
                ref: to,
                path: `/v2/${to.repository}/blobs/uploads/?${query.toString()}`,
                scopes: [pushScope(to), pullScope(from)],
                // A second mount request mounts nothing twice; at worst it opens one more upload session.
                idempotent: true,
            });
            if (response.status === 201) {
                this.requests.markWritten(to, digest);
                return 'mounted';
            }
            if (response.status !== 202)
                throw this.requests.failure(response, to, 'mount a blob into', 'push');
            // 202: the registry opened an upload session instead; use it.
            session = this.uploadLocation(to, response);
        }
        await this.streams.run(() => this.copyAttempts(from, to, descriptor, session));
        return 'uploaded';
    }
    /** Streams the blob until one attempt lands, starting over (new GET, new session) on failures worth it. */
    async copyAttempts(from, to, descriptor, session) {
        const { digest } = descriptor;
        await prepareGcNudge();
        for (let attempt = 0;; attempt++) {
            const failed = await this.stream(from, to, descriptor, session ?? (await this.startUpload(to)));
            if (!failed)
                return;
            session = undefined;
            const what = `Copying ${digest} to ${(0,registry_reference/* formatRepository */.Sh)(to)} failed (${(0,cib_error/* errorMessage */.gJ)(failed.error)}); starting it over`;
            if (!(await this.requests.http.backOff(attempt, what, failed.answer)))
                throw failed.error;
            // An upload whose answer was lost may have landed.
            if (await this.hasBlob(to, digest))
                return;
        }
    }
    /**
     * One attempt: the source's GET body, checked on the way, into the upload. Returns what failed
     * it when another attempt may succeed; throws what another attempt cannot mend.
     */
    async stream(from, to, descriptor, session) {
        const { digest, size } = descriptor;
        const blobRef = (0,registry_reference/* formatReference */.FH)({ ...from, digest });
        const source = await this.requests.open({
            method: 'GET',
            ref: from,
            path: `/v2/${from.repository}/blobs/${digest}`,
            scopes: [pullScope(from)],
            justWritten: this.requests.wasWritten(from, digest),
        });
        if (source.status !== 200) {
            throw this.requests.failure(await this.requests.whole(source), { ...from, digest }, 'read the blob of');
        }
        let sourceFailure;
        source.body.once('error', (error) => (sourceFailure = error));
        const checked = verifyingStream(digest, size, (actual) => digestMismatch(blobRef, digest, actual));
        stream().pipeline(source.body, checked, () => undefined);
        try {
            const answer = this.chunked.has(this.requests.origin(to))
                ? await this.patchChunks(to, session, descriptor, checked)
                : await this.put(to, session, digest, checked, size);
            if (answer.status === 201 || answer.status === 204)
                return undefined;
            if (answer.status === 413 && size > 0)
                this.chunked.add(this.requests.origin(to));
            const error = this.requests.failure(answer, { ...to, digest }, 'upload a blob to', 'push');
            // A stream is sent once: a challenge, a lost session, a refusal by size or a retryable
            // status is answered by starting over.
            if ([401, 404, 413].includes(answer.status) || isRetryableStatus(answer.status))
                return { error, answer };
            throw error;
        }
        catch (error) {
            if (sourceFailure instanceof HttpNetworkError)
                return { error: this.requests.unreachable(sourceFailure, from) };
            if (error instanceof RegistryError && error.status === 0 && error.code !== 'DIGEST_MISMATCH')
                return { error };
            throw error;
        }
        finally {
            checked.destroy();
        }
    }
    /** The blob in PATCH chunks of `chunkSize`, then the closing PUT. */
    async patchChunks(to, session, descriptor, checked) {
        const { digest, size } = descriptor;
        const cut = pieces(checked);
        let location = session;
        for (let offset = 0; offset < size;) {
            const length = Math.min(this.options.chunkSize, size - offset);
            const patched = await this.requests.send({
                method: 'PATCH',
                ref: to,
                path: location.toString(),
                headers: {
                    'content-type': OCTETS,
                    'content-range': `${offset}-${offset + length - 1}`,
                    'content-length': String(length),
                },
                body: cut.next(length),
                scopes: [pushScope(to)],
            });
            if (patched.status !== 202 && patched.status !== 204)
                return patched;
            if (patched.headers.location)
                location = new URL(patched.headers.location, patched.url);
            offset += length;
        }
        // The last piece came out of the check, so the digest was right.
        return this.put(to, location, digest, Buffer.alloc(0));
    }
    /** Closes an upload session with the last bytes (all of them for a monolithic upload). */
    async put(repo, location, digest, body, size) {
        const url = new URL(location);
        url.searchParams.set('digest', digest);
        const headers = { 'content-type': OCTETS };
        if (size !== undefined)
            headers['content-length'] = String(size);
        const response = await this.requests.send({
            method: 'PUT',
            ref: repo,
            path: url.toString(),
            headers,
            body,
            scopes: [pushScope(repo)],
        });
        if (response.status === 201 || response.status === 204) {
            this.requests.markWritten(repo, digest);
        }
        else if (response.status === 404 && Buffer.isBuffer(body) && (await this.hasBlob(repo, digest))) {
            // A retried PUT whose first attempt landed: the session is gone but the blob is there.
            this.requests.markWritten(repo, digest);
            return { ...response, status: 201 };
        }
        return response;
    }
    /** Opens an upload session; returns its location. */
    async startUpload(repo) {
        const started = await this.requests.send({
            method: 'POST',
            ref: repo,
            path: `/v2/${repo.repository}/blobs/uploads/`,
            scopes: [pushScope(repo)],
            // An upload session opened twice costs the registry an unused session, nothing more.
            idempotent: true,
        });
        if (started.status !== 202)
            throw this.requests.failure(started, repo, 'start a blob upload to', 'push');
        return this.uploadLocation(repo, started);
    }
    /** The Location of an upload session answer, resolved against the request URL. */
    uploadLocation(repo, response) {
        const location = response.headers.location;
        if (!location) {
            throw new RegistryError(`The registry opened an upload to ${(0,registry_reference/* formatRepository */.Sh)(repo)} without a Location`, {
                status: response.status,
                reference: (0,registry_reference/* formatRepository */.Sh)(repo),
            });
        }
        return new URL(location, response.url);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/registry/media-types.ts
// The media types a registry serves for images, and the Accept header that asks for all of them.
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
/** Every manifest media type we read, most specific first: sent as the Accept header. */
const MANIFEST_ACCEPT = [OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST];
/** The media type without parameters (`; charset=utf-8`) and in lower case. */
function baseMediaType(mediaType) {
    return mediaType.split(';')[0].trim().toLowerCase();
}
/** True for an OCI index or a Docker manifest list. */
function isIndexMediaType(mediaType) {
    const base = baseMediaType(mediaType);
    return base === OCI_INDEX || base === DOCKER_MANIFEST_LIST;
}
/** True for an OCI image manifest or a Docker image manifest. */
function isImageManifestMediaType(mediaType) {
    const base = baseMediaType(mediaType);
    return base === OCI_MANIFEST || base === DOCKER_MANIFEST;
}
/** True for any of the four manifest media types. */
function isManifestMediaType(mediaType) {
    return MANIFEST_ACCEPT.includes(baseMediaType(mediaType));
}

;// CONCATENATED MODULE: ./packages/core/src/registry/auth-challenge.ts
// Parses the WWW-Authenticate challenges a registry answers 401 with:
//   Basic realm="Registry"
//   Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:x:pull",error="insufficient_scope"
/** Every challenge in the header values (several may share one header, separated by commas). */
function parseAuthChallenges(values) {
    const challenges = [];
    for (const value of values) {
        let i = 0;
        let current;
        const skip = (pattern) => {
            while (i < value.length && pattern.test(value[i]))
                i++;
        };
        const token = () => {
            const start = i;
            while (i < value.length && !/[\s,=]/.test(value[i]))
                i++;
            return value.slice(start, i);
        };
        while (i < value.length) {
            skip(/[\s,]/);
            const word = token();
            if (word === '')
                break;
            skip(/\s/);
            if (value[i] === '=' && current) {
                i++;
                skip(/\s/);
                let param = '';
                if (value[i] === '"') {
                    i++;
                    while (i < value.length && value[i] !== '"') {
                        if (value[i] === '\\' && i + 1 < value.length)
                            i++;
                        param += value[i++];
                    }
                    i++;
                }
                else {
                    param = token();
                }
                current.params[word.toLowerCase()] = param;
            }
            else {
                current = { scheme: word.toLowerCase(), params: {} };
                challenges.push(current);
            }
        }
    }
    return challenges;
}
/** The challenge to answer: Bearer over Basic (a registry offering both prefers tokens). */
function pickChallenge(challenges) {
    return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}

;// CONCATENATED MODULE: ./packages/core/src/registry/registry-auth.ts
// Answers registry auth challenges: Basic with the host's credentials, or Bearer with a token
// fetched from the challenge's realm for the scopes a request needs (anonymously when we have no
// credentials). Tokens are cached per host and scope set; once a host's challenge is known,
// requests carry auth from the start, so each needs no extra 401 round trip.




/** Tokens are used until this long before they expire. */
const EXPIRY_MARGIN_MS = 10000;
/** Tokens are cached per origin and set of scopes, whatever order the scopes come in. */
function tokenKey(origin, scopes) {
    return `${origin} ${[...scopes].sort().join(' ')}`;
}
class RegistryAuth {
    http;
    credentials;
    options;
    challenges = new Map();
    tokens = new Map();
    clock;
    constructor(http, credentials, options = {}) {
        this.http = http;
        this.credentials = credentials;
        this.options = options;
        this.clock = options.clock ?? time_clock/* systemClock */.m;
    }
    /**
     * The Authorization header for a request to `origin` needing `scopes`, once the origin's
     * challenge is known; undefined before (the first request goes out anonymous).
     */
    async authorization(origin, registry, scopes) {
        const challenge = this.challenges.get(origin);
        if (!challenge)
            return undefined;
        const credentials = await this.credentials.get(registry);
        if (challenge.scheme === 'basic') {
            if (!credentials || credentials.identityToken)
                return undefined;
            return { header: basicAuthorization(credentials.username, credentials.password), fresh: false };
        }
        const key = tokenKey(origin, scopes);
        let pending = this.tokens.get(key);
        let fresh = false;
        if (pending) {
            const cached = await pending.catch(() => undefined);
            if (!cached || cached.expiresAt - EXPIRY_MARGIN_MS <= this.clock.now())
                pending = undefined;
        }
        if (!pending) {
            fresh = true;
            pending = this.fetchToken(challenge, registry, scopes);
            this.tokens.set(key, pending);
            pending.catch(() => this.tokens.delete(key));
        }
        return { header: `Bearer ${(await pending).token}`, fresh };
    }
    /**
     * Learns from a 401: records the challenge and returns the scopes to ask for on the next
     * attempt, or undefined when another attempt cannot help (no credentials for Basic, or the
     * credentials just sent were refused).
     */
    async onUnauthorized(origin, registry, scopes, response, sent) {
        const challenge = pickChallenge(parseAuthChallenges(response.rawHeaders['www-authenticate'] ?? []));
        if (!challenge)
            return undefined;
        this.challenges.set(origin, challenge);
        this.tokens.delete(tokenKey(origin, scopes));
        if (challenge.scheme === 'basic') {
            if (sent)
                return undefined;
            const credentials = await this.credentials.get(registry);
            return credentials && !credentials.identityToken ? [...scopes] : undefined;
        }
        if (challenge.scheme !== 'bearer')
            return undefined;
        const wanted = new Set(scopes);
        let grew = false;
        for (const scope of (challenge.params.scope ?? '').split(' ').filter(Boolean)) {
            if (!wanted.has(scope)) {
                wanted.add(scope);
                grew = true;
            }
        }
        // A token we just fetched, refused for something other than a missing scope: asking again
        // would get the same token.
        if (sent?.fresh && !grew)
            return undefined;
        return [...wanted];
    }
    /** Whether the origin's challenge is known (or it needs none, as far as we saw). */
    knows(origin) {
        return this.challenges.has(origin);
    }
    async fetchToken(challenge, registry, scopes) {
        const realm = challenge.params.realm;
        if (!realm) {
            throw new RegistryError(`The registry ${registry} asked for a Bearer token but named no realm to get it from`, {
                status: 401,
                code: 'UNAUTHORIZED',
                reference: registry,
            });
        }
        const url = new URL(realm);
        const credentials = await this.credentials.get(registry);
        if (credentials && url.protocol !== 'https:' && !this.options.allowsPlainHttp?.(url.host)) {
            throw new RegistryError(`The registry ${registry} sends token requests to ${url.origin}, which is not HTTPS: credentials are not sent over plain HTTP`, {
                status: 401,
                code: 'UNAUTHORIZED',
                reference: registry,
                hint: `If that is intended, list ${url.host} in the registry-insecure input`,
            });
        }
        const service = challenge.params.service;
        let response;
        if (credentials?.identityToken) {
            // OAuth2 refresh-token grant (docker's identity tokens).
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credentials.identityToken,
                client_id: 'cib',
            });
            if (service)
                form.set('service', service);
            if (scopes.length)
                form.set('scope', scopes.join(' '));
            response = await this.http.send({
                method: 'POST',
                url,
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: Buffer.from(form.toString()),
                // Asking for a token twice gets two tokens and changes nothing.
                idempotent: true,
            });
        }
        else {
            if (service)
                url.searchParams.set('service', service);
            for (const scope of scopes)
                url.searchParams.append('scope', scope);
            const headers = {};
            if (credentials) {
                headers.authorization = basicAuthorization(credentials.username, credentials.password);
            }
            response = await this.http.send({ method: 'GET', url, headers });
        }
        if (response.status !== 200) {
            const detail = parseErrorBody(response.body)?.message ?? response.body.toString('utf8').slice(0, 200).trim();
            throw new RegistryError(`The token service ${url.origin}${url.pathname} refused a token for ${registry} (HTTP ${response.status}${detail ? `: ${detail}` : ''})`, {
                status: response.status,
                code: response.status === 401 || response.status === 403 ? 'UNAUTHORIZED' : undefined,
                reference: registry,
                hint: credentials
                    ? `Check the username and password (or token) for ${registry}`
                    : `Log in to ${registry}: give username and password, or run docker/login-action first`,
            });
        }
        let body;
        try {
            body = JSON.parse(response.body.toString('utf8'));
        }
        catch {
            throw new RegistryError(`The token service ${url.origin}${url.pathname} answered something that is not JSON`, {
                status: response.status,
                reference: registry,
            });
        }
        const token = body.token ?? body.access_token;
        if (!token) {
            throw new RegistryError(`The token service ${url.origin}${url.pathname} answered without a token`, {
                status: response.status,
                reference: registry,
            });
        }
        this.options.maskSecret?.(token);
        // The distribution spec: 60 s when expires_in is absent.
        const lifetimeMs = (typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60) * 1000;
        return { token, expiresAt: this.clock.now() + lifetimeMs };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/registry/client.ts
// The OCI distribution client every cib action uses to talk to a registry: manifests (HEAD, GET,
// PUT, raw bytes kept and digests verified), blobs (registry/blob-copy.ts), tag listing with
// pagination. Auth, redirects, retries, timeouts and bounded concurrency are the request
// pipeline's (registry/request.ts); what a refusal means is errors.ts's. No action sends registry
// HTTP requests by itself.










class RegistryClient {
    requests;
    blobs;
    constructor(options = {}) {
        const log = options.log;
        const clock = options.clock ?? time_clock/* systemClock */.m;
        const maxConcurrency = options.maxConcurrency ?? 8;
        const http = new HttpClient({
            transport: options.transport,
            streamTransport: options.streamTransport,
            timeoutMs: options.timeoutMs,
            maxConcurrency,
            retry: options.retry,
            clock,
            onRetry: (message) => log?.info(message),
        });
        const credentials = new CredentialSource({
            explicit: options.credentials,
            dockerConfigDir: options.dockerConfigDir,
            env: options.env,
            exec: options.exec,
            maskSecret: options.maskSecret,
            log,
        });
        const auth = new RegistryAuth(http, credentials, {
            maskSecret: options.maskSecret,
            allowsPlainHttp: (host) => this.requests.allowsPlainHttp(host),
            clock,
        });
        this.requests = new RegistryRequests(http, auth, credentials, {
            insecureHosts: options.insecureHosts,
            propagationMs: options.propagationMs ?? 10000,
            clock,
            log,
        });
        this.blobs = new BlobTransfer(this.requests, { chunkSize: options.chunkSize ?? 32 * 1024 * 1024, maxConcurrency });
    }
    /** Whether `host` is spoken to over plain HTTP (loopback, `registry-insecure`). */
    allowsPlainHttp(host) {
        return this.requests.allowsPlainHttp(host);
    }
    /** Every HTTP request sent (retries, token requests and redirects included). */
    get stats() {
        return this.requests.http.stats;
    }
    /** Digest, media type and size of a manifest; undefined when it does not exist (404). */
    async headManifest(ref) {
        const response = await this.requests.send({
            method: 'HEAD',
            ref,
            path: `/v2/${ref.repository}/manifests/${(0,registry_reference/* manifestReference */.Tn)(ref)}`,
            headers: { accept: MANIFEST_ACCEPT.join(', ') },
            scopes: [pullScope(ref)],
            justWritten: this.requests.wasWritten(ref, (0,registry_reference/* manifestReference */.Tn)(ref)),
        });
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw this.requests.failure(response, ref, 'read the manifest of');
        const digest = response.headers['docker-content-digest'];
        const mediaType = response.headers['content-type'];
        const size = Number(response.headers['content-length']);
        if (!digest || !mediaType || !isManifestMediaType(mediaType) || !Number.isFinite(size)) {
            // Some registries leave the digest out of HEAD answers: the bytes tell.
            const fetched = await this.getManifest(ref);
            return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.size };
        }
        if (ref.digest && digest !== ref.digest)
            throw digestMismatch((0,registry_reference/* formatReference */.FH)(ref), ref.digest, digest);
        return { digest, mediaType: baseMediaType(mediaType), size };
    }
    /** The manifest's exact bytes, parsed; its digest checked against the bytes. */
    async getManifest(ref) {
        const response = await this.requests.send({
            method: 'GET',
            ref,
            path: `/v2/${ref.repository}/manifests/${(0,registry_reference/* manifestReference */.Tn)(ref)}`,
            headers: { accept: MANIFEST_ACCEPT.join(', ') },
            scopes: [pullScope(ref)],
            justWritten: this.requests.wasWritten(ref, (0,registry_reference/* manifestReference */.Tn)(ref)),
        });
        if (response.status !== 200)
            throw this.requests.failure(response, ref, 'read the manifest of');
        const bytes = response.body;
        const digest = (0,registry_digest/* digestLike */.kG)(ref.digest ?? 'sha256:', bytes);
        if (ref.digest && digest !== ref.digest)
            throw digestMismatch((0,registry_reference/* formatReference */.FH)(ref), ref.digest, digest);
        const served = response.headers['docker-content-digest'];
        if (served && served.startsWith(digest.slice(0, 7)) && served !== digest)
            throw digestMismatch((0,registry_reference/* formatReference */.FH)(ref), served, digest);
        const json = parseJsonBody(bytes, 'The manifest', (0,registry_reference/* formatReference */.FH)(ref), 'MANIFEST_INVALID');
        const header = baseMediaType(response.headers['content-type'] ?? '');
        const mediaType = isManifestMediaType(header) ? header : (json.mediaType ?? header);
        if (!isManifestMediaType(mediaType)) {
            throw new RegistryError(`${(0,registry_reference/* formatReference */.FH)(ref)} is not an image: its manifest has media type ${mediaType || '(none)'}`, {
                status: 200,
                code: 'UNSUPPORTED',
                reference: (0,registry_reference/* formatReference */.FH)(ref),
                hint: 'Give an OCI or Docker (schema 2) image or index',
            });
        }
        return { bytes, mediaType, digest, size: bytes.length, json };
    }
    /**
     * Pushes manifest bytes unchanged with their media type, by the tag or digest of `ref`.
     * Returns the digest, after checking that the registry's answer equals sha256(bytes).
     */
    async putManifest(ref, bytes, mediaType) {
        const ours = (0,registry_digest/* sha256Digest */.sI)(bytes);
        const target = (0,registry_reference/* manifestReference */.Tn)(ref);
        const response = await this.requests.send({
            method: 'PUT',
            ref,
            path: `/v2/${ref.repository}/manifests/${target}`,
            headers: { 'content-type': mediaType },
            body: bytes,
            scopes: [pushScope(ref)],
        });
        if (response.status !== 201 && response.status !== 200 && response.status !== 202) {
            throw this.requests.failure(response, ref, 'push the manifest to', 'push');
        }
        const answered = response.headers['docker-content-digest'];
        if (answered && answered !== ours)
            throw digestMismatch((0,registry_reference/* formatReference */.FH)(ref), ours, answered);
        this.requests.markWritten(ref, target);
        this.requests.markWritten(ref, ours);
        return ours;
    }
    /** True when the repository has the blob. */
    hasBlob(repo, digest) {
        return this.blobs.hasBlob(repo, digest);
    }
    /** The blob's bytes, read whole and checked against its digest. Redirects to storage get no credentials. */
    getBlob(repo, digest) {
        return this.blobs.getBlob(repo, digest);
    }
    /** Pushes a blob in one piece (POST for a session, PUT with the bytes). Returns its digest. */
    uploadBlob(repo, bytes) {
        return this.blobs.uploadBlob(repo, bytes);
    }
    /**
     * Makes the blob present in `to`: nothing when it is there, a cross-repository mount on the
     * same registry, else the source's bytes streamed into an upload (registry/blob-copy.ts).
     */
    copyBlob(from, to, descriptor) {
        return this.blobs.copyBlob(from, to, descriptor);
    }
    /** Every tag of the repository, following `Link: <…>; rel="next"` pages; [] when it has none. */
    async listTags(repo, pageSize = 1000) {
        const tags = [];
        let path = `/v2/${repo.repository}/tags/list?n=${pageSize}`;
        // A registry whose Link points back at a page already read would page forever.
        const visited = new Set();
        for (let page = 0; path; page++) {
            if (visited.has(path)) {
                throw new RegistryError(`The tag list of ${(0,registry_reference/* formatRepository */.Sh)(repo)} pages in a loop (Link back to ${path})`, {
                    status: 200,
                    reference: (0,registry_reference/* formatRepository */.Sh)(repo),
                    hint: 'The registry sent a Link header pointing at a page it had already sent; report it to its operators',
                });
            }
            visited.add(path);
            const response = await this.requests.send({ method: 'GET', ref: repo, path, scopes: [pullScope(repo)] });
            if (response.status === 404 && page === 0) {
                const code = parseErrorBody(response.body)?.code;
                if (code === 'NAME_UNKNOWN' || code === undefined)
                    return [];
            }
            if (response.status !== 200)
                throw this.requests.failure(response, repo, 'list the tags of');
            const body = parseJsonBody(response.body, 'The tag list', (0,registry_reference/* formatRepository */.Sh)(repo));
            tags.push(...(body.tags ?? []));
            path = nextLink(response.headers.link);
        }
        return tags;
    }
    /** The image config blob a manifest points to, parsed. */
    async getConfig(ref, manifest) {
        const bytes = await this.getBlob(ref, manifest.config.digest);
        return parseJsonBody(bytes, 'The config blob', (0,registry_reference/* formatReference */.FH)(ref), 'UNSUPPORTED');
    }
}
/** A 200 answer's body parsed as JSON; a RegistryError saying `<what> of <reference> is not JSON` when it is not. */
function parseJsonBody(body, what, reference, code) {
    try {
        return JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new RegistryError(`${what} of ${reference} is not JSON`, { status: 200, code, reference });
    }
}
/** The path of a `Link: </v2/…?last=x&n=100>; rel="next"` header. */
function nextLink(link) {
    if (!link)
        return undefined;
    for (const part of link.split(/,(?=\s*<)/)) {
        const match = /^\s*<([^>]+)>\s*;(.*)$/.exec(part);
        if (match && /rel="?next"?/i.test(match[2]))
            return match[1];
    }
    return undefined;
}


/***/ })

};
