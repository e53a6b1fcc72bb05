import { SecretMasker } from '../../../packages/cli/src/secret-masker';

describe('SecretMasker', () => {
  it('replaces every occurrence of a secret', () => {
    const masker = new SecretMasker();
    masker.add('hunter2');
    expect(masker.mask('password hunter2, again hunter2')).toBe('password ***, again ***');
  });

  it('masks each line of a multi-line secret, and the whole', () => {
    const masker = new SecretMasker();
    masker.add('-----BEGIN KEY-----\nAAAAsecretline\n-----END KEY-----');
    expect(masker.mask('line: AAAAsecretline')).toBe('line: ***');
    expect(masker.mask('-----BEGIN KEY-----\nAAAAsecretline\n-----END KEY-----')).toBe('***');
  });

  it('masks a secret inside JSON, where quotes and backslashes are escaped', () => {
    const masker = new SecretMasker();
    masker.add('pa"ss\\word');
    expect(masker.mask(JSON.stringify({ password: 'pa"ss\\word' }))).toBe('{"password":"***"}');
  });

  it('masks the longer of two overlapping secrets whole', () => {
    const masker = new SecretMasker();
    masker.add('abc');
    masker.add('abcdef');
    expect(masker.mask('x abcdef y abc')).toBe('x *** y ***');
  });

  it('ignores empty and blank secrets (they would mask everything)', () => {
    const masker = new SecretMasker();
    masker.add('');
    masker.add('   ');
    expect(masker.size).toBe(0);
    expect(masker.mask('nothing to hide')).toBe('nothing to hide');
  });
});
