// Finds the real programs the registry tests need, failing loudly (never skipping) with the
// Debian package to install when one is missing.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const PACKAGES: Record<string, string> = {
  'docker-registry': 'docker-registry',
  htpasswd: 'apache2-utils',
  openssl: 'openssl',
  skopeo: 'skopeo',
  buildah: 'buildah',
};

/** The absolute path of `program` on PATH; throws naming the Debian package when absent. */
export function requireProgram(program: string): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder.
    }
  }
  const pkg = PACKAGES[program] ?? program;
  throw new Error(
    `${program} is not installed: the registry tests need it. Install it with: apt-get install -y ${pkg}`,
  );
}
