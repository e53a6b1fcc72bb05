// The one table of hints for registry refusals, and the pure function that turns an answer into a
// RegistryError: each row is a refusal as a registry words it, and the hint it must get.
import { REGISTRY_HINTS, parseErrorBody, registryFailure, registryHint } from '@cib/core/registry/errors';
import type { FailureFacts } from '@cib/core/registry/errors';

const about = {
  registry: 'registry.example',
  repository: 'org/app',
  reference: 'registry.example/org/app:latest',
};

function answer(status: number, body?: { code: string; message: string }, challenge?: string) {
  return {
    status,
    headers: challenge ? { 'www-authenticate': challenge } : ({} as Record<string, string>),
    body: Buffer.from(body ? JSON.stringify({ errors: [body] }) : ''),
  };
}

const ECR_IMMUTABLE = {
  code: 'TAG_INVALID',
  message:
    "The image tag 'latest' already exists in the 'org/app' repository and cannot be overwritten because the repository is immutable.",
};

describe('registryFailure: the hint each refusal gets', () => {
  it.each([
    {
      row: 'immutable tag',
      case: 'ECR: 400 TAG_INVALID, "cannot be overwritten because the repository is immutable"',
      answer: answer(400, ECR_IMMUTABLE),
      access: 'push' as const,
      hint: /immutable tags \(ECR: image tag mutability IMMUTABLE\), so an existing tag cannot move/,
    },
    {
      row: 'immutable tag',
      case: 'Harbor: 412 with "immutable" in the message',
      answer: answer(412, { code: 'PRECONDITION', message: 'The image is configured as immutable' }),
      access: 'push' as const,
      hint: /immutable tags/,
    },
    {
      row: 'tag refused',
      case: '400 TAG_INVALID without saying why',
      answer: answer(400, { code: 'TAG_INVALID', message: 'manifest tag did not match URI' }),
      access: 'push' as const,
      hint: /refused the tag: some registries refuse overwriting an immutable tag with TAG_INVALID/,
    },
    {
      row: 'token lacks the scope',
      case: 'token registry: 401 insufficient_scope to a push with credentials',
      answer: answer(401, undefined, 'Bearer realm="https://auth.example/token",error="insufficient_scope"'),
      access: 'push' as const,
      refused: true,
      hint: /not allowed to push org\/app \(it can read but not push\)/,
    },
    {
      row: 'credentials refused',
      case: 'Basic registry: 401 to our credentials',
      answer: answer(401, { code: 'UNAUTHORIZED', message: 'authentication required' }, 'Basic realm="r"'),
      access: 'pull' as const,
      refused: true,
      hint: /refused the credentials for registry\.example: check the username and password/,
    },
    {
      row: 'not logged in',
      case: '401 to an anonymous request',
      answer: answer(401, undefined, 'Bearer realm="https://auth.example/token"'),
      access: 'pull' as const,
      hint: /Log in to registry\.example with an account that can access org\/app/,
    },
    {
      row: 'forbidden',
      case: 'GHCR: 403 DENIED on a pull',
      answer: answer(403, { code: 'DENIED', message: 'permission_denied: read_package' }),
      access: 'pull' as const,
      hint: /^The account used for registry\.example is not allowed to pull org\/app$/,
    },
    {
      row: 'forbidden',
      case: 'Docker Hub: 403 on a push',
      answer: answer(403),
      access: 'push' as const,
      hint: /not allowed to push org\/app \(it can read but not push\)/,
    },
    {
      row: 'not found',
      case: '404 MANIFEST_UNKNOWN',
      answer: answer(404, { code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }),
      access: 'pull' as const,
      hint: /^Check that registry\.example\/org\/app:latest exists$/,
    },
    {
      row: 'too large',
      case: 'a proxy refusing a body: 413 with an HTML page',
      answer: { status: 413, headers: {}, body: Buffer.from('<html>413 Request Entity Too Large</html>') },
      access: 'push' as const,
      hint: /refused the request as too large: raise its body size limit/,
    },
    {
      row: 'rate limited',
      case: 'Docker Hub: 429 TOOMANYREQUESTS after the retries',
      answer: answer(429, { code: 'TOOMANYREQUESTS', message: 'You have reached your pull rate limit' }),
      access: 'pull' as const,
      hint: /kept rate-limiting after several retries/,
    },
  ])('$row: $case', ({ row, answer: given, access, refused, hint }) => {
    const error = registryFailure(given, {
      ...about,
      action: 'push the manifest to',
      access,
      credentialsRefused: !!refused,
    });
    expect(error.hint).toMatch(hint);
    expect(error.status).toBe(given.status);
    expect(error.reference).toBe(about.reference);
    const facts: FailureFacts = {
      ...about,
      access,
      credentialsRefused: !!refused,
      status: given.status,
      code: error.code,
      message: parseErrorBody(given.body)?.message ?? '',
      challenge: given.headers['www-authenticate'] ?? '',
    };
    // The row named is the first that matches: the table's order decides.
    expect(REGISTRY_HINTS.find((r) => r.matches(facts))?.name).toBe(row);
  });

  it('every row of the table is exercised above', () => {
    expect(REGISTRY_HINTS.map((r) => r.name)).toEqual([
      'immutable tag',
      'tag refused',
      'token lacks the scope',
      'credentials refused',
      'not logged in',
      'forbidden',
      'not found',
      'too large',
      'rate limited',
    ]);
  });
});

describe('registryFailure: the message', () => {
  it.each([
    [
      'the OCI code and message when sent',
      answer(404, { code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }),
      'Could not read the manifest of registry.example/org/app:latest: HTTP 404 MANIFEST_UNKNOWN: manifest unknown',
      'MANIFEST_UNKNOWN',
    ],
    [
      'the code a status stands for when none was sent',
      answer(401),
      'Could not read the manifest of registry.example/org/app:latest: HTTP 401 UNAUTHORIZED',
      'UNAUTHORIZED',
    ],
    [
      'the status alone for an HTML answer',
      { status: 502, headers: {}, body: Buffer.from('<html>bad gateway</html>') },
      'Could not read the manifest of registry.example/org/app:latest: HTTP 502',
      undefined,
    ],
  ])('%s', (_name, given, message, code) => {
    const error = registryFailure(given, {
      ...about,
      action: 'read the manifest of',
      access: 'pull',
      credentialsRefused: false,
    });
    expect(error.message.startsWith(message)).toBe(true);
    expect(error.code).toBe(code);
  });
});

it('registryHint gives nothing for an answer no row covers', () => {
  expect(
    registryHint({
      ...about,
      status: 400,
      code: 'MANIFEST_INVALID',
      message: 'bad',
      challenge: '',
      access: 'push',
      credentialsRefused: false,
    }),
  ).toBeUndefined();
});
