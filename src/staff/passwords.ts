// Staff passwords are stored as argon2id hashes (@node-rs/argon2, OWASP's minimum parameters by default).
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** False for a wrong password and for a hash this library cannot read; never throws on bad input. */
export async function checkPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the login is unknown, so an unknown login takes as long as a wrong password. */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hash('portier-decoy-password');
  return decoy;
}
