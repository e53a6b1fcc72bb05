import { formatKeyValue, parseFileCommands } from '@cib/core/runner/file-commands';
import { limitSummary } from '@cib/core/runner/summary-limit';

describe('file commands', () => {
  it('round-trips heredoc and name=value entries', () => {
    const text =
      formatKeyValue('json', '{\n  "a": 1\n}', 'EOF_1') +
      'plain=value=with=equals\n' +
      formatKeyValue('empty', '', 'D');
    expect(Object.fromEntries(parseFileCommands(text))).toEqual({
      json: '{\n  "a": 1\n}',
      plain: 'value=with=equals',
      empty: '',
    });
  });

  it('refuses a value that contains the delimiter', () => {
    expect(() => formatKeyValue('x', 'a\nD\nb', 'D')).toThrow('should not contain the delimiter');
  });

  it('reports an unterminated heredoc', () => {
    expect(() => parseFileCommands('x<<EOF\nvalue\n')).toThrow('Unterminated heredoc for "x"');
  });
});

describe('job summary limit', () => {
  it('passes small summaries through', () => {
    expect(limitSummary('# hi\n', 0)).toEqual({ text: '# hi\n', bytes: 5 });
  });

  it('cuts below the limit with a note, counting bytes not characters', () => {
    const { text, bytes } = limitSummary('é'.repeat(1000), 0, 600);
    expect(bytes).toBeLessThanOrEqual(600);
    expect(Buffer.byteLength(text)).toBe(bytes);
    expect(text).toContain('Summary cut');
    expect(text).not.toContain('\uFFFD');
  });
});
