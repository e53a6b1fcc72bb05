// The console output of a simulated instance as cloud-init writes it on a Debian AMI: CRLF line
// ends, kernel and cloud-init lines, the fingerprints block and the `-----BEGIN SSH HOST KEY
// KEYS-----` block with the host's public keys (cloud-init's cc_keys_to_console module; the format
// users pin host keys from, see "Get console output" in the EC2 user guide). GetConsoleOutput
// answers it base64-encoded; before the instance has booted there is no output at all.

import { createHash } from 'node:crypto';

const KEY_TYPES: Record<string, string> = {
  'ssh-ed25519': 'ED25519',
  'ecdsa-sha2-nistp256': 'ECDSA',
  'ssh-rsa': 'RSA',
};

/** `256 SHA256:<base64> root@host (ED25519)`, as ssh-keygen -lf prints it. */
function fingerprintLine(key: string, hostname: string): string {
  const [type, blob] = key.trim().split(/\s+/);
  const digest = createHash('sha256').update(Buffer.from(blob, 'base64')).digest('base64').replace(/=+$/, '');
  const bits = type === 'ssh-rsa' ? 3072 : 256;
  return `ec2: ${bits} SHA256:${digest} root@${hostname} (${KEY_TYPES[type] ?? type})`;
}

export function consoleOutput(options: { hostKeys: string[]; hostname: string; bootedAt: Date }): string {
  const keys = options.hostKeys.map(
    (line) => line.trim().split(/\s+/).slice(0, 2).join(' ') + ` root@${options.hostname}`,
  );
  const lines = [
    '[    0.000000] Linux version 6.1.0-28-cloud-arm64 (debian-kernel@lists.debian.org)',
    '[    0.000000] Machine model: Amazon EC2',
    `[    4.120000] cloud-init[412]: Cloud-init v. 22.4.2 running 'init' at ${options.bootedAt.toUTCString()}.`,
    'ec2: ',
    'ec2: #############################################################',
    'ec2: -----BEGIN SSH HOST KEY FINGERPRINTS-----',
    ...options.hostKeys.map((key) => fingerprintLine(key, options.hostname)),
    'ec2: -----END SSH HOST KEY FINGERPRINTS-----',
    'ec2: #############################################################',
    '-----BEGIN SSH HOST KEY KEYS-----',
    ...keys,
    '-----END SSH HOST KEY KEYS-----',
    `[    9.870000] cloud-init[530]: Cloud-init v. 22.4.2 finished at ${options.bootedAt.toUTCString()}. Up 9.87 seconds`,
  ];
  return lines.join('\r\n') + '\r\n';
}
