// `registry-insecure`: the registry hosts an action may reach over plain HTTP. Its own file, apart
// from login-inputs.ts, so an action that loads the registry client lazily (multiarch-bake) reads
// it without loading the client at start.
import { InputError } from '../errors/input-error';
import { readList, type ActionInputs } from '../runner/inputs';
import { isRegistryHost } from './reference';

/** `registry-insecure`: hosts as `host[:port]`; a URL (`http://x:1`) or a path is an input error. */
export function readInsecureHosts(inputs: ActionInputs<'registry-insecure'>): string[] {
  const hosts = readList(inputs, 'registry-insecure');
  for (const host of hosts) {
    if (!isRegistryHost(host)) {
      const bare = host.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
      const hint = bare !== host && isRegistryHost(bare) ? `Write it as ${bare}` : undefined;
      const expected = 'hosts as host[:port] (registry.local:5000), without scheme or path';
      throw new InputError('registry-insecure', host, expected, hint);
    }
  }
  return hosts;
}
