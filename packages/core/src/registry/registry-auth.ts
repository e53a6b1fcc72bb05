// Answers registry auth challenges: Basic with the host's credentials, or Bearer with a token
// fetched from the challenge's realm for the scopes a request needs (anonymously when we have no
// credentials). Tokens are cached per host and scope set; once a host's challenge is known,
// requests carry auth from the start, so each needs no extra 401 round trip.
import { basicAuthorization } from '../http/basic-auth';
import type { HttpClient } from '../http/http-client';
import { parseAuthChallenges, pickChallenge } from './auth-challenge';
import type { AuthChallenge } from './auth-challenge';
import type { CredentialSource } from './credentials';
import { RegistryError, parseErrorBody } from './errors';
import type { HttpResponse } from '../http/transport';
import { systemClock } from '../time/clock';
import type { Clock } from '../time/clock';

export interface Authorization {
  header: string;
  /** True when the token was fetched for this request (not from the cache). */
  fresh: boolean;
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

/** Tokens are used until this long before they expire. */
const EXPIRY_MARGIN_MS = 10000;

/** Tokens are cached per origin and set of scopes, whatever order the scopes come in. */
function tokenKey(origin: string, scopes: readonly string[]): string {
  return `${origin} ${[...scopes].sort().join(' ')}`;
}

export class RegistryAuth {
  private readonly challenges = new Map<string, AuthChallenge>();
  private readonly tokens = new Map<string, Promise<CachedToken>>();
  private readonly clock: Clock;

  constructor(
    private readonly http: HttpClient,
    private readonly credentials: CredentialSource,
    private readonly options: {
      maskSecret?: (secret: string) => void;
      /** Hosts we may send credentials to over plain HTTP (loopback, listed as insecure). */
      allowsPlainHttp?: (host: string) => boolean;
      /** When tokens expire; the system clock by default. */
      clock?: Clock;
    } = {},
  ) {
    this.clock = options.clock ?? systemClock;
  }

  /**
   * The Authorization header for a request to `origin` needing `scopes`, once the origin's
   * challenge is known; undefined before (the first request goes out anonymous).
   */
  async authorization(origin: string, registry: string, scopes: readonly string[]): Promise<Authorization | undefined> {
    const challenge = this.challenges.get(origin);
    if (!challenge) return undefined;
    const credentials = await this.credentials.get(registry);
    if (challenge.scheme === 'basic') {
      if (!credentials || credentials.identityToken) return undefined;
      return { header: basicAuthorization(credentials.username, credentials.password), fresh: false };
    }
    const key = tokenKey(origin, scopes);
    let pending = this.tokens.get(key);
    let fresh = false;
    if (pending) {
      const cached = await pending.catch(() => undefined);
      if (!cached || cached.expiresAt - EXPIRY_MARGIN_MS <= this.clock.now()) pending = undefined;
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
  async onUnauthorized(
    origin: string,
    registry: string,
    scopes: readonly string[],
    response: Pick<HttpResponse, 'rawHeaders'>,
    sent: Authorization | undefined,
  ): Promise<string[] | undefined> {
    const challenge = pickChallenge(parseAuthChallenges(response.rawHeaders['www-authenticate'] ?? []));
    if (!challenge) return undefined;
    this.challenges.set(origin, challenge);
    this.tokens.delete(tokenKey(origin, scopes));
    if (challenge.scheme === 'basic') {
      if (sent) return undefined;
      const credentials = await this.credentials.get(registry);
      return credentials && !credentials.identityToken ? [...scopes] : undefined;
    }
    if (challenge.scheme !== 'bearer') return undefined;
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
    if (sent?.fresh && !grew) return undefined;
    return [...wanted];
  }

  /** Whether the origin's challenge is known (or it needs none, as far as we saw). */
  knows(origin: string): boolean {
    return this.challenges.has(origin);
  }

  private async fetchToken(
    challenge: AuthChallenge,
    registry: string,
    scopes: readonly string[],
  ): Promise<CachedToken> {
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
      throw new RegistryError(
        `The registry ${registry} sends token requests to ${url.origin}, which is not HTTPS: credentials are not sent over plain HTTP`,
        {
          status: 401,
          code: 'UNAUTHORIZED',
          reference: registry,
          hint: `If that is intended, list ${url.host} in the registry-insecure input`,
        },
      );
    }
    const service = challenge.params.service;
    let response: HttpResponse;
    if (credentials?.identityToken) {
      // OAuth2 refresh-token grant (docker's identity tokens).
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credentials.identityToken,
        client_id: 'cib',
      });
      if (service) form.set('service', service);
      if (scopes.length) form.set('scope', scopes.join(' '));
      response = await this.http.send({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: Buffer.from(form.toString()),
        // Asking for a token twice gets two tokens and changes nothing.
        idempotent: true,
      });
    } else {
      if (service) url.searchParams.set('service', service);
      for (const scope of scopes) url.searchParams.append('scope', scope);
      const headers: Record<string, string> = {};
      if (credentials) {
        headers.authorization = basicAuthorization(credentials.username, credentials.password);
      }
      response = await this.http.send({ method: 'GET', url, headers });
    }
    if (response.status !== 200) {
      const detail = parseErrorBody(response.body)?.message ?? response.body.toString('utf8').slice(0, 200).trim();
      throw new RegistryError(
        `The token service ${url.origin}${url.pathname} refused a token for ${registry} (HTTP ${response.status}${detail ? `: ${detail}` : ''})`,
        {
          status: response.status,
          code: response.status === 401 || response.status === 403 ? 'UNAUTHORIZED' : undefined,
          reference: registry,
          hint: credentials
            ? `Check the username and password (or token) for ${registry}`
            : `Log in to ${registry}: give username and password, or run docker/login-action first`,
        },
      );
    }
    let body: { token?: string; access_token?: string; expires_in?: number; issued_at?: string };
    try {
      body = JSON.parse(response.body.toString('utf8')) as typeof body;
    } catch {
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
