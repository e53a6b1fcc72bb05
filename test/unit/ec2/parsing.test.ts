// The small parsers of e2c-runner: .dockerignore rules, cloud-init's host keys in the console
// output, remote shell quoting, EC2 error kinds, run tags and the ClientToken.
import { classifyEc2Error } from '@cib/core/ec2/aws-error';
import { isIgnored, parseDockerignore } from '@cib/core/ec2/dockerignore';
import { hostKeysFromConsole } from '@cib/core/ec2/host-keys';
import { clientToken, launchTags } from '@cib/core/ec2/run-tags';
import { remotePath, shellQuote } from '@cib/core/ec2/ssh';
import { ec2Error } from './fakes';

describe('.dockerignore', () => {
  const rules = parseDockerignore('# comment\nnode_modules\n*.env\n!keep.env\n/build/\ndocs/**/*.md\n**/.cache\n');
  it.each([
    ['node_modules/a/index.js', true],
    ['secret.env', true],
    ['keep.env', false],
    ['sub/secret.env', false],
    ['build/out.bin', true],
    ['src/build/x', false],
    ['docs/a/b/c.md', true],
    ['docs/c.md', true],
    ['docs/c.txt', false],
    ['deep/down/.cache/x', true],
    ['src/main.py', false],
  ])('%s ignored: %s', (path, ignored) => {
    expect(isIgnored(path, rules)).toBe(ignored);
  });
});

describe('host keys from the console output', () => {
  const output = [
    'ec2: -----BEGIN SSH HOST KEY FINGERPRINTS-----',
    'ec2: 256 SHA256:abc root@ip (ED25519)',
    'ec2: -----END SSH HOST KEY FINGERPRINTS-----',
    '-----BEGIN SSH HOST KEY KEYS-----',
    'ecdsa-sha2-nistp256 AAAAE2VjZHNh root@ip-172-31-0-1',
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 root@ip-172-31-0-1',
    '-----END SSH HOST KEY KEYS-----',
    '',
  ].join('\r\n');
  it.each([
    [22, ['192.0.2.1 ecdsa-sha2-nistp256 AAAAE2VjZHNh', '192.0.2.1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5']],
    [2222, ['[192.0.2.1]:2222 ecdsa-sha2-nistp256 AAAAE2VjZHNh', '[192.0.2.1]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5']],
  ])('port %d', (port, expected) => {
    expect(hostKeysFromConsole(output, '192.0.2.1', port)).toEqual(expected);
  });
  it('nothing before cloud-init printed the block (or only half of it)', () => {
    expect(hostKeysFromConsole('', '192.0.2.1', 22)).toEqual([]);
    expect(hostKeysFromConsole(output.slice(0, output.indexOf('-----END SSH HOST KEY KEYS')), '192.0.2.1', 22)).toEqual(
      [],
    );
  });
});

describe('remote shell quoting', () => {
  it.each([
    ['plain', 'plain'],
    ['two words', "'two words'"],
    ["it's", "'it'\\''s'"],
    ['$(reboot)', "'$(reboot)'"],
    ['*.platform=linux/arm64', "'*.platform=linux/arm64'"],
  ])('%s -> %s', (value, quoted) => expect(shellQuote(value)).toBe(quoted));
  it('~/ stays expandable, the rest quoted', () => {
    expect(remotePath('~/builds/1 2')).toBe(`"$HOME"/'builds/1 2'`);
    expect(remotePath('/srv/b')).toBe('/srv/b');
  });
});

describe('EC2 error kinds', () => {
  it.each([
    ['InsufficientInstanceCapacity', 500, 'capacity'],
    ['MaxSpotInstanceCountExceeded', 400, 'capacity'],
    ['VcpuLimitExceeded', 400, 'capacity'],
    ['UnauthorizedOperation', 403, 'fatal'],
    ['InvalidParameterValue', 400, 'fatal'],
    ['RequestExpired', 400, 'expired'],
    ['ExpiredToken', 403, 'expired'],
    ['InvalidInstanceID.NotFound', 400, 'not-found'],
    ['IncorrectInstanceState', 400, 'incorrect-state'],
    ['RequestLimitExceeded', 503, 'transient'],
    ['InternalError', 500, 'transient'],
  ])('%s (%d) is %s', (code, status, kind) => expect(classifyEc2Error(ec2Error(code, status))).toBe(kind));

  // No answer at all: what @aws-sdk/client-ec2 throws in a plain node process when the connection
  // is reset (name TimeoutError, node's code, $metadata without a status), measured against a
  // server that drops the connection.
  it.each(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN'])(
    '%s without an answer is transient',
    (code) => {
      const error = Object.assign(new Error('socket hang up'), {
        name: 'TimeoutError',
        code,
        $metadata: { attempts: 1 },
      });
      expect(classifyEc2Error(error)).toBe('transient');
      expect(classifyEc2Error(Object.assign(new Error('x'), { code }))).toBe('transient');
    },
  );
  it('a name that does not resolve at all (ENOTFOUND) is not', () => {
    expect(classifyEc2Error(Object.assign(new Error('getaddrinfo ENOTFOUND x'), { code: 'ENOTFOUND' }))).toBe('other');
  });
});

describe('run tags and ClientToken', () => {
  const run = { repository: 'octo-org/octo-app', runId: '42', runAttempt: '1', job: 'build' };
  it('the same run, attempt, job, step and try give the same token; anything else another; within 64 characters', () => {
    const token = clientToken(run, 1);
    expect(clientToken({ ...run }, 1)).toBe(token);
    for (const other of [
      clientToken(run, 2),
      clientToken({ ...run, runAttempt: '2' }, 1),
      clientToken({ ...run, job: 'x'.repeat(300) }, 1),
      clientToken({ ...run, step: 'arm' }, 1),
    ]) {
      expect(other).not.toBe(token);
      expect(other.length).toBeLessThanOrEqual(64);
    }
  });
  it('our tags win over extra tags; cib:expires-at is launch time plus max-lifetime', () => {
    const tags = launchTags(
      run,
      new Date('2026-11-29T10:00:00.123Z'),
      90,
      new Map([
        ['team', 'infra'],
        ['cib:run-id', 'forged'],
      ]),
    );
    expect(tags).toEqual({
      team: 'infra',
      'cib:managed': 'true',
      'cib:repository': 'octo-org/octo-app',
      'cib:run-id': '42',
      'cib:run-attempt': '1',
      'cib:job': 'build',
      'cib:expires-at': '2026-11-29T11:30:00Z',
    });
  });
});
