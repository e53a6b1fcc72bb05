// The corpus of hostile input values. Values that would act (create a file, start a process)
// name a path inside `canary`, an empty folder the test checks afterwards: anything in it is a
// value that got executed or interpreted. NUL cannot be delivered: an environment variable (how
// the runner hands inputs over) cannot hold one (execve), so the corpus carries its encoded
// forms and every other C0 control character instead.

export interface HostileValue {
  /** Short stable id, shown in figures and failures. */
  id: string;
  kind: string;
  value: string;
}

/** The longest INPUT_<NAME>=value one environment string may hold on Linux (MAX_ARG_STRLEN). */
export const ENV_STRING_LIMIT = 128 * 1024;

/**
 * The stand-in for a system file that traversal values aim at, beside the canary folder: the test
 * writes it before a run and checks afterwards that it is still there, unchanged.
 */
export function decoyFile(canary: string): string {
  return `${canary}.decoy/passwd`;
}

/** The decoy's content. */
export const DECOY_CONTENT = 'root:x:0:0:decoy:/root:/bin/sh\n';

/** Every hostile value for `input`, with `canary` as the folder they aim at. */
export function hostileValues(canary: string, input: string): HostileValue[] {
  const pwned = (n: number) => `${canary}/pwned-${n}`;
  const room = ENV_STRING_LIMIT - `INPUT_${input.toUpperCase()}=`.length - 1;
  const values: Array<[string, string]> = [
    ['shell', `$(touch ${pwned(1)})`],
    ['shell', `\`touch ${pwned(2)}\``],
    ['shell', `x; touch ${pwned(3)}`],
    ['shell', `x | touch ${pwned(4)}`],
    ['shell', `x && touch ${pwned(5)}`],
    ['shell', `x\ntouch ${pwned(6)}`],
    ['shell', `x\r\n$(touch ${pwned(7)})`],
    ['shell', `'; touch ${pwned(8)}; echo '`],
    ['shell', `" ; touch ${pwned(9)} #`],
    ['shell', `\${IFS}touch\${IFS}${pwned(10)}`],
    ['shell', `x > ${pwned(11)}`],
    ['option', `--output=${pwned(12)}`],
    ['option', `-f${pwned(13)}`],
    ['option', `--upload-pack=touch ${pwned(14)}`],
    ['option', `-oProxyCommand=touch ${pwned(15)}`],
    ['option', '--help'],
    ['traversal', `../../../../../..${pwned(16)}`],
    // A system file's stand-in (decoyFile): the tests run as root, and a traversal that got
    // through to the real /etc/passwd would break the machine, not just the test.
    ['traversal', `../../../../../../..${decoyFile(canary)}`],
    ['traversal', `..%2f..%2f..%2f..%2f..%2f..%2f..${decoyFile(canary).replace(/\//g, '%2f')}`],
    ['control', 'a\u0001b\u0007c\u001bd\u007fe'],
    ['control', 'line1\nline2\r\nline3'],
    ['control', '::error::forged annotation'],
    ['control', '%0A::error::forged%0D%0A'],
    ['control', 'a\\0b%00c'],
    ['control', '\u001b[31mred\u001b[0m\u001b]8;;http://127.0.0.1/\u0007link'],
    ['unicode', 'vérsion-ünïcödé-日本語-🚀'],
    ['unicode', 'a\u202eb\u200bc\ufeffd'],
    ['unicode', '\ud800lone-surrogate'],
    ['yaml', 'key: [a, {b: *anchor}]\n- item\n!!python/object:os.system'],
    ['json', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}'],
    ['json', '[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]'],
    ['hcl', `target "x" {\n  dockerfile = "\${touch ${pwned(17)}}"\n}`],
    ['template', '${{ github.token }} {{.}} %s%n %(x)s'],
    ['long', 'A'.repeat(room)],
    ['long', `${'a,'.repeat(Math.floor(room / 2) - 1)}a`],
  ];
  return values.map(([kind, value], i) => ({ id: `${kind}-${i + 1}`, kind, value }));
}
