// Host key checking for the instance: pin the keys cloud-init prints to the console (`console`),
// trust the first key seen for the rest of the job (`accept-new`), or a known_hosts line given.
// cloud-init writes the keys between `-----BEGIN SSH HOST KEY KEYS-----` and `-----END SSH HOST KEY
// KEYS-----` (CRLF line ends on the serial console).

/** The host pattern known_hosts uses: `host`, or `[host]:port` off port 22. */
export function knownHostsPattern(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

/** known_hosts lines for `host` from console output; [] until cloud-init has printed its keys. */
export function hostKeysFromConsole(output: string, host: string, port: number): string[] {
  const text = output.replace(/\r/g, '');
  const start = text.indexOf('-----BEGIN SSH HOST KEY KEYS-----');
  const end = text.indexOf('-----END SSH HOST KEY KEYS-----', start);
  if (start < 0 || end < 0) return [];
  return text
    .slice(start, end)
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((parts) => parts.length >= 2 && /^(ssh-|ecdsa-|sk-)/.test(parts[0]))
    .map(([type, key]) => `${knownHostsPattern(host, port)} ${type} ${key}`);
}
