// The registry inputs every registry-facing action shares (`username`, `password`,
// `registry-insecure`), read once, and the client built from them.
import { InputError } from '../errors/input-error';
import { readString, type ActionInputs } from '../runner/inputs';
import type { Runtime } from '../runner/runtime';
import { RegistryClient } from './client';
import { readInsecureHosts } from './insecure-hosts';

export interface RegistryLoginInputs {
  username: string;
  password: string;
  /** Hosts allowed over plain HTTP (loopback always is). */
  insecureHosts: string[];
}

/** Reads the login inputs; a username without a password (or the reverse) is an input error. */
export function readRegistryLogin(
  inputs: ActionInputs<'username' | 'password' | 'registry-insecure'>,
): RegistryLoginInputs {
  const username = readString(inputs, 'username');
  const password = readString(inputs, 'password');
  if ((username === '') !== (password === '')) {
    throw new InputError(
      username ? 'password' : 'username',
      '',
      'a value when the other of username/password is given',
    );
  }
  return { username, password, insecureHosts: readInsecureHosts(inputs) };
}

/**
 * A client whose input credentials are for `loginRegistry` only, as docker/login-action's are
 * for one registry; other registries take theirs from the Docker config. Every secret the client
 * learns is masked through the runtime.
 */
export function createRegistryClient(rt: Runtime, login: RegistryLoginInputs, loginRegistry: string): RegistryClient {
  return new RegistryClient({
    credentials: login.username
      ? { [loginRegistry]: { username: login.username, password: login.password } }
      : undefined,
    insecureHosts: login.insecureHosts,
    maskSecret: (secret) => rt.setSecret(secret),
    log: rt.log,
    env: rt.env,
  });
}
