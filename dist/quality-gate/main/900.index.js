export const id = 900;
export const ids = [900];
export const modules = {

/***/ 8332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  dt: () => (/* binding */ sleepFor)
});

// UNUSED EXPORTS: MIN_ATTEMPT_MS

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
// connection errors, with exponential backoff and jitter (half fixed, half random), honouring Retry-After.
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

// EXTERNAL MODULE: ./packages/core/src/http/transport.ts
var transport = __webpack_require__(6291);
;// CONCATENATED MODULE: ./packages/core/src/http/http-client.ts
// The one HTTP client of cib: every request gets a timeout, a slot under a concurrency limit,
// and retries on 408/429/5xx and dropped connections (backoff with jitter, Retry-After
// honoured). It counts what it sends, so benchmarks can report requests made.



/** The shortest timeout an attempt gets, however close the deadline. */
const MIN_ATTEMPT_MS = 1000;
/** Waits `ms` milliseconds: the real clock behind the `sleep` seams. */
const sleepFor = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class HttpClient {
    options;
    stats = { requests: 0, byMethod: {}, retries: 0 };
    policy;
    transport;
    limiter;
    timeoutMs;
    sleep;
    now;
    random;
    constructor(options = {}) {
        this.options = options;
        this.transport = options.transport ?? transport/* nodeTransport */._3;
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
    async send(request) {
        const { deadline, ...rest } = request;
        const timeoutMs = request.timeoutMs ?? this.timeoutMs;
        for (let attempt = 0;; attempt++) {
            const last = attempt + 1 >= this.policy.attempts;
            const full = { ...rest, timeoutMs: this.attemptTimeout(timeoutMs, deadline) };
            let outcome;
            try {
                outcome = await this.limiter.run(() => {
                    this.count(full.method);
                    return this.transport(full);
                });
            }
            catch (error) {
                if (!(error instanceof transport/* HttpNetworkError */.z3))
                    throw error;
                outcome = error;
            }
            if (outcome instanceof transport/* HttpNetworkError */.z3) {
                if (last || !isRetryableNetworkCode(outcome.code))
                    throw outcome;
                const delay = retryDelay(attempt, this.policy, undefined, this.random);
                if (this.pastDeadline(delay, deadline))
                    throw outcome;
                await this.wait(attempt, delay, `${full.method} ${(0,transport/* redactUrl */.BO)(full.url)}: ${outcome.code}`);
                continue;
            }
            if (last || !isRetryableStatus(outcome.status))
                return outcome;
            const retryAfter = parseRetryAfter(outcome.headers['retry-after'], this.now());
            const delay = retryDelay(attempt, this.policy, retryAfter, this.random);
            if (this.pastDeadline(delay, deadline))
                return outcome;
            await this.wait(attempt, delay, `${full.method} ${(0,transport/* redactUrl */.BO)(full.url)}: HTTP ${outcome.status}`);
        }
    }
    attemptTimeout(timeoutMs, deadline) {
        if (deadline === undefined)
            return timeoutMs;
        return Math.min(timeoutMs, Math.max(MIN_ATTEMPT_MS, deadline - this.now()));
    }
    pastDeadline(delay, deadline) {
        return deadline !== undefined && this.now() + delay > deadline;
    }
    count(method) {
        this.stats.requests++;
        this.stats.byMethod[method] = (this.stats.byMethod[method] ?? 0) + 1;
    }
    async wait(attempt, delay, what) {
        this.stats.retries++;
        this.options.onRetry?.(`${what}; retrying in ${delay} ms (attempt ${attempt + 2} of ${this.policy.attempts})`);
        await this.sleep(delay);
    }
}


/***/ }),

/***/ 6291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   _3: () => (/* binding */ nodeTransport),
/* harmony export */   z3: () => (/* binding */ HttpNetworkError)
/* harmony export */ });
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);

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
const nodeTransport = async (request) => {
    const { request: send, agent } = await clientFor(request.url.protocol === 'https:' ? 'https:' : 'http:');
    return new Promise((resolve, reject) => {
        let settled = false;
        const fail = (code, detail, cause) => {
            if (settled)
                return;
            settled = true;
            reject(new HttpNetworkError(request, code, detail, cause));
        };
        const headers = { 'user-agent': 'cib', ...request.headers };
        if (request.body)
            headers['content-length'] = String(request.body.length);
        const options = {
            method: request.method,
            headers,
            agent,
            // Socket idle time, from before the connection is made until the answer is read.
            timeout: request.timeoutMs,
        };
        const req = send(request.url, options, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                chunks.push(chunk);
                size += chunk.length;
                if (request.maxBodyBytes !== undefined && size > request.maxBodyBytes) {
                    fail('ETOOLARGE', `the answer is larger than ${request.maxBodyBytes} bytes`);
                    req.destroy();
                }
            });
            res.on('error', (error) => fail(error.code ?? 'ECONNRESET', error.message, error));
            res.on('aborted', () => fail('ECONNRESET', 'the connection closed before the whole answer came'));
            res.on('end', () => {
                if (settled)
                    return;
                if (!res.complete) {
                    fail('ECONNRESET', 'the connection closed before the whole answer came');
                    return;
                }
                settled = true;
                const single = {};
                const lists = {};
                const raw = res.rawHeaders;
                for (let i = 0; i + 1 < raw.length; i += 2) {
                    const name = raw[i].toLowerCase();
                    (lists[name] ??= []).push(raw[i + 1]);
                }
                for (const [name, values] of Object.entries(lists))
                    single[name] = values.join(', ');
                resolve({
                    status: res.statusCode ?? 0,
                    headers: single,
                    rawHeaders: lists,
                    body: Buffer.concat(chunks),
                    url: request.url,
                });
            });
        });
        req.on('timeout', () => {
            fail('ETIMEDOUT', `nothing moved for ${request.timeoutMs} ms`);
            req.destroy();
        });
        req.on('error', (error) => fail(error.code ?? 'ECONNRESET', error.message, error));
        req.end(request.body);
    });
};


/***/ }),

/***/ 5900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRegistryClient: () => (/* binding */ createRegistryClient)
});

// UNUSED EXPORTS: readRegistryLogin

// EXTERNAL MODULE: ./packages/core/src/errors/input-error.ts
var input_error = __webpack_require__(2650);
// EXTERNAL MODULE: ./packages/core/src/runner/inputs.ts
var inputs = __webpack_require__(5763);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __webpack_require__(2332);
// EXTERNAL MODULE: ./packages/core/src/http/http-client.ts + 2 modules
var http_client = __webpack_require__(8332);
// EXTERNAL MODULE: ./packages/core/src/http/transport.ts
var transport = __webpack_require__(6291);
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
async function sendFollowingRedirects(http, request, options = {}) {
    if (request.url.username || request.url.password) {
        // node:http would turn them into a Basic header behind our back, on every hop.
        throw new TypeError(`give the credentials of ${(0,transport/* redactUrl */.BO)(request.url)} as options.authorization, not in the URL`);
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
        const response = await http.send({ ...request, url, headers, body: redirects === 0 ? request.body : undefined });
        const location = follows ? redirectLocation(response) : undefined;
        if (location === undefined)
            return { ...response, redirects, credentialsDropped };
        if (redirects >= maxRedirects) {
            throw new RedirectError(`${(0,transport/* redactUrl */.BO)(request.url)}: more than ${maxRedirects} redirects`, response);
        }
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
            throw new RedirectError(`${(0,transport/* redactUrl */.BO)(url)}: redirect to a ${next.protocol} URL refused`, response);
        }
        // Credentials come only from the caller, never from a server's Location header.
        next.username = '';
        next.password = '';
        url = next;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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

// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var registry_reference = __webpack_require__(908);
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
                text = await (0,promises_.readFile)(path, 'utf8');
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
        const exec = this.options.exec ?? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9318))).execProcess;
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

// EXTERNAL MODULE: ./packages/core/src/registry/digest.ts
var registry_digest = __webpack_require__(7761);
;// CONCATENATED MODULE: ./packages/core/src/registry/errors.ts
// A registry's refusal or failure, with the HTTP status, the OCI error code and the reference
// it was about, so callers can tell "does not exist" from "not allowed" from "down".

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
    constructor(http, credentials, options = {}) {
        this.http = http;
        this.credentials = credentials;
        this.options = options;
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
            if (!cached || cached.expiresAt - EXPIRY_MARGIN_MS <= this.now())
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
        return { token, expiresAt: this.now() + lifetimeMs };
    }
    now() {
        return (this.options.now ?? Date.now)();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/registry/client.ts
// The OCI distribution client every cib action uses to talk to a registry: manifests (HEAD, GET,
// PUT, raw bytes kept and digests verified), blobs (HEAD, GET following redirects, upload,
// cross-repository mount), tag listing with pagination, auth challenges, retries, timeouts,
// bounded concurrency. No action sends registry HTTP requests by itself.











const MAX_REDIRECTS = 5;
const CHUNKED_COPY_ATTEMPTS = 3;
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;
function pullScope(ref) {
    return `repository:${ref.repository}:pull`;
}
function pushScope(ref) {
    return `repository:${ref.repository}:pull,push`;
}
class RegistryClient {
    options;
    http;
    auth;
    credentialSource;
    insecure;
    written = new Map();
    propagationMs;
    chunkSize;
    sleep;
    /** 401 answers to requests made with credentials: the hint differs from "log in". */
    refused = new WeakSet();
    /** Origins asked `GET /v2/` for their auth challenge, or that answered without one. */
    pinged = new Set();
    constructor(options = {}) {
        this.options = options;
        const log = options.log;
        this.http = new http_client/* HttpClient */.Qq({
            transport: options.transport,
            timeoutMs: options.timeoutMs,
            maxConcurrency: options.maxConcurrency,
            retry: options.retry,
            sleep: options.sleep,
            onRetry: (message) => log?.info(message),
        });
        this.credentialSource = new CredentialSource({
            explicit: options.credentials,
            dockerConfigDir: options.dockerConfigDir,
            env: options.env,
            exec: options.exec,
            maskSecret: options.maskSecret,
            log,
        });
        this.auth = new RegistryAuth(this.http, this.credentialSource, {
            maskSecret: options.maskSecret,
            allowsPlainHttp: (host) => this.allowsPlainHttp(host),
        });
        this.insecure = new Set((options.insecureHosts ?? []).map((host) => normalizeRegistryHost(host)));
        this.propagationMs = options.propagationMs ?? 10000;
        this.chunkSize = options.chunkSize ?? 32 * 1024 * 1024;
        this.sleep = options.sleep ?? http_client/* sleepFor */.dt;
    }
    /** Every HTTP request sent (retries, token requests and redirects included). */
    get stats() {
        return this.http.stats;
    }
    /** Digest, media type and size of a manifest; undefined when it does not exist (404). */
    async headManifest(ref) {
        const response = await this.request({
            method: 'HEAD',
            ref,
            path: `/v2/${ref.repository}/manifests/${(0,registry_reference/* manifestReference */.Tn)(ref)}`,
            headers: { accept: MANIFEST_ACCEPT.join(', ') },
            scopes: [pullScope(ref)],
            justWritten: this.wasWritten(ref, (0,registry_reference/* manifestReference */.Tn)(ref)),
        });
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw this.failure(response, ref, 'read the manifest of');
        const digest = response.headers['docker-content-digest'];
        const mediaType = response.headers['content-type'];
        const size = Number(response.headers['content-length']);
        if (!digest || !mediaType || !isManifestMediaType(mediaType) || !Number.isFinite(size)) {
            // Some registries leave the digest out of HEAD answers: the bytes tell.
            const fetched = await this.getManifest(ref);
            return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.size };
        }
        if (ref.digest && digest !== ref.digest)
            throw this.mismatch(ref, ref.digest, digest);
        return { digest, mediaType: baseMediaType(mediaType), size };
    }
    /** The manifest's exact bytes, parsed; its digest checked against the bytes. */
    async getManifest(ref) {
        const response = await this.request({
            method: 'GET',
            ref,
            path: `/v2/${ref.repository}/manifests/${(0,registry_reference/* manifestReference */.Tn)(ref)}`,
            headers: { accept: MANIFEST_ACCEPT.join(', ') },
            scopes: [pullScope(ref)],
            justWritten: this.wasWritten(ref, (0,registry_reference/* manifestReference */.Tn)(ref)),
        });
        if (response.status !== 200)
            throw this.failure(response, ref, 'read the manifest of');
        const bytes = response.body;
        const digest = (0,registry_digest/* digestLike */.kG)(ref.digest ?? 'sha256:', bytes);
        if (ref.digest && digest !== ref.digest)
            throw this.mismatch(ref, ref.digest, digest);
        const served = response.headers['docker-content-digest'];
        if (served && served.startsWith(digest.slice(0, 7)) && served !== digest)
            throw this.mismatch(ref, served, digest);
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
        const response = await this.request({
            method: 'PUT',
            ref,
            path: `/v2/${ref.repository}/manifests/${target}`,
            headers: { 'content-type': mediaType },
            body: bytes,
            scopes: [pushScope(ref)],
        });
        if (response.status !== 201 && response.status !== 200 && response.status !== 202) {
            throw this.failure(response, ref, 'push the manifest to', 'push');
        }
        const answered = response.headers['docker-content-digest'];
        if (answered && answered !== ours)
            throw this.mismatch(ref, ours, answered);
        this.markWritten(ref, target);
        this.markWritten(ref, ours);
        return ours;
    }
    /** True when the repository has the blob. */
    async hasBlob(repo, digest) {
        const response = await this.request({
            method: 'HEAD',
            ref: repo,
            path: `/v2/${repo.repository}/blobs/${digest}`,
            scopes: [pullScope(repo)],
            justWritten: this.wasWritten(repo, digest),
        });
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        throw this.failure(response, { ...repo, digest }, 'check the blob in');
    }
    /** The blob's bytes, checked against its digest. Redirects to storage get no credentials. */
    async getBlob(repo, digest) {
        const response = await this.request({
            method: 'GET',
            ref: repo,
            path: `/v2/${repo.repository}/blobs/${digest}`,
            scopes: [pullScope(repo)],
            justWritten: this.wasWritten(repo, digest),
        });
        if (response.status !== 200)
            throw this.failure(response, { ...repo, digest }, 'read the blob of');
        const actual = (0,registry_digest/* digestLike */.kG)(digest, response.body);
        if (actual !== digest)
            throw this.mismatch({ ...repo, digest }, digest, actual);
        return response.body;
    }
    /** Pushes a blob in one piece (POST for a session, PUT with the bytes). Returns its digest. */
    async uploadBlob(repo, bytes) {
        const digest = (0,registry_digest/* sha256Digest */.sI)(bytes);
        await this.finishUpload(repo, await this.startUpload(repo), digest, bytes);
        return digest;
    }
    /**
     * Makes the blob present in `to`: nothing when it is there, a cross-repository mount on the
     * same registry, else a download from `from` and an upload (also when the mount is refused).
     * Blobs larger than `chunkSize` move in ranged chunks, so memory stays bounded.
     */
    async copyBlob(from, to, descriptor) {
        const { digest } = descriptor;
        if (await this.hasBlob(to, digest))
            return 'present';
        if ((0,registry_reference/* sameRegistry */.cJ)(from, to)) {
            const query = new URLSearchParams({ mount: digest, from: from.repository });
            const response = await this.request({
                method: 'POST',
                ref: to,
                path: `/v2/${to.repository}/blobs/uploads/?${query.toString()}`,
                scopes: [pushScope(to), pullScope(from)],
            });
            if (response.status === 201) {
                this.markWritten(to, digest);
                return 'mounted';
            }
            if (response.status !== 202)
                throw this.failure(response, to, 'mount a blob into', 'push');
            // 202: the registry opened an upload session instead; use it.
            await this.transferBlob(from, to, descriptor, this.uploadLocation(to, response));
            return 'uploaded';
        }
        await this.transferBlob(from, to, descriptor);
        return 'uploaded';
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
            const response = await this.request({ method: 'GET', ref: repo, path, scopes: [pullScope(repo)] });
            if (response.status === 404 && page === 0) {
                const code = parseErrorBody(response.body)?.code;
                if (code === 'NAME_UNKNOWN' || code === undefined)
                    return [];
            }
            if (response.status !== 200)
                throw this.failure(response, repo, 'list the tags of');
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
    /** Opens an upload session; returns its location. */
    async startUpload(repo) {
        const started = await this.request({
            method: 'POST',
            ref: repo,
            path: `/v2/${repo.repository}/blobs/uploads/`,
            scopes: [pushScope(repo)],
        });
        if (started.status !== 202)
            throw this.failure(started, repo, 'start a blob upload to', 'push');
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
    /** Closes an upload session with the last bytes (all of them for a monolithic upload). */
    async finishUpload(repo, location, digest, bytes) {
        const url = new URL(location);
        url.searchParams.set('digest', digest);
        const response = await this.request({
            method: 'PUT',
            ref: repo,
            path: url.toString(),
            headers: { 'content-type': 'application/octet-stream' },
            body: bytes,
            scopes: [pushScope(repo)],
        });
        if (response.status === 404 && (await this.hasBlob(repo, digest))) {
            // A retried PUT whose first attempt landed: the session is gone but the blob is there.
            this.markWritten(repo, digest);
            return;
        }
        if (response.status !== 201 && response.status !== 204)
            throw this.failure(response, { ...repo, digest }, 'upload a blob to', 'push');
        this.markWritten(repo, digest);
    }
    /**
     * Downloads a blob from `from` and uploads it to `to`: whole when small, else in ranged GETs
     * and PATCHes of `chunkSize`. A failed chunked copy starts over in a new session (a chunk
     * whose answer was lost cannot be told apart from one that never arrived).
     */
    async transferBlob(from, to, descriptor, session) {
        if (descriptor.size <= this.chunkSize) {
            const bytes = await this.getBlob(from, descriptor.digest);
            await this.finishUpload(to, session ?? (await this.startUpload(to)), descriptor.digest, bytes);
            return;
        }
        for (let attempt = 1;; attempt++) {
            try {
                await this.chunkedCopy(from, to, descriptor, session ?? (await this.startUpload(to)));
                return;
            }
            catch (error) {
                if (attempt >= CHUNKED_COPY_ATTEMPTS || (error instanceof RegistryError && error.code === 'DIGEST_MISMATCH'))
                    throw error;
                this.options.log?.info(`Copying ${descriptor.digest} to ${(0,registry_reference/* formatRepository */.Sh)(to)} failed (${(0,cib_error/* errorMessage */.gJ)(error)}); starting it over`);
                session = undefined;
            }
        }
    }
    async chunkedCopy(from, to, descriptor, session) {
        const { digest, size } = descriptor;
        const algorithm = (0,registry_digest/* digestAlgorithm */.g4)(digest);
        const hash = (0,external_node_crypto_.createHash)(algorithm);
        let location = session;
        for (let offset = 0; offset < size; offset += this.chunkSize) {
            const end = Math.min(size, offset + this.chunkSize) - 1;
            const part = await this.request({
                method: 'GET',
                ref: from,
                path: `/v2/${from.repository}/blobs/${digest}`,
                headers: { range: `bytes=${offset}-${end}` },
                scopes: [pullScope(from)],
            });
            if (part.status === 200 && offset === 0) {
                // The registry ignored Range and sent it all: finish in one piece.
                const actual = (0,registry_digest/* digestLike */.kG)(digest, part.body);
                if (actual !== digest)
                    throw this.mismatch({ ...from, digest }, digest, actual);
                await this.finishUpload(to, location, digest, part.body);
                return;
            }
            if (part.status !== 206 || part.body.length !== end - offset + 1) {
                throw this.failure(part, { ...from, digest }, `read bytes ${offset}-${end} of the blob of`);
            }
            hash.update(part.body);
            const patched = await this.request({
                method: 'PATCH',
                ref: to,
                path: location.toString(),
                headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${end}` },
                body: part.body,
                scopes: [pushScope(to)],
            });
            if (patched.status !== 202 && patched.status !== 204) {
                throw this.failure(patched, { ...to, digest }, 'upload a blob chunk to', 'push');
            }
            if (patched.headers.location)
                location = new URL(patched.headers.location, patched.url);
        }
        const actual = `${algorithm}:${hash.digest('hex')}`;
        if (actual !== digest)
            throw this.mismatch({ ...from, digest }, digest, actual);
        await this.finishUpload(to, location, digest, Buffer.alloc(0));
    }
    /** Sends a request with auth (answering 401 challenges), redirects, retries and the 404-after-write wait. */
    async request(spec) {
        let waited = 0;
        for (let wait = 200;; wait = Math.min(wait * 2, 2000)) {
            const response = await this.authorized(spec);
            if (response.status !== 404 || !spec.justWritten || waited >= this.propagationMs)
                return response;
            this.options.log?.debug(`${spec.method} ${(0,registry_reference/* formatReference */.FH)(spec.ref)}: 404 right after writing it; waiting for the registry`);
            await this.sleep(wait);
            waited += wait;
        }
    }
    async authorized(spec) {
        const origin = this.origin(spec.ref);
        const registry = spec.ref.registry;
        const url = new URL(spec.path, origin);
        let scopes = spec.scopes;
        if (spec.body &&
            !this.pinged.has(origin) &&
            !this.auth.knows(origin) &&
            (await this.credentialSource.get(registry))) {
            // Learn the challenge with `GET /v2/` rather than send a whole body only to get a 401.
            this.pinged.add(origin);
            const ping = await this.follow({ ...spec, method: 'GET', body: undefined, headers: {} }, new URL('/v2/', origin), origin, undefined);
            if (ping.status === 401)
                await this.auth.onUnauthorized(origin, registry, scopes, ping, undefined);
        }
        for (let attempt = 0;; attempt++) {
            const auth = await this.auth.authorization(origin, registry, scopes);
            const response = await this.follow(spec, url, origin, auth);
            if (response.status !== 401) {
                // Answered without a challenge: no need to ask `GET /v2/` for one later.
                if (!auth)
                    this.pinged.add(origin);
                return response;
            }
            if (auth && (await this.credentialSource.get(registry)))
                this.refused.add(response);
            if (attempt >= 3)
                return response;
            const next = await this.auth.onUnauthorized(origin, registry, scopes, response, auth);
            if (!next)
                return response;
            scopes = next;
        }
    }
    /**
     * One request, following redirects (http/redirects.ts): credentials go only to the registry's
     * own origin, and not again once a redirect has left it (blob storage on another host).
     */
    async follow(spec, start, registryOrigin, auth) {
        try {
            return await sendFollowingRedirects(this.http, { method: spec.method, url: start, headers: spec.headers, body: spec.body }, {
                authorization: auth && start.origin === registryOrigin ? auth.header : undefined,
                maxRedirects: MAX_REDIRECTS,
            });
        }
        catch (error) {
            if (error instanceof RedirectError) {
                // Too many redirects, or one to a non-HTTP URL: the redirect answer fails as any other would.
                this.options.log?.warning(error.message);
                return error.response;
            }
            if (error instanceof transport/* HttpNetworkError */.z3) {
                throw new RegistryError(`Could not reach ${spec.ref.registry}: ${error.message}`, {
                    status: 0,
                    code: error.code === 'ETIMEDOUT' ? 'TIMEOUT' : 'NETWORK',
                    reference: (0,registry_reference/* formatReference */.FH)(spec.ref),
                    cause: error,
                    hint: /^(EPROTO|ERR_SSL|ECONNRESET)/.test(error.code) && error.url.protocol === 'https:'
                        ? `If ${error.url.host} serves plain HTTP, list it in the registry-insecure input`
                        : 'Check the registry host and that the runner can reach it (we retried with backoff)',
                });
            }
            throw error;
        }
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
    wasWritten(ref, reference) {
        const at = this.written.get(`${(0,registry_reference/* formatRepository */.Sh)(ref)}@${reference}`);
        return at !== undefined && Date.now() - at < this.propagationMs;
    }
    markWritten(ref, reference) {
        this.written.set(`${(0,registry_reference/* formatRepository */.Sh)(ref)}@${reference}`, Date.now());
    }
    mismatch(ref, expected, actual) {
        return new RegistryError(`Digest mismatch for ${(0,registry_reference/* formatReference */.FH)(ref)}: expected ${expected}, got ${actual}`, {
            status: 0,
            code: 'DIGEST_MISMATCH',
            reference: (0,registry_reference/* formatReference */.FH)(ref),
            hint: 'The registry or a proxy changed the content; do not trust it',
        });
    }
    failure(response, ref, action, access = 'pull') {
        const reference = (0,registry_reference/* formatReference */.FH)(ref);
        const parsed = parseErrorBody(response.body);
        const status = response.status;
        let code = parsed?.code;
        if (!code)
            code =
                status === 401 ? 'UNAUTHORIZED' : status === 403 ? 'DENIED' : status === 429 ? 'TOOMANYREQUESTS' : undefined;
        const detail = parsed?.message ? `: ${parsed.message}` : '';
        let hint;
        const challenge = response.headers['www-authenticate'] ?? '';
        if (status === 401 && this.refused.has(response)) {
            hint = /insufficient_scope/.test(challenge)
                ? `The account used for ${ref.registry} is not allowed to ${access} ${ref.repository}`
                : `The registry refused the credentials for ${ref.registry}: check the username and password (or token)`;
        }
        else if (status === 401) {
            hint = `Log in to ${ref.registry} with an account that can access ${ref.repository}: give username and password, or run docker/login-action first`;
        }
        else if (status === 403) {
            hint = `The account used for ${ref.registry} is not allowed to ${access} ${ref.repository}`;
        }
        else if (status === 404) {
            hint = `Check that ${reference} exists`;
        }
        else if (status === 429) {
            hint = 'The registry kept rate-limiting after several retries; try again later or log in for a higher limit';
        }
        else if (/immutable|cannot be overwritten/i.test(parsed?.message ?? '')) {
            hint = 'The repository has immutable tags: an existing tag cannot be moved';
        }
        return new RegistryError(`Could not ${action} ${reference}: HTTP ${status}${code ? ` ${code}` : ''}${detail}`, {
            status,
            code,
            reference,
            hint,
        });
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

;// CONCATENATED MODULE: ./packages/core/src/registry/login-inputs.ts
// The registry inputs every registry-facing action shares (`username`, `password`,
// `registry-insecure`), read once, and the client built from them.



/** Reads the login inputs; a username without a password (or the reverse) is an input error. */
function readRegistryLogin(rt) {
    const username = readString(rt, 'username');
    const password = readString(rt, 'password');
    if ((username === '') !== (password === '')) {
        throw new InputError(username ? 'password' : 'username', '', 'a value when the other of username/password is given');
    }
    return { username, password, insecureHosts: readList(rt, 'registry-insecure') };
}
/**
 * A client whose input credentials are for `loginRegistry` only, as docker/login-action's are
 * for one registry; other registries take theirs from the Docker config. Every secret the client
 * learns is masked through the runtime.
 */
function createRegistryClient(rt, login, loginRegistry) {
    return new RegistryClient({
        credentials: login.username
            ? { [loginRegistry]: { username: login.username, password: login.password } }
            : undefined,
        insecureHosts: login.insecureHosts,
        maskSecret: (secret) => rt.setSecret(secret),
        log: rt.log,
        env: rt.env,
    });
}


/***/ })

};
