export const id = 15;
export const ids = [15];
export const modules = {

/***/ 6398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ GithubApiError)
/* harmony export */ });
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
// A GitHub REST answer that is not a success, as one error that says what went wrong and what
// to do. The token never appears in it: only the method, the route and GitHub's own message.

function hintFor(status, message) {
    if (status === 401)
        return 'GitHub refused the token: check github-token (expired, revoked, or for another host)';
    if (status === 403 && /not accessible by integration/i.test(message)) {
        return ("The token lacks this permission: grant it in the workflow's `permissions:` (checks: write, " +
            'statuses: write); pull requests from forks get a read-only token');
    }
    if (status === 403 && /rate limit/i.test(message))
        return 'GitHub rate-limited this token: try again later';
    if (status === 404)
        return 'No such repository or object, or the token cannot see it (GitHub answers 404 for both)';
    return undefined;
}
class GithubApiError extends _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi {
    status;
    /** GitHub's `message` as sent. */
    apiMessage;
    documentationUrl;
    constructor(what, status, body) {
        let parsed = {};
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
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


/***/ }),

/***/ 3015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GithubRepository: () => (/* binding */ GithubRepository),
  splitRepository: () => (/* binding */ splitRepository)
});

// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __webpack_require__(2332);
// EXTERNAL MODULE: ./packages/core/src/http/transport.ts
var transport = __webpack_require__(6291);
// EXTERNAL MODULE: ./packages/core/src/http/retry-policy.ts
var retry_policy = __webpack_require__(7559);
// EXTERNAL MODULE: ./packages/core/src/runner/random-uuid.ts
var random_uuid = __webpack_require__(333);
// EXTERNAL MODULE: ./packages/core/src/github/api-error.ts
var api_error = __webpack_require__(6398);
;// CONCATENATED MODULE: ./packages/core/src/github/limits.ts
// GitHub's size limits on what cib writes through the API, applied before sending, so a big
// report is cut with a note instead of refused with a 422:
// - check run `output.summary` and `output.text`: 65,535 BYTES each (the API says "characters",
//   but answers "summary exceeds a maximum bytesize of 65535": github/docs#35252);
// - annotations: 50 per create or update request (more go in further updates); title 255 characters;
// - commit status `description`: 140 characters.
const CHECK_OUTPUT_MAX_BYTES = 65_535;
const ANNOTATIONS_PER_REQUEST = 50;
const ANNOTATION_TITLE_MAX_CHARS = 255;
const STATUS_DESCRIPTION_MAX_CHARS = 140;
/** `text` cut to `maxBytes` of UTF-8 (never inside a character), ending with `note` when cut. */
function cutToBytes(text, maxBytes, note) {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    const room = maxBytes - Buffer.byteLength(note, 'utf8');
    if (room <= 0)
        return Buffer.from(note, 'utf8')
            .subarray(0, maxBytes)
            .toString('utf8')
            .replace(/\uFFFD$/, '');
    // Decoding a cut buffer turns a split last character into U+FFFD: drop it.
    const head = Buffer.from(text, 'utf8')
        .subarray(0, room)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
    return head + note;
}
/** `text` cut to `max` characters (code points), ending with an ellipsis when cut. */
function cutToChars(text, max) {
    const chars = Array.from(text);
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** `items` in consecutive batches of `size`. */
function batches(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/github/repository.ts






const CUT_NOTE = (field) => `\n\n> cib cut this ${field} to GitHub's limit of ${CHECK_OUTPUT_MAX_BYTES} bytes; the job summary has it all.\n`;
/** `owner/name` split, or a CibError naming what was given. */
function splitRepository(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new cib_error/* CibError */.hi(`repository "${repository}" is not owner/name`);
    }
    return { owner, repo };
}
/** POSTs of one check run, the first included, before the failure stands. */
const CREATE_ATTEMPTS = 3;
/** After this failure, GitHub may have acted on the request all the same. */
function mayHaveActed(error) {
    if (error instanceof api_error/* GithubApiError */.A)
        return error.status >= 500;
    return error instanceof transport/* HttpNetworkError */.z3 && !(0,retry_policy/* isUnsentNetworkCode */.Io)(error.code);
}
class GithubRepository {
    client;
    owner;
    repo;
    constructor(client, 
    /** `owner/name`. */
    repository) {
        this.client = client;
        ({ owner: this.owner, repo: this.repo } = splitRepository(repository));
    }
    /** `GET /repos/{owner}/{repo}/git/ref/{ref}`; `ref` without `refs/` (`tags/1.2.3`). */
    async getRef(ref) {
        const { data } = await this.client.request('GET', '/repos/{owner}/{repo}/git/ref/{ref}', {
            path: { owner: this.owner, repo: this.repo, ref },
        });
        return data;
    }
    /** Creates a check run; annotations past the first 50 follow in updates of 50. */
    async createCheckRun(run) {
        const [first = [], ...rest] = annotationBatches(run.output);
        const body = { ...run, output: run.output && sendableOutput(run.output, first) };
        const data = await this.postCheckRun(body);
        for (const batch of rest)
            await this.addAnnotations(Number(data.id), run.output, batch);
        return data;
    }
    /**
     * The POST that creates a check run, which is not sent again blindly: after a 5xx or a
     * connection lost mid-way GitHub may have created the run, and a second POST would show two.
     * Each attempt carries its own `external_id` (unless the caller chose one); after such a
     * failure the runs of that name on the commit are read, and one with the attempt's id is the
     * answer. Only when none is, the POST goes again.
     */
    async postCheckRun(body) {
        const path = { owner: this.owner, repo: this.repo };
        for (let attempt = 1;; attempt++) {
            const marked = body.external_id === undefined ? { ...body, external_id: `cib-${(0,random_uuid/* randomUuid */.b)()}` } : body;
            try {
                return (await this.client.request('POST', '/repos/{owner}/{repo}/check-runs', { path, body: marked })).data;
            }
            catch (error) {
                if (!mayHaveActed(error) || body.external_id !== undefined || attempt >= CREATE_ATTEMPTS)
                    throw error;
                const created = await this.findCheckRun(marked.head_sha, marked.name, marked.external_id);
                if (created)
                    return created;
            }
        }
    }
    /** The run named `name` on commit `sha` whose external_id is `externalId`, if GitHub has it. */
    async findCheckRun(sha, name, externalId) {
        const runs = await this.client.paginate('/repos/{owner}/{repo}/commits/{ref}/check-runs', { path: { owner: this.owner, repo: this.repo, ref: sha }, query: { check_name: name, filter: 'all' } }, (page) => page.check_runs);
        return runs.find((run) => run.external_id === externalId);
    }
    /** Updates a check run; annotations are appended, 50 a request. */
    async updateCheckRun(checkRunId, update) {
        const [first = [], ...rest] = annotationBatches(update.output);
        const body = { ...update, output: update.output && sendableOutput(update.output, first) };
        const { data } = await this.client.request('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', {
            path: { owner: this.owner, repo: this.repo, check_run_id: checkRunId },
            body,
        });
        let last = data;
        for (const batch of rest)
            last = await this.addAnnotations(checkRunId, update.output, batch);
        return last;
    }
    /** Every annotation of a check run (paginated). */
    listCheckRunAnnotations(checkRunId) {
        return this.client.paginate('/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', { path: { owner: this.owner, repo: this.repo, check_run_id: checkRunId } }, (page) => page);
    }
    /** Creates a commit status on `sha`; the description is cut to 140 characters. */
    async createCommitStatus(sha, status) {
        const body = {
            ...status,
            description: typeof status.description === 'string'
                ? cutToChars(status.description, STATUS_DESCRIPTION_MAX_CHARS)
                : status.description,
        };
        const { data } = await this.client.request('POST', '/repos/{owner}/{repo}/statuses/{sha}', {
            path: { owner: this.owner, repo: this.repo, sha },
            body,
            // The same status twice leaves the commit in the same state (the newest of a context wins).
            idempotent: true,
        });
        return data;
    }
    async addAnnotations(checkRunId, output, batch) {
        // The title and summary are required with any output; they are sent again unchanged.
        const { data } = await this.client.request('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', {
            path: { owner: this.owner, repo: this.repo, check_run_id: checkRunId },
            body: { output: { ...sendableOutput(output, batch) } },
        });
        return data;
    }
}
function annotationBatches(output) {
    const annotations = (output?.annotations ?? []).map((a) => a.title === undefined ? a : { ...a, title: cutToChars(a.title, ANNOTATION_TITLE_MAX_CHARS) });
    return batches(annotations, ANNOTATIONS_PER_REQUEST);
}
function sendableOutput(output, annotations) {
    return {
        title: output.title,
        summary: cutToBytes(output.summary, CHECK_OUTPUT_MAX_BYTES, CUT_NOTE('summary')),
        ...(output.text === undefined ? {} : { text: cutToBytes(output.text, CHECK_OUTPUT_MAX_BYTES, CUT_NOTE('text')) }),
        ...(annotations.length ? { annotations } : {}),
    };
}


/***/ }),

/***/ 7559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ isRetryableNetworkCode),
/* harmony export */   Io: () => (/* binding */ isUnsentNetworkCode),
/* harmony export */   MB: () => (/* binding */ isUnprocessedStatus),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   a2: () => (/* binding */ retryDelay),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   p3: () => (/* binding */ IDEMPOTENT_METHODS)
/* harmony export */ });
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


/***/ }),

/***/ 6291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Lb: () => (/* binding */ bufferOver),
/* harmony export */   QE: () => (/* binding */ nodeStreamTransport),
/* harmony export */   Td: () => (/* binding */ stream),
/* harmony export */   b4: () => (/* binding */ readingStreamBodies),
/* harmony export */   nt: () => (/* binding */ isStreamBody),
/* harmony export */   pD: () => (/* binding */ streamOver),
/* harmony export */   x8: () => (/* binding */ readBody),
/* harmony export */   z3: () => (/* binding */ HttpNetworkError)
/* harmony export */ });
/* unused harmony export nodeTransport */
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);

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
class HttpNetworkError extends _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi {
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


/***/ })

};
