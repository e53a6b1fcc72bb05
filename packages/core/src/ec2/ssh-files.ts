// The job's SSH material on disk: the private key (PEM or base64 PEM, written mode 600 into a
// folder only we can read) and the known_hosts file, removed when the phase ends. Every form of
// the key is masked before anything could print it.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors/input-error';
import type { Runtime } from '../runner/runtime';

/** The PEM text of the key input; base64 PEM (the seed's E2C_SSH_PRIVATE_KEY form) is decoded. */
export function decodePrivateKey(value: string): string {
  const text = value.includes('-----BEGIN') ? value : Buffer.from(value.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text) || !/-----END [A-Z ]*PRIVATE KEY-----/.test(text))
    // Never quote the value: it is a secret, even when malformed.
    throw new InputError(
      'ssh-private-key',
      '(hidden)',
      'a PEM private key (-----BEGIN ... PRIVATE KEY-----) or its base64',
    );
  return text.replace(/\r\n/g, '\n').trimEnd() + '\n';
}

/** Masks the key as given, decoded, and line by line (a log may show any one line of it). */
export function maskPrivateKey(rt: Pick<Runtime, 'setSecret'>, value: string, pem: string): void {
  rt.setSecret(value);
  rt.setSecret(pem.trim());
  for (const line of pem.split('\n')) if (line.length >= 16 && !line.startsWith('-----')) rt.setSecret(line);
}

export interface SshFiles {
  dir: string;
  keyFile: string;
  knownHostsFile: string;
  remove(): void;
}

/** Writes the key (mode 600) and known_hosts into a fresh private folder under `parent`. */
export function writeSshFiles(parent: string | undefined, pem: string, knownHosts: string): SshFiles {
  const dir = mkdtempSync(join(parent || tmpdir(), 'cib-e2c-ssh-'));
  chmodSync(dir, 0o700);
  const keyFile = join(dir, 'id_key');
  const knownHostsFile = join(dir, 'known_hosts');
  writeFileSync(keyFile, pem, { mode: 0o600 });
  writeFileSync(knownHostsFile, knownHosts, { mode: 0o600 });
  return { dir, keyFile, knownHostsFile, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
