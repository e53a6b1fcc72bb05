// Token lifetimes: a cached token is used until shortly before it expires, then fetched again;
// `expires_in` defaults to 60 s as the distribution spec says.
import { HttpClient } from '@cib/core/http/http-client';
import type { HttpTransport } from '@cib/core/http/transport';
import { CredentialSource } from '@cib/core/registry/credentials';
import { RegistryAuth } from '@cib/core/registry/registry-auth';

function setup(expiresIn?: number) {
  let now = 1_000_000;
  let issued = 0;
  const transport: HttpTransport = async (request) => {
    issued++;
    const body = JSON.stringify(
      expiresIn === undefined ? { token: `t${issued}` } : { token: `t${issued}`, expires_in: expiresIn },
    );
    return { status: 200, headers: {}, rawHeaders: {}, body: Buffer.from(body), url: request.url };
  };
  const auth = new RegistryAuth(
    new HttpClient({ transport }),
    new CredentialSource({ dockerConfigDir: '/nonexistent' }),
    { clock: { now: () => now, sleep: async () => undefined } },
  );
  const challenge = {
    status: 401,
    headers: {},
    rawHeaders: { 'www-authenticate': ['Bearer realm="https://auth.example/token",service="s"'] },
    body: Buffer.alloc(0),
    url: new URL('https://r.example/v2/'),
  };
  return { auth, challenge, advance: (ms: number) => (now += ms), issued: () => issued };
}

test.each([
  ['expires_in 300', 300, 289_000, 291_000],
  ['no expires_in (60 s)', undefined, 49_000, 51_000],
])('%s: reused until 10 s before expiry, then fetched again', async (_name, expiresIn, stillValid, expired) => {
  const { auth, challenge, advance, issued } = setup(expiresIn);
  const scopes = ['repository:o/a:pull'];
  await auth.onUnauthorized('https://r.example', 'r.example', scopes, challenge, undefined);
  expect(await auth.authorization('https://r.example', 'r.example', scopes)).toEqual({
    header: 'Bearer t1',
    fresh: true,
  });
  advance(stillValid);
  expect(await auth.authorization('https://r.example', 'r.example', scopes)).toEqual({
    header: 'Bearer t1',
    fresh: false,
  });
  advance(expired - stillValid);
  expect(await auth.authorization('https://r.example', 'r.example', scopes)).toEqual({
    header: 'Bearer t2',
    fresh: true,
  });
  expect(issued()).toBe(2);
});

test('scope sets are cached separately, whatever their order', async () => {
  const { auth, challenge, issued } = setup(300);
  await auth.onUnauthorized('https://r.example', 'r.example', [], challenge, undefined);
  await auth.authorization('https://r.example', 'r.example', ['repository:a:pull', 'repository:b:pull']);
  await auth.authorization('https://r.example', 'r.example', ['repository:b:pull', 'repository:a:pull']);
  await auth.authorization('https://r.example', 'r.example', ['repository:a:pull']);
  expect(issued()).toBe(2);
});
