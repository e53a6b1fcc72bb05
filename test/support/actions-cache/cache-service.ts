// A test double of the GitHub Actions cache service (v2) at the wire, on 127.0.0.1: the Twirp
// JSON RPCs @actions/cache 6 calls at ACTIONS_RESULTS_URL, and the signed blob URLs it hands out,
// which the client uploads to with @azure/storage-blob and downloads from with its HTTP client.
//
// Where each behaviour comes from:
// - Which service: @actions/cache lib/internal/config.js `getCacheServiceVersion` picks v2 when
//   ACTIONS_CACHE_SERVICE_V2 is set and GITHUB_SERVER_URL is github.com, *.ghe.com or *.localhost
//   (v2 is not offered on GHES); `isFeatureAvailable` then needs ACTIONS_RESULTS_URL only.
// - The RPCs: lib/internal/shared/cacheTwirpClient.js POSTs JSON to
//   `/twirp/github.actions.results.api.v1.CacheService/<Method>` with `Authorization: Bearer
//   <ACTIONS_RUNTIME_TOKEN>`; the generated client (lib/generated/results/api/v1/
//   cache.twirp-client.js) writes the messages with `toJson({useProtoFieldName: true})`, so the
//   double parses every request with the package's own generated message types, unknown fields
//   rejected: a misspelt or invented field fails here as it would against the real schema.
// - Twirp errors: HTTP status plus `{"code","msg"}` (the Twirp wire protocol spec, "Error
//   codes"); invalid_argument 400, unauthenticated 401, not_found 404, already_exists 409,
//   resource_exhausted 429.
// - Keys: at most 512 characters, no commas (GitHub docs "Caching dependencies to speed up
//   workflows", restrictions on `key`; the client's own `checkKey` in lib/cache.js); a version is
//   what `getCacheVersion` computes: a SHA-256 hex digest of the paths, compression and OS flag.
//   Entries are matched on key AND version, so a save and a restore must name the same paths.
// - Lookup: the key exactly first, then each restore key as a prefix in order, the newest
//   matching entry winning (GitHub docs, "Cache key matching"). A miss is `ok: false`, not an
//   error (restoreCacheV2 reads `response.ok`).
// - Entries are immutable: creating a key+version that exists answers 409 already_exists
//   (the docs: "you cannot change the contents of an existing cache"; saveCacheV2 turns that into
//   ReserveCacheError, logged as "another job may be creating this cache").
// - Rate limits: 429 with Retry-After (cacheTwirpClient.js reads `retry-after` and throws
//   RateLimitError without retrying), injected with `rateLimitNext`.
// - Blob: the Azure Blob REST API "Put Blob" (`x-ms-blob-type: BlockBlob`, 201), "Put Block"
//   (`comp=block&blockid=`), "Put Block List" (`comp=blocklist`, XML `<BlockList><Latest>`), and
//   "Get Blob" with `Range`/`x-ms-range` (206). The upload URL only writes, the download URL only
//   reads (SAS permissions); a wrong signature is 403 AuthenticationFailed.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CreateCacheEntryRequest,
  FinalizeCacheEntryUploadRequest,
  GetCacheEntryDownloadURLRequest,
} from '../../../node_modules/@actions/cache/lib/generated/results/api/v1/cache.js';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  /** The finalized archive (undefined until FinalizeCacheEntryUpload). */
  archive?: Buffer;
  sizeBytes?: number;
  uploadSig: string;
  downloadSig: string;
  uploaded?: Buffer;
  blocks: Map<string, Buffer>;
}

export interface RecordedCall {
  method: string;
  status: number;
  body: unknown;
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';
const VERSION = /^[0-9a-f]{64}$/;

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class FakeCacheService {
  readonly entries: CacheEntry[] = [];
  readonly calls: RecordedCall[] = [];
  private server?: Server;
  private nextId = 1;
  private rateLimited = 0;
  private retryAfterSeconds = 60;

  constructor(readonly token = `ghs_cacheRuntime${randomBytes(6).toString('hex')}`) {}

  get url(): string {
    const { port } = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${port}/`;
  }

  /** The environment a GitHub runner gives a job for the v2 cache service. */
  env(): Record<string, string> {
    return {
      ACTIONS_RESULTS_URL: this.url,
      ACTIONS_RUNTIME_TOKEN: this.token,
      ACTIONS_CACHE_SERVICE_V2: 'True',
      GITHUB_SERVER_URL: 'https://github.com',
    };
  }

  /** The finalized entries, oldest first. */
  stored(): CacheEntry[] {
    return this.entries.filter((e) => e.archive);
  }

  /** The next `count` RPCs answer 429 with Retry-After. */
  rateLimitNext(count: number, retryAfterSeconds = 60): void {
    this.rateLimited = count;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks)));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith(SERVICE) && req.method === 'POST') return this.rpc(req, res, url, body);
    if (url.pathname.startsWith('/blob/')) return this.blob(req, res, url, body);
    res.writeHead(404).end();
  }

  private rpc(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    const method = url.pathname.slice(SERVICE.length);
    const answer = (status: number, json: unknown, headers: Record<string, string> = {}): void => {
      this.calls.push({ method, status, body: json });
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(json));
    };
    try {
      if (req.headers.authorization !== `Bearer ${this.token}`)
        throw new TwirpError(401, 'unauthenticated', 'invalid or missing runtime token');
      if (!String(req.headers['content-type']).startsWith('application/json'))
        throw new TwirpError(400, 'malformed', 'expected application/json');
      if (this.rateLimited > 0) {
        this.rateLimited--;
        return answer(
          429,
          { code: 'resource_exhausted', msg: 'cache rate limit exceeded' },
          { 'retry-after': String(this.retryAfterSeconds) },
        );
      }
      let json: unknown;
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch {
        throw new TwirpError(400, 'malformed', 'the body is not JSON');
      }
      answer(200, this.dispatch(method, json));
    } catch (error) {
      if (error instanceof TwirpError) return answer(error.status, { code: error.code, msg: error.message });
      answer(500, { code: 'internal', msg: String(error) });
    }
  }

  private dispatch(method: string, json: unknown): unknown {
    const parse = <T>(type: { fromJson(j: never, o: object): T }): T => {
      try {
        return type.fromJson(json as never, { ignoreUnknownFields: false });
      } catch (error) {
        throw new TwirpError(400, 'malformed', `${method}: ${(error as Error).message}`);
      }
    };
    switch (method) {
      case 'CreateCacheEntry': {
        const request = parse(CreateCacheEntryRequest);
        checkKey(request.key, 'key');
        checkVersion(request.version);
        if (this.entries.some((e) => e.key === request.key && e.version === request.version))
          throw new TwirpError(
            409,
            'already_exists',
            'cache entry with the same key, version, and scope already exists',
          );
        const entry: CacheEntry = {
          id: this.nextId++,
          key: request.key,
          version: request.version,
          uploadSig: randomBytes(12).toString('hex'),
          downloadSig: randomBytes(12).toString('hex'),
          blocks: new Map(),
        };
        this.entries.push(entry);
        return { ok: true, signed_upload_url: this.blobUrl(entry, entry.uploadSig, 'cw') };
      }
      case 'FinalizeCacheEntryUpload': {
        const request = parse(FinalizeCacheEntryUploadRequest);
        checkKey(request.key, 'key');
        checkVersion(request.version);
        const entry = this.entries.find((e) => e.key === request.key && e.version === request.version && !e.archive);
        if (!entry)
          throw new TwirpError(404, 'not_found', 'no cache entry is being uploaded with this key and version');
        if (!entry.uploaded) throw new TwirpError(400, 'invalid_argument', 'the cache archive was not uploaded');
        if (Number(request.sizeBytes) !== entry.uploaded.length)
          throw new TwirpError(
            400,
            'invalid_argument',
            `size_bytes ${request.sizeBytes} != ${entry.uploaded.length} uploaded`,
          );
        entry.archive = entry.uploaded;
        entry.sizeBytes = entry.uploaded.length;
        return { ok: true, entry_id: String(entry.id) };
      }
      case 'GetCacheEntryDownloadURL': {
        const request = parse(GetCacheEntryDownloadURLRequest);
        checkKey(request.key, 'key');
        request.restoreKeys.forEach((k) => checkKey(k, 'restore_keys'));
        checkVersion(request.version);
        const ready = this.stored().filter((e) => e.version === request.version);
        const newest = (match: (e: CacheEntry) => boolean) => ready.filter(match).at(-1);
        const hit =
          newest((e) => e.key === request.key) ??
          request.restoreKeys.map((p) => newest((e) => e.key.startsWith(p))).find(Boolean);
        if (!hit) return { ok: false, signed_download_url: '', matched_key: '' };
        return { ok: true, signed_download_url: this.blobUrl(hit, hit.downloadSig, 'r'), matched_key: hit.key };
      }
      default:
        throw new TwirpError(404, 'bad_route', `no method ${method} on CacheService`);
    }
  }

  private blobUrl(entry: CacheEntry, sig: string, permissions: string): string {
    // Path-style (account/container/blob), as the Azure SDK parses a URL on an IP address.
    return `${this.url}blob/cacheaccount/actions-cache/${entry.id}.tzst?sv=2024-08-04&sp=${permissions}&sig=${sig}`;
  }

  private blob(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    const id = Number(/^\/blob\/cacheaccount\/actions-cache\/(\d+)\.tzst$/.exec(url.pathname)?.[1]);
    const entry = this.entries.find((e) => e.id === id);
    const fail = (status: number, code: string): void => {
      res.writeHead(status, { 'x-ms-error-code': code, 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code></Error>`);
    };
    if (!entry) return fail(404, 'BlobNotFound');
    const sig = url.searchParams.get('sig');
    const ok = { 'x-ms-request-id': randomBytes(8).toString('hex'), 'x-ms-version': '2024-08-04', etag: `"0x${id}"` };
    if (req.method === 'PUT') {
      if (sig !== entry.uploadSig) return fail(403, 'AuthenticationFailed');
      if (entry.archive) return fail(409, 'BlobImmutableDueToPolicy');
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        const blockId = url.searchParams.get('blockid');
        if (!blockId) return fail(400, 'InvalidQueryParameterValue');
        entry.blocks.set(blockId, body);
      } else if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map((m) => m[1]);
        if (ids.some((b) => !entry.blocks.has(b))) return fail(400, 'InvalidBlockList');
        entry.uploaded = Buffer.concat(ids.map((b) => entry.blocks.get(b) as Buffer));
      } else {
        if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return fail(400, 'MissingRequiredHeader');
        entry.uploaded = body;
      }
      res.writeHead(201, { ...ok, 'last-modified': new Date().toUTCString() }).end();
      return;
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (sig !== entry.downloadSig || !entry.archive) return fail(403, 'AuthenticationFailed');
      const data = entry.archive;
      const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''));
      if (range) {
        const start = Number(range[1]);
        const end = Math.min(range[2] ? Number(range[2]) : data.length - 1, data.length - 1);
        if (start >= data.length) return fail(416, 'InvalidRange');
        const part = data.subarray(start, end + 1);
        res.writeHead(206, {
          ...ok,
          'content-length': String(part.length),
          'content-range': `bytes ${start}-${end}/${data.length}`,
        });
        res.end(req.method === 'HEAD' ? undefined : part);
        return;
      }
      res.writeHead(200, { ...ok, 'content-length': String(data.length), 'x-ms-blob-type': 'BlockBlob' });
      res.end(req.method === 'HEAD' ? undefined : data);
      return;
    }
    fail(405, 'UnsupportedHttpVerb');
  }
}

function checkKey(key: string, field: string): void {
  if (!key) throw new TwirpError(400, 'invalid_argument', `${field} is required`);
  if (key.length > 512) throw new TwirpError(400, 'invalid_argument', `${field} is longer than 512 characters`);
  if (key.includes(',')) throw new TwirpError(400, 'invalid_argument', `${field} cannot contain commas`);
}

function checkVersion(version: string): void {
  if (!VERSION.test(version)) throw new TwirpError(400, 'invalid_argument', 'version must be a SHA-256 hex digest');
}
