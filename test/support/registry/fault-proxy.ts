// An HTTP proxy in front of a test registry that injects faults: 429 with Retry-After, 503,
// connections dropped without an answer, answers cut short or with a byte changed. Rules match requests by method and path and
// fire a set number of times; everything else passes through unchanged (Host header kept, so
// the registry's upload Locations point back at the proxy). It records what it saw. In random
// mode (`randomFaults`) a share of the requests no rule matches gets a fault drawn from a seeded
// generator: 429 with Retry-After, 500, 503, a reset, a dropped or truncated answer, a slow one.
import { createServer, request } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';

export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string; body?: string }
  /** Close the connection without answering (the registry never sees the request). */
  | { kind: 'drop' }
  /** Forward the request, then close the connection instead of passing the answer on. */
  | { kind: 'drop-response' }
  /** Forward the request, pass on the answer's headers and first `afterBytes` bytes, then close. */
  | { kind: 'cut-response'; afterBytes: number }
  /** Forward the request, pass on the answer with one byte of its body changed (same length). */
  | { kind: 'corrupt-response' }
  /** Forward the request after `ms` milliseconds (a slow registry), answer unchanged. */
  | { kind: 'delay'; ms: number };

/** The faults random mode draws from (the list: 429, 500, 503, resets, slow, truncated). */
export const RANDOM_FAULT_KINDS = ['429', '500', '503', 'reset', 'drop-response', 'truncated', 'slow'] as const;
export type RandomFaultKind = (typeof RANDOM_FAULT_KINDS)[number];

export interface RandomFaults {
  /** Share of requests that get a fault, 0..1. */
  rate: number;
  /** A generator of floats in [0, 1): seeded by the caller, so a run can be replayed. */
  random: () => number;
  kinds?: readonly RandomFaultKind[];
  /** Only requests matching this draw a fault (one phase of a run, say); all when absent. */
  only?: { method?: string; path?: RegExp };
}

/** A fault random mode injected. */
export interface InjectedFault {
  kind: RandomFaultKind;
  method: string;
  path: string;
}

function drawFault(kind: RandomFaultKind, random: () => number): Fault {
  switch (kind) {
    case '429':
      // Registries send whole seconds; 0 and 1 keep the runs short while still honoured.
      return { kind: 'status', status: 429, retryAfter: random() < 0.5 ? '0' : '1' };
    case '500':
      return { kind: 'status', status: 500 };
    case '503':
      return { kind: 'status', status: 503 };
    case 'reset':
      return { kind: 'drop' };
    case 'drop-response':
      return { kind: 'drop-response' };
    case 'truncated':
      return { kind: 'cut-response', afterBytes: Math.floor(random() * 64) };
    case 'slow':
      return { kind: 'delay', ms: 100 + Math.floor(random() * 400) };
  }
}

export interface FaultRule {
  method?: string;
  /** Matched against the path (with query). */
  path?: RegExp;
  fault: Fault;
  /** How many matching requests get the fault; default 1. */
  times?: number;
  /**
   * Armed only once a request matching this has been answered by the registry (a registry that
   * dies right after the first manifest PUT: `after: { method: 'PUT', path: /manifests/ }`).
   */
  after?: { method?: string; path?: RegExp };
}

export interface ProxiedRequest {
  method: string;
  path: string;
  /**
   * The status answered; 'dropped' (no answer), 'cut' (an answer cut short), or 'aborted' (the
   * client gave up before sending the whole body).
   */
  outcome: number | 'dropped' | 'cut' | 'aborted';
  /** Whether the request carried an Authorization header. */
  authorized: boolean;
}

export interface FaultProxy {
  host: string;
  url: string;
  /** Adds rules; they fire before earlier-added ones that match the same request. */
  inject(...rules: FaultRule[]): void;
  /** Rules that have not fired their full count. */
  pending(): FaultRule[];
  requests: ProxiedRequest[];
  /** Turns random mode on (or off with undefined); rules still fire first. */
  randomFaults(mode: RandomFaults | undefined): void;
  /** What random mode injected since the last reset. */
  injected: InjectedFault[];
  reset(): void;
  stop(): Promise<void>;
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    // A body cut short (the client aborted): never passed on as if whole.
    req.on('close', () => {
      if (!req.complete) reject(new Error('the body was cut short'));
    });
  });
}

/** Starts a proxy on 127.0.0.1 forwarding to `upstream` (`127.0.0.1:port`). */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  let rules: { rule: FaultRule; left: number; armed: boolean }[] = [];
  const requests: ProxiedRequest[] = [];
  const matches = (m: { method?: string; path?: RegExp }, method: string, path: string) =>
    (!m.method || m.method === method) && (!m.path || m.path.test(path));
  const injected: InjectedFault[] = [];
  let randomMode: RandomFaults | undefined;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const method = req.method ?? 'GET';
      const path = req.url ?? '/';
      const authorized = req.headers.authorization !== undefined;
      let body: Buffer;
      try {
        body = await readAll(req);
      } catch {
        requests.push({ method, path, outcome: 'aborted', authorized });
        return;
      }
      const match = rules.find((r) => r.armed && r.left > 0 && matches(r.rule, method, path));
      let fault = match?.rule.fault;
      if (match) match.left--;
      else if (
        randomMode &&
        (!randomMode.only || matches(randomMode.only, method, path)) &&
        randomMode.random() < randomMode.rate
      ) {
        const kinds = randomMode.kinds ?? RANDOM_FAULT_KINDS;
        const kind = kinds[Math.floor(randomMode.random() * kinds.length)];
        fault = drawFault(kind, randomMode.random);
        injected.push({ kind, method, path });
      }
      if (fault?.kind === 'drop') {
        requests.push({ method, path, outcome: 'dropped', authorized });
        req.socket.destroy();
        return;
      }
      if (fault?.kind === 'status') {
        requests.push({ method, path, outcome: fault.status, authorized });
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
        res.writeHead(fault.status, headers);
        res.end(
          fault.body ??
            JSON.stringify({
              errors: [
                {
                  code: fault.status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE',
                  message: 'injected by the test proxy',
                },
              ],
            }),
        );
        return;
      }
      if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
      const [hostname, port] = upstream.split(':');
      const forward = request({ hostname, port: Number(port), method, path, headers: req.headers }, (upstreamRes) => {
        if (fault?.kind === 'drop-response') {
          upstreamRes.resume();
          requests.push({ method, path, outcome: 'dropped', authorized });
          req.socket.destroy();
          return;
        }
        const cut = fault?.kind === 'cut-response';
        requests.push({ method, path, outcome: cut ? 'cut' : (upstreamRes.statusCode ?? 0), authorized });
        for (const r of rules) if (!r.armed && r.rule.after && matches(r.rule.after, method, path)) r.armed = true;
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.rawHeaders);
        if (fault?.kind === 'cut-response' || fault?.kind === 'corrupt-response') {
          void readAll(upstreamRes).then((answer) => {
            if (fault.kind === 'cut-response') {
              res.write(answer.subarray(0, fault.afterBytes), () => req.socket.destroy());
              return;
            }
            if (answer.length > 0) answer[answer.length >> 1] ^= 0xff;
            res.end(answer);
          });
          return;
        }
        upstreamRes.pipe(res);
      });
      forward.on('error', () => {
        requests.push({ method, path, outcome: 'dropped', authorized });
        req.socket.destroy();
      });
      forward.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('fault proxy has no address');
  const host = `127.0.0.1:${address.port}`;
  return {
    host,
    url: `http://${host}`,
    inject: (...added) => {
      rules = [...added.map((rule) => ({ rule, left: rule.times ?? 1, armed: !rule.after })), ...rules];
    },
    pending: () => rules.filter((r) => r.left > 0).map((r) => r.rule),
    requests,
    randomFaults: (mode) => {
      randomMode = mode;
    },
    injected,
    reset: () => {
      rules = [];
      requests.length = 0;
      injected.length = 0;
      randomMode = undefined;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
