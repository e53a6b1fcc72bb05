import { InputError } from '@cib/core/errors/input-error';
import {
  actionInputs,
  inputsFrom,
  readBoolean,
  readEnum,
  readHttpUrl,
  readImages,
  readKeyValues,
  readLines,
  readList,
  readNumber,
  readSecret,
  readString,
  readToken,
  readWithEnv,
  splitList,
} from '@cib/core/runner/inputs';

const given = (values: Record<string, string>, env: Record<string, string> = {}) =>
  inputsFrom<string>({ getInput: (name: string) => values[name] ?? '', env });

describe('input readers', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['FALSE', false],
    ['', false],
  ])('reads boolean %j as %j', (value, expected) => {
    expect(readBoolean(given({ push: value }), 'push')).toBe(expected);
  });

  it.each(['yes', '1', 'on', 'tru'])('rejects boolean %j naming the input', (value) => {
    expect(() => readBoolean(given({ push: value }), 'push')).toThrow(
      `Input "push" is "${value}": expected true or false`,
    );
  });

  it('requires a required string and names it', () => {
    expect(() => readString(given({}), 'sources', { required: true })).toThrow(InputError);
    expect(() => readString(given({}), 'sources', { required: true })).toThrow('Input "sources" is empty');
    expect(readString(given({ sources: 'a' }), 'sources', { required: true })).toBe('a');
    expect(readString(given({}), 'format', { fallback: 'oci' })).toBe('oci');
  });

  it('reads an enum or lists what is allowed', () => {
    expect(readEnum(given({ format: 'docker' }), 'format', ['oci', 'docker'], 'oci')).toBe('docker');
    expect(readEnum(given({}), 'format', ['oci', 'docker'], 'oci')).toBe('oci');
    expect(() => readEnum(given({ format: 'OCI' }), 'format', ['oci', 'docker'], 'oci')).toThrow(
      'expected one of oci, docker',
    );
  });

  it.each([
    ['7', 7],
    ['40', 40],
  ])('reads number %j', (value, expected) => {
    expect(readNumber(given({ n: value }), 'n', { fallback: 1, min: 1, max: 40 })).toBe(expected);
  });

  it.each(['0', '41', '7.5', 'seven', '1e3', ' '])('rejects number %j with the range', (value) => {
    const read = () =>
      readNumber(given({ n: value.trim() === '' ? 'x' : value }), 'n', { fallback: 1, min: 1, max: 40 });
    expect(read).toThrow('expected a whole number from 1 to 40');
  });

  it.each([
    ['lines', 'a\nb\nc', ['a', 'b', 'c']],
    ['commas', 'a, b ,c', ['a', 'b', 'c']],
    ['both, with blanks and empty items', 'a:1, b:2\n\n c:3 ,', ['a:1', 'b:2', 'c:3']],
    [
      'comment lines',
      '# platforms we ship\nlinux/amd64\n  # not yet: linux/riscv64\nlinux/arm64',
      ['linux/amd64', 'linux/arm64'],
    ],
    ['a # later in a line, which is part of the value', 'a#1, b', ['a#1', 'b']],
    ['CRLF line ends', 'a\r\nb\r\n', ['a', 'b']],
  ])('splits lists by one rule: %s', (_, value, items) => {
    expect(splitList(value)).toEqual(items);
    expect(readList(given({ tags: value }), 'tags')).toEqual(items);
  });

  it('reads lines (values with commas) by the same comment and blank rule', () => {
    expect(readLines(given({ set: '# overrides\n*.args.A=1,2\n\n  app.tags=x  ' }), 'set')).toEqual([
      '*.args.A=1,2',
      'app.tags=x',
    ]);
  });

  it('reads key=value lines, keeping = in values, later lines winning', () => {
    const map = readKeyValues(given({ labels: 'a=1\n# comment\nb=x=y\na=2' }), 'labels');
    expect([...map]).toEqual([
      ['a', '2'],
      ['b', 'x=y'],
    ]);
    expect(() => readKeyValues(given({ labels: 'a=1\nnot a pair' }), 'labels')).toThrow('line 2 is not one');
  });

  it('reports the line number as the user wrote it, comments and blank lines counted', () => {
    const labels = '# labels\n\na=1\n\nnot a pair';
    expect(() => readKeyValues(given({ labels }), 'labels')).toThrow(
      'Input "labels" is "not a pair": expected key=value lines (line 5 is not one)',
    );
  });

  it('accepts only http(s) URLs', () => {
    expect(readHttpUrl(given({ u: 'https://example.test/build/info' }), 'u')?.host).toBe('example.test');
    expect(readHttpUrl(given({}), 'u')).toBeUndefined();
    for (const bad of ['ftp://x', 'file:///etc/passwd', 'not a url']) {
      expect(() => readHttpUrl(given({ u: bad }), 'u')).toThrow('Input "u"');
    }
  });

  it.each([
    ['the input wins', { strategy: 'skip' }, { UPDATE_LATEST_STRATEGY: 'force' }, 'skip'],
    ['the variable when the input is empty', {}, { UPDATE_LATEST_STRATEGY: ' force ' }, 'force'],
    ['the fallback when both are empty', {}, {}, 'auto'],
  ])('readWithEnv: %s', (_, inputs, env, expected) => {
    expect(
      readWithEnv(given(inputs, env), 'strategy', 'UPDATE_LATEST_STRATEGY', ['auto', 'force', 'skip'], 'auto'),
    ).toBe(expected);
  });

  it('names the input and the variable when a value from the environment is bad', () => {
    expect(() =>
      readWithEnv(
        given({}, { UPDATE_LATEST_STRATEGY: 'always' }),
        'strategy',
        'UPDATE_LATEST_STRATEGY',
        ['auto'],
        'auto',
      ),
    ).toThrow('Input "strategy (from UPDATE_LATEST_STRATEGY)" is "always": expected one of auto');
    expect(() => readBoolean(given({}, { E2C_USE_SPOT: 'yes' }), 'spot', false, { env: 'E2C_USE_SPOT' })).toThrow(
      'Input "spot (from E2C_USE_SPOT)" is "yes": expected true or false',
    );
    expect(readNumber(given({}, { E2C_SSH_PORT: '2222' }), 'ssh-port', { fallback: 22, env: 'E2C_SSH_PORT' })).toBe(
      2222,
    );
    expect(readString(given({}, { E2C_SSH_USER: 'ec2-user' }), 'ssh-user', { env: 'E2C_SSH_USER' })).toBe('ec2-user');
  });

  describe('readImages, the one image-reference reader', () => {
    it('reads repositories, dropping a tag', () => {
      expect(
        readImages(given({ images: 'ghcr.io/org/app:1.0\n# mirror\nquay.io/org/app' }), 'images', 'repository'),
      ).toEqual([
        { registry: 'ghcr.io', repository: 'org/app' },
        { registry: 'quay.io', repository: 'org/app' },
      ]);
    });

    it('reads sources with tags and digests', () => {
      const digest = 'sha256:' + 'a'.repeat(64);
      expect(readImages(given({ sources: `app:1, app@${digest}` }), 'sources', 'source')).toEqual([
        { registry: 'docker.io', repository: 'library/app', tag: '1' },
        { registry: 'docker.io', repository: 'library/app', digest },
      ]);
    });

    it.each([
      [
        'an empty repository list',
        'images',
        '',
        'repository',
        'Input "images" is empty: expected one or more repositories',
      ],
      ['an empty reference list', 'tags', '', 'tag', 'Input "tags" is empty: expected at least one image reference'],
      [
        'a malformed reference, saying why',
        'sources',
        'ghcr.io/Org/App:1',
        'source',
        /^Input "sources" is "ghcr.io\/Org\/App:1": expected an image reference like ghcr.io\/org\/app:1.2.3\. Here /,
      ],
      [
        'a digest where a tag is pushed',
        'tags',
        'app@sha256:' + 'b'.repeat(64),
        'tag',
        'expected a tag to push to (not a digest)',
      ],
    ] as const)('refuses %s', (_, name, value, kind, message) => {
      expect(() => readImages(given({ [name]: value }), name, kind)).toThrow(message);
    });
  });

  it('readSecret masks the value before returning it, from the input or its variable', () => {
    const masked: string[] = [];
    const inputs = given({ password: 'p4ss' }, { E2C_SSH_PRIVATE_KEY: 'KEY' });
    expect(readSecret(inputs, 'password', (s) => masked.push(s))).toBe('p4ss');
    expect(readSecret(inputs, 'ssh-private-key', (s) => masked.push(s), { env: 'E2C_SSH_PRIVATE_KEY' })).toBe('KEY');
    expect(masked).toEqual(['p4ss', 'KEY']);
  });

  it.each([
    ['a trailing newline', 'ghs_abc123\n'],
    ['a space inside', 'ghs_abc 123'],
    ['a control character', 'ghs_abc\u0007123'],
    ['a non-ASCII character', 'ghs_abcé123'],
  ])('readToken refuses a token with %s, masked first and never shown', (_, token) => {
    const masked: string[] = [];
    // getInput trims, as the runner does; the values here keep their inner characters.
    const inputs = inputsFrom<string>({ getInput: () => token.trim() + (token.endsWith('\n') ? '\nx' : ''), env: {} });
    let error: Error | undefined;
    try {
      readToken(inputs, 'github-token', (s) => masked.push(s));
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(/^Input "github-token" is "\*\*\*": expected a token of visible ASCII characters/);
    expect(error?.message).not.toContain('abc');
    expect(masked).toHaveLength(1);
  });

  it('readToken returns a plain token, and an empty one (no token given)', () => {
    const masked: string[] = [];
    expect(readToken(given({ 'github-token': 'ghs_Abc-123_x' }), 'github-token', (s) => masked.push(s))).toBe(
      'ghs_Abc-123_x',
    );
    expect(readToken(given({}), 'github-token', (s) => masked.push(s))).toBe('');
  });

  it('actionInputs reads the runtime under the names action.yml declares', () => {
    const inputs = actionInputs(
      { getInput: (name) => (name === 'latest-tag' ? 'stable' : ''), env: {} },
      'latest-manager',
    );
    expect(readString(inputs, 'latest-tag')).toBe('stable');
    // @ts-expect-error: latest-manager/action.yml declares no input "latest"; reading it does not compile.
    expect(readString(inputs, 'latest')).toBe('');
  });

  it('shortens huge values and shows control characters in errors', () => {
    const error = new InputError('tags', 'a\nb'.repeat(100_000), 'an image reference');
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toContain('a\\nb');
    expect(error.message).not.toContain('\n');
  });
});
