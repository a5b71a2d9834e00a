// Making and changing staff accounts, the same rules for `portier users` and the console's «Сотрудники» page:
// a valid login, a known role, a long enough password, stored as an argon2id hash.
import { hashPassword } from './passwords.ts';
import { PASSWORD, type Role, ROLES, type StaffStore, type StaffUser, USERNAME } from './types.ts';

/** Input that cannot make an account; `field` says which (the console puts the message beside it). */
export class AccountInputError extends Error {
  constructor(
    readonly field: 'username' | 'role' | 'password',
    message: string,
  ) {
    super(message);
    this.name = 'AccountInputError';
  }
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The argon2id hash of a new password, after checking its length. */
export async function newPasswordHash(password: string): Promise<string> {
  const parsed = PASSWORD.safeParse(password);
  if (!parsed.success) throw new AccountInputError('password', `password: ${parsed.error.issues[0]?.message}`);
  return hashPassword(parsed.data);
}

export async function createAccount(store: StaffStore, input: { username: string; name?: string; role: string; password: string }): Promise<StaffUser> {
  const username = USERNAME.safeParse(input.username);
  if (!username.success) throw new AccountInputError('username', `login: ${username.error.issues[0]?.message}`);
  if (!isRole(input.role)) throw new AccountInputError('role', `role: one of ${ROLES.join(', ')}`);
  const passwordHash = await newPasswordHash(input.password);
  return store.addUser({ username: username.data, displayName: input.name?.trim() || username.data, role: input.role, passwordHash });
}
