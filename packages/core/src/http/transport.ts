// One HTTP exchange over node:http/https, body read whole, with an idle timeout. No redirects,
// no retries, no auth: those belong to http-client.ts and the registry client above it.
// node:http rather than fetch: it starts faster (no undici to load) and reports dropped
// connections and TLS failures with the error codes the retry policy needs.
import type * as Http from 'node:http';
import { CibError } from '../errors/cib-error';

export interface HttpRequest {
  method: string;
  url: URL;
  headers?: Record<string, string>;
  body?: Buffer;
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

/** Sends one request and reads the whole answer; the seam tests replace. */
export type HttpTransport = (request: HttpRequest) => Promise<HttpResponse>;

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

export const nodeTransport: HttpTransport = async (request) => {
  const { request: send, agent } = await clientFor(request.url.protocol === 'https:' ? 'https:' : 'http:');
  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false;
    const fail = (code: string, detail: string, cause?: unknown) => {
      if (settled) return;
      settled = true;
      reject(new HttpNetworkError(request, code, detail, cause));
    };
    const headers: Record<string, string> = { 'user-agent': 'cib', ...request.headers };
    if (request.body) headers['content-length'] = String(request.body.length);
    const options = {
      method: request.method,
      headers,
      agent,
      // Socket idle time, from before the connection is made until the answer is read.
      timeout: request.timeoutMs,
    };
    const req = send(request.url, options, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (request.maxBodyBytes !== undefined && size > request.maxBodyBytes) {
          fail('ETOOLARGE', `the answer is larger than ${request.maxBodyBytes} bytes`);
          req.destroy();
        }
      });
      res.on('error', (error: NodeJS.ErrnoException) => fail(error.code ?? 'ECONNRESET', error.message, error));
      res.on('aborted', () => fail('ECONNRESET', 'the connection closed before the whole answer came'));
      res.on('end', () => {
        if (settled) return;
        if (!res.complete) {
          fail('ECONNRESET', 'the connection closed before the whole answer came');
          return;
        }
        settled = true;
        const single: Record<string, string> = {};
        const lists: Record<string, string[]> = {};
        const raw = res.rawHeaders;
        for (let i = 0; i + 1 < raw.length; i += 2) {
          const name = raw[i].toLowerCase();
          (lists[name] ??= []).push(raw[i + 1]);
        }
        for (const [name, values] of Object.entries(lists)) single[name] = values.join(', ');
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
    req.on('error', (error: NodeJS.ErrnoException) => fail(error.code ?? 'ECONNRESET', error.message, error));
    req.end(request.body);
  });
};
