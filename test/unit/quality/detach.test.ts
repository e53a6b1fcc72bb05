// detach: a copy equal to the original, whatever it holds.
import { detach } from '@cib/core/quality/detach';

describe('detach', () => {
  it.each(['', 'plain', 'é and 漢字 and 🙂', 'a lone surrogate \ud800 survives', 'x'.repeat(100_000)])(
    'copies %j unchanged',
    (text) => {
      const chunk = `prefix ${text} suffix`;
      const view = chunk.slice(7, 7 + text.length);
      expect(detach(view)).toBe(text);
    },
  );

  it('passes undefined through', () => {
    expect(detach(undefined)).toBeUndefined();
  });
});
