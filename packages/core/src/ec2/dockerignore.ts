// .dockerignore rules, as docker applies them to a build context (moby/patternmatcher): one
// pattern a line, `#` comments, `!` re-includes, `*` and `?` within a path segment, `**` across
// segments, a leading `/` ignored; the last matching rule wins, and a pattern matching a folder
// matches everything inside it.

export interface IgnoreRule {
  regex: RegExp;
  negate: boolean;
}

function toRegex(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` matches zero or more folders; a trailing `**` everything below.
      if (pattern[i + 2] === '/') {
        source += '(?:.*/)?';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // The pattern matches the path itself or any folder above it.
  return new RegExp(`^${source}(?:/.*)?$`);
}

export function parseDockerignore(text: string): IgnoreRule[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negate = line.startsWith('!');
      const pattern = (negate ? line.slice(1) : line)
        .trim()
        .replace(/^\/+/, '')
        .replace(/\/+$/, '')
        .replace(/^\.\//, '');
      return { regex: toRegex(pattern), negate };
    })
    .filter((rule) => rule.regex.source !== '^(?:/.*)?$');
}

/** Whether `path` (relative, `/`-separated) is left out of the context. */
export function isIgnored(path: string, rules: IgnoreRule[]): boolean {
  let ignored = false;
  for (const rule of rules) if (rule.regex.test(path)) ignored = !rule.negate;
  return ignored;
}
