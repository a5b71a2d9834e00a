// Hotel staff who sign in to the console: named users with a role, their sessions, and where the bookings made
// outside a conversation came from (the console or the /api token).
import { z } from 'zod';

export const ROLES = ['administrator', 'reception'] as const;
export type Role = (typeof ROLES)[number];

/** What each role may do; one table so the routes and the pages ask the same question. */
export const PERMISSIONS: Record<Role, { manageUsers: boolean; seeCallerNumbers: boolean }> = {
  administrator: { manageUsers: true, seeCallerNumbers: true },
  // Reception calls guests back from their bookings, but the numbers of everyone who called stay masked.
  reception: { manageUsers: false, seeCallerNumbers: false },
};

export const USERNAME = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{2,40}$/, 'a login of 2–40 latin letters, digits, dots, dashes or underscores');
export const PASSWORD = z.string().min(10, 'a password of at least 10 characters').max(200);

export interface StaffUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  createdAt: string;
  /** A disabled account cannot sign in, and its open sessions stop working at their next request. */
  disabled: boolean;
}

/** Where a booking was made when it was not in a conversation of the assistant. */
export interface BookingOrigin {
  code: string;
  source: 'console' | 'api';
  /** The staff member's login for console bookings. */
  by: string | null;
  at: string;
}

export interface StaffStore {
  readonly kind: string;
  addUser(user: { username: string; displayName: string; role: Role; passwordHash: string }): Promise<StaffUser>;
  userByName(username: string): Promise<(StaffUser & { passwordHash: string }) | null>;
  userById(id: number): Promise<StaffUser | null>;
  listUsers(): Promise<StaffUser[]>;
  setPassword(username: string, passwordHash: string): Promise<boolean>;
  /** Disables or re-enables an account; false when there is no such login. */
  setDisabled(username: string, disabled: boolean): Promise<boolean>;
  /** Sessions as @fastify/session stores them: an opaque JSON value, kept until `expiresAt` (ms). */
  getSession(id: string, now: number): Promise<string | null>;
  setSession(id: string, value: string, expiresAt: number): Promise<void>;
  destroySession(id: string): Promise<void>;
  /** Ends every open session of a user (their `userId` in the session value) but `except`; how many ended. */
  endUserSessions(userId: number, except?: string): Promise<number>;
  /** A random secret made once and kept with the store (signs the session cookie; survives restarts). */
  secret(name: string): Promise<string>;
  recordOrigin(origin: BookingOrigin): Promise<void>;
  origins(codes: readonly string[]): Promise<Map<string, BookingOrigin>>;
  close(): Promise<void>;
}

export class UserExistsError extends Error {
  constructor(readonly username: string) {
    super(`a staff user "${username}" already exists`);
    this.name = 'UserExistsError';
  }
}
