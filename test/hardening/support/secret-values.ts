// The known secret values the secrets test hands every action, and every form a log, file or
// message might show one in: the harness's secretForms (plain, base64 alone and as user:secret,
// URL-encoded) plus JSON-escaped, and for a multi-line secret (an SSH key) each body line.
import { secretForms } from '../../support/runner-harness';

/** Characters that make the plain, JSON-escaped and URL-encoded forms all differ. */
export const PASSWORD = 'p4ss"w0rd\\with/+chars=%&harden';
export const WRONG_PASSWORD = 'wr0ng"p4ss\\w0rd/+harden';
export const TOKEN = 'ghs_hardenSecretToken0123456789abcdef';
export const SSH_KEY = [
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
  'QyNTUxOQAAACBoYXJkZW4taGFyZGVuLWhhcmRlbi1oYXJkZW4taGFyZAAAAJhIYXJkZW5I',
  '-----END OPENSSH PRIVATE KEY-----',
].join('\n');
export const AWS = {
  AWS_ACCESS_KEY_ID: 'AKIAHARDEN0EXAMPLE42',
  AWS_SECRET_ACCESS_KEY: 'hArDeN/sEcReT+aCcEsS/kEy0123456789EXAMPLE',
  AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjEHardenSessionToken/+=0123456789',
};

/** Secret environment variables every run gets (whether or not the action reads them). */
export const SECRET_ENV: Record<string, string> = {
  GITHUB_TOKEN: TOKEN,
  ...AWS,
  E2C_SSH_PRIVATE_KEY: SSH_KEY,
  REGISTRY_PASSWORD: PASSWORD,
};

/** The value a secret input gets by its name. */
export function secretFor(input: string): string {
  if (/private-key/.test(input)) return SSH_KEY;
  if (/token/.test(input)) return TOKEN;
  return PASSWORD;
}

/** Every form of every secret, labelled for failure messages. */
export function allForms(secrets: string[], username?: string): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    for (const form of secretForms(secret, username)) forms.add(form);
    forms.add(JSON.stringify(secret).slice(1, -1));
    const lines = secret.split('\n');
    if (lines.length > 1) for (const line of lines) if (!/^-----/.test(line) && line.length >= 16) forms.add(line);
  }
  return [...forms];
}
