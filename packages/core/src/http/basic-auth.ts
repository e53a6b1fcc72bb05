// HTTP Basic credentials (RFC 7617): base64 of `user:password`, the form registries, token
// services and verify URLs take them in, and the form a log could show them in (so it is masked).

/** base64 of `username:password`, as in a Basic header or a Docker config's `auth` field. */
export function basicCredentials(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`).toString('base64');
}

/** The value of an `Authorization: Basic …` header. */
export function basicAuthorization(username: string, password: string): string {
  return `Basic ${basicCredentials(username, password)}`;
}
