// Parses the WWW-Authenticate challenges a registry answers 401 with:
//   Basic realm="Registry"
//   Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:x:pull",error="insufficient_scope"

export interface AuthChallenge {
  /** Lower case: `basic`, `bearer`. */
  scheme: string;
  /** Parameter names in lower case. */
  params: Record<string, string>;
}

/** Every challenge in the header values (several may share one header, separated by commas). */
export function parseAuthChallenges(values: readonly string[]): AuthChallenge[] {
  const challenges: AuthChallenge[] = [];
  for (const value of values) {
    let i = 0;
    let current: AuthChallenge | undefined;
    const skip = (pattern: RegExp) => {
      while (i < value.length && pattern.test(value[i])) i++;
    };
    const token = () => {
      const start = i;
      while (i < value.length && !/[\s,=]/.test(value[i])) i++;
      return value.slice(start, i);
    };
    while (i < value.length) {
      skip(/[\s,]/);
      const word = token();
      if (word === '') break;
      skip(/\s/);
      if (value[i] === '=' && current) {
        i++;
        skip(/\s/);
        let param = '';
        if (value[i] === '"') {
          i++;
          while (i < value.length && value[i] !== '"') {
            if (value[i] === '\\' && i + 1 < value.length) i++;
            param += value[i++];
          }
          i++;
        } else {
          param = token();
        }
        current.params[word.toLowerCase()] = param;
      } else {
        current = { scheme: word.toLowerCase(), params: {} };
        challenges.push(current);
      }
    }
  }
  return challenges;
}

/** The challenge to answer: Bearer over Basic (a registry offering both prefers tokens). */
export function pickChallenge(challenges: readonly AuthChallenge[]): AuthChallenge | undefined {
  return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}
