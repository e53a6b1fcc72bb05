// Cross-checks with skopeo: what another client sees in the registry.
import { execProcess } from '@cib/core/exec/exec';
import { requireProgram } from './components';

/** `skopeo inspect --raw` of a reference on a plain-HTTP test registry: the manifest bytes. */
export async function skopeoInspectRaw(
  reference: string,
  credentials?: { username: string; password: string },
): Promise<Buffer> {
  const args = ['inspect', '--raw', '--tls-verify=false'];
  if (credentials) args.push('--creds', `${credentials.username}:${credentials.password}`);
  else args.push('--no-creds');
  args.push(`docker://${reference}`);
  return Buffer.from(await skopeo(args), 'utf8');
}

/** Any skopeo command (`list-tags`, `inspect --config`, ...); its standard output. */
export async function skopeo(args: readonly string[]): Promise<string> {
  return (await execProcess(requireProgram('skopeo'), args, { timeoutMs: 60000 })).stdout;
}
