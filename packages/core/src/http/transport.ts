// One HTTP exchange over node:http/https with an idle timeout: the answer's body streamed (for blob
// copies, so memory does not grow with the size of what passes) or read whole, the request's body
// bytes or a stream. No redirects, no retries, no auth: those belong to http-client.ts and the
// registry client above it.
// node:http rather than fetch: it starts faster (no undici to load) and reports dropped
// connections and TLS failures with the error codes the retry policy needs.
import type * as Http from 'node:http';
import type { PassThrough, Readable } from 'node:stream';
import { CibError } from '../errors/cib-error';

/**
 * node:stream, loaded on the first exchange rather than with the module: node:stream costs
 * start-up to every action, and one that stops at an input error never sends a request.
 */
export function stream(): typeof import('node:stream') {
  return process.getBuiltinModule('node:stream');
}

/** True when a request body is a stream (sent once, as it comes) rather than bytes. */
export function isStreamBody(body: Buffer | Readable | undefined): body is Readable {
  return body !== undefined && !Buffer.isBuffer(body);
}

export interface HttpRequest {
  method: string;
  url: URL;
  headers?: Record<string, string>;
  /**
   * Bytes, or a stream sent as it comes (give its `content-length` in `headers`). A stream can be
   * read only once, so a request with one is never retried by the client: its caller starts over.
   * When the stream fails, the request is aborted (the server never gets a whole body) and the
   * exchange fails with the stream's error.
   */
  body?: Buffer | Readable;
  /**
   * Abort when nothing moves for this long: connecting, sending or reading. An idle limit rather
   * than a total one, so a large blob on a slow link is not cut off while bytes still flow.
   */
  timeoutMs: number;
  /** Fail with `ETOOLARGE` (not retried) when the answer's body grows past this many bytes. */
  maxBodyBytes?: number;
}

export interface HttpResponse {
  status: number;
  /** Header names in lower case; repeated headers joined with ', ' except those kept as lists. */
  headers: Record<string, string>;
  /** Every value of repeated headers (`www-authenticate`, `link`), in lower-case names. */
  rawHeaders: Record<string, string[]>;
  body: Buffer;
  url: URL;
}

/** An answer whose body is still coming: read it to the end, or destroy it. */
export interface StreamedResponse extends Omit<HttpResponse, 'body'> {
  /** Fails with an HttpNetworkError when the connection drops or stalls before the end. */
  body: Readable;
}

/** Sends one request and reads the whole answer; the seam tests replace. */
export type HttpTransport = (request: HttpRequest) => Promise<HttpResponse>;

/** Sends one request and resolves once the answer's headers are in, its body streaming. */
export type StreamTransport = (request: HttpRequest) => Promise<StreamedResponse>;

/** No answer: the connection failed, was dropped, or the timeout passed. */
export class HttpNetworkError extends CibError {
  /** `ECONNRESET`, `ECONNREFUSED`, `ETIMEDOUT` (our timeout), `EPROTO` (TLS to a plain port)… */
  readonly code: string;
  /** The URL asked (after redirects, the hop that failed). */
  readonly url: URL;
  constructor(request: Pick<HttpRequest, 'method' | 'url'>, code: string, detail: string, cause?: unknown) {
    super(`${request.method} ${redactUrl(request.url)} failed: ${detail}`, { cause });
    this.name = 'HttpNetworkError';
    this.code = code;
    this.url = request.url;
  }
}

/** The URL without query string values that may carry upload state or tokens. */
export function redactUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}${url.search ? '?…' : ''}`;
}

type RequestFunction = typeof Http.request;
const clients = new Map<string, Promise<{ request: RequestFunction; agent: Http.Agent }>>();

/**
 * node:http or node:https with a keep-alive agent, loaded on first use: node:http alone costs
 * tens of milliseconds of start-up, which an action that fails on its inputs should not pay, and
 * a run against an HTTPS registry never needs the plain module.
 */
function clientFor(protocol: string): Promise<{ request: RequestFunction; agent: Http.Agent }> {
  let client = clients.get(protocol);
  if (!client) {
    client = (protocol === 'https:' ? import('node:https') : import('node:http')).then((mod) => ({
      request: mod.request,
      agent: new mod.Agent({ keepAlive: true, maxSockets: 16 }),
    }));
    clients.set(protocol, client);
  }
  return client;
}

/** Sends over node:http(s), resolving at the answer's headers. */
export const nodeStreamTransport: StreamTransport = async (request) => {
  const { request: send, agent } = await clientFor(request.url.protocol === 'https:' ? 'https:' : 'http:');
  return new Promise<StreamedResponse>((resolve, reject) => {
    let settled = false;
    /** The answer's body once handed out: failures from then on end it instead of the promise. */
    let answer: PassThrough | undefined;
    const fail = (error: Error) => {
      if (answer) {
        if (!answer.destroyed && !answer.writableEnded) answer.destroy(error);
        return;
      }
      if (settled) return;
      settled = true;
      reject(error);
    };
    const failNetwork = (code: string, detail: string, cause?: unknown) =>
      fail(new HttpNetworkError(request, code, detail, cause));
    const headers: Record<string, string> = { 'user-agent': 'cib', ...request.headers };
    const streamed = isStreamBody(request.body) ? request.body : undefined;
    if (Buffer.isBuffer(request.body)) headers['content-length'] = String(request.body.length);
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
      res.on('data', (chunk: Buffer) => {
        if (!body.write(chunk)) res.pause();
      });
      body.on('drain', () => res.resume());
      res.on('error', (error: NodeJS.ErrnoException) => failNetwork(error.code ?? 'ECONNRESET', error.message, error));
      res.on('aborted', () => failNetwork('ECONNRESET', 'the connection closed before the whole answer came'));
      res.on('end', () => {
        if (!res.complete) {
          failNetwork('ECONNRESET', 'the connection closed before the whole answer came');
          return;
        }
        body.end();
        // Answered before the whole body was sent (a refusal): the connection cannot be reused.
        if (streamed && !streamed.readableEnded) req.destroy();
      });
      // The reader gave up early: drop the connection rather than leave it half read.
      body.on('close', () => {
        if (!res.complete) req.destroy();
      });
      const single: Record<string, string> = {};
      const lists: Record<string, string[]> = {};
      const raw = res.rawHeaders;
      for (let i = 0; i + 1 < raw.length; i += 2) {
        const name = raw[i].toLowerCase();
        (lists[name] ??= []).push(raw[i + 1]);
      }
      for (const [name, values] of Object.entries(lists)) single[name] = values.join(', ');
      resolve({ status: res.statusCode ?? 0, headers: single, rawHeaders: lists, body, url: request.url });
    });
    req.on('timeout', () => {
      failNetwork('ETIMEDOUT', `nothing moved for ${request.timeoutMs} ms`);
      req.destroy();
    });
    req.on('error', (error: NodeJS.ErrnoException) => failNetwork(error.code ?? 'ECONNRESET', error.message, error));
    if (streamed) {
      streamed.once('error', (error) => {
        fail(error);
        req.destroy();
      });
      streamed.pipe(req);
    } else {
      req.end(request.body);
    }
  });
};

/** The whole body of a streamed answer; `ETOOLARGE` (not retried) past `request.maxBodyBytes`. */
export function readBody(
  body: Readable,
  request: Pick<HttpRequest, 'method' | 'url' | 'maxBodyBytes'>,
): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    body.on('data', (chunk: Buffer) => {
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
export function bufferOver(transport: StreamTransport): HttpTransport {
  return async (request) => {
    const answer = await transport(request);
    return { ...answer, body: await readBody(answer.body, request) };
  };
}

/**
 * A transport that takes stream bodies over one that takes only bytes (the scripted transports of
 * tests): a stream body is read first, and fails the exchange before anything is sent if it fails.
 */
export function readingStreamBodies(transport: HttpTransport): HttpTransport {
  return async (request) => {
    if (!isStreamBody(request.body)) return transport(request);
    return transport({ ...request, body: await readBody(request.body, { ...request, maxBodyBytes: undefined }) });
  };
}

/** A streaming transport over one that takes and gives whole bodies (the scripted transports of tests). */
export function streamOver(transport: HttpTransport): StreamTransport {
  const sending = readingStreamBodies(transport);
  return async (request) => {
    const answer = await sending(request);
    // In pieces of the size a socket reads, as an answer from the network comes.
    const pieces: Buffer[] = [];
    for (let at = 0; at < answer.body.length; at += 64 * 1024) pieces.push(answer.body.subarray(at, at + 64 * 1024));
    return { ...answer, body: stream().Readable.from(pieces, { objectMode: false }) };
  };
}

/** Sends over node:http(s) and reads the whole answer. */
export const nodeTransport: HttpTransport = bufferOver(nodeStreamTransport);
