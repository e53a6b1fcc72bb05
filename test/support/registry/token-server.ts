// A token service for the registry's `auth: token` mode: it answers the Bearer flow's
// `GET /token?service=…&scope=…` (Basic credentials or anonymous) and the OAuth2 refresh-token
// POST with JWTs signed by a test key whose certificate the real registry trusts, so the
// registry's own verification checks every token end to end.
import { createHash, createPrivateKey, createPublicKey, randomUUID, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execProcess } from '@cib/core/exec/exec';
import { requireProgram } from './components';

export interface TokenRequestRecord {
  method: string;
  user?: string;
  scopes: string[];
  status: number;
}

export interface TokenServerOptions {
  /** username -> password. */
  users: Record<string, string>;
  /** refresh token -> username (docker's identity tokens). */
  refreshTokens?: Record<string, string>;
  /**
   * The actions granted to `user` (undefined when anonymous) on `repository` among those asked.
   * Default: a known user gets what it asks, anonymous gets nothing.
   */
  grant?: (user: string | undefined, repository: string, asked: string[]) => string[];
  /** Token lifetime; default 300 s. */
  expiresIn?: number;
}

export interface TokenServer {
  realm: string;
  service: string;
  issuer: string;
  /** PEM certificate the registry trusts (its rootcertbundle). */
  certificatePath: string;
  requests: TokenRequestRecord[];
  stop(): Promise<void>;
}

const SERVICE = 'cib-test-registry';
const ISSUER = 'cib-test-issuer';

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** The key ID libtrust (and so distribution) gives a public key: base32 of 240 bits of its DER's sha256. */
export function libtrustKeyId(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const hash = createHash('sha256').update(der).digest().subarray(0, 30);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of hash) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join(':');
}

function parseScope(scope: string): { type: string; name: string; actions: string[] } | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first < 0 || last <= first) return undefined;
  return {
    type: scope.slice(0, first),
    name: scope.slice(first + 1, last),
    actions: scope
      .slice(last + 1)
      .split(',')
      .filter(Boolean),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** Starts the token service on 127.0.0.1 with a fresh key and self-signed certificate in `dir`. */
export async function startTokenServer(dir: string, options: TokenServerOptions): Promise<TokenServer> {
  const openssl = requireProgram('openssl');
  const keyPath = join(dir, 'token.key');
  const certificatePath = join(dir, 'token.crt');
  await execProcess(openssl, [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    keyPath,
    '-out',
    certificatePath,
    '-days',
    '2',
    '-subj',
    '/CN=cib-test-token-issuer',
  ]);
  const privateKey = createPrivateKey(readFileSync(keyPath));
  const kid = libtrustKeyId(createPublicKey(privateKey));
  const grant = options.grant ?? ((user, _repository, asked) => (user ? asked : []));
  const requests: TokenRequestRecord[] = [];

  const issue = (user: string | undefined, scopes: string[]) => {
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = options.expiresIn ?? 300;
    const access = scopes
      .map(parseScope)
      .filter((s): s is NonNullable<typeof s> => s !== undefined)
      .map((s) => ({
        type: s.type,
        name: s.name,
        actions: s.type === 'repository' ? grant(user, s.name, s.actions) : [],
      }));
    const header = { alg: 'RS256', typ: 'JWT', kid };
    const claims = {
      iss: ISSUER,
      sub: user ?? '',
      aud: SERVICE,
      exp: now + expiresIn,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const signature = sign('sha256', Buffer.from(signingInput), privateKey);
    return { token: `${signingInput}.${base64url(signature)}`, expiresIn };
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const answer = (status: number, body: unknown, record: Omit<TokenRequestRecord, 'status' | 'method'>) => {
        requests.push({ method: req.method ?? 'GET', status, ...record });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (url.pathname !== '/token') return answer(404, { error: 'not found' }, { scopes: [] });
      let user: string | undefined;
      let scopes: string[];
      if (req.method === 'POST') {
        const form = new URLSearchParams(await readBody(req));
        scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
        user = options.refreshTokens?.[form.get('refresh_token') ?? ''];
        if (form.get('grant_type') !== 'refresh_token' || !user)
          return answer(401, { error: 'invalid_grant' }, { scopes });
      } else {
        scopes = url.searchParams.getAll('scope');
        const authorization = req.headers.authorization ?? '';
        if (authorization.startsWith('Basic ')) {
          const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
          const colon = decoded.indexOf(':');
          const name = decoded.slice(0, colon);
          if (colon < 0 || options.users[name] === undefined || options.users[name] !== decoded.slice(colon + 1)) {
            return answer(
              401,
              { errors: [{ code: 'UNAUTHORIZED', message: 'wrong username or password' }] },
              { scopes },
            );
          }
          user = name;
        }
      }
      const { token, expiresIn } = issue(user, scopes);
      const body =
        req.method === 'POST'
          ? { access_token: token, expires_in: expiresIn }
          : { token, access_token: token, expires_in: expiresIn, issued_at: new Date().toISOString() };
      answer(200, body, { user, scopes });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('token server has no address');
  return {
    realm: `http://127.0.0.1:${address.port}/token`,
    service: SERVICE,
    issuer: ISSUER,
    certificatePath,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
