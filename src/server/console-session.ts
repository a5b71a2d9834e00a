// Staff sign-in for the console: a session in an httpOnly, SameSite=Strict cookie (@fastify/session, kept in the
// staff store so it survives restarts), CSRF tokens for every change (@fastify/csrf-protection), and the
// login/logout/session routes. The /api bearer token is separate and stays for integrations.
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifySession from '@fastify/session';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { checkPassword, decoyHash } from '../staff/passwords.ts';
import { PERMISSIONS, type StaffStore, type StaffUser } from '../staff/types.ts';

declare module 'fastify' {
  interface Session {
    userId?: number;
  }
  interface FastifyRequest {
    staff?: StaffUser;
  }
}

/** A working day and a bit: a reception shift signs in again the next morning. */
const SESSION_MS = 14 * 60 * 60 * 1000;
const loginBody = z.object({ username: z.string().trim().toLowerCase().min(1).max(40), password: z.string().min(1).max(200) });

function sessionStore(staff: StaffStore) {
  return {
    set(id: string, session: unknown, done: (err?: unknown) => void) {
      const expires = (session as { cookie?: { expires?: string | Date | null } }).cookie?.expires;
      const expiresAt = expires ? new Date(expires).getTime() : Date.now() + SESSION_MS;
      staff.setSession(id, JSON.stringify(session), expiresAt).then(() => done(), done);
    },
    get(id: string, done: (err: unknown, session?: never | null) => void) {
      staff.getSession(id, Date.now()).then(
        (value) => done(null, value ? JSON.parse(value) : null),
        (err) => done(err),
      );
    },
    destroy(id: string, done: (err?: unknown) => void) {
      staff.destroySession(id).then(() => done(), done);
    },
  };
}

export const publicUser = (user: StaffUser) => ({ username: user.username, display_name: user.displayName, role: user.role, may: PERMISSIONS[user.role] });

/** Registers cookies, sessions and CSRF in `app` (an encapsulated scope) and the routes under /console/api. */
export async function consoleSession(app: FastifyInstance, staff: StaffStore): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: await staff.secret('session'),
    cookieName: 'portier_session',
    // Over HTTPS: Secure and SameSite=Strict; over plain HTTP (a desk on the hotel's LAN) the library relaxes this
    // to SameSite=Lax without Secure. Either way a change also needs the CSRF token.
    cookie: { path: '/console', httpOnly: true, sameSite: 'strict', secure: 'auto', maxAge: SESSION_MS },
    saveUninitialized: false,
    store: sessionStore(staff),
  });
  await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session', getToken: (req) => req.headers['x-csrf-token'] as string | undefined });

  app.addHook('onRequest', async (req) => {
    const id = req.session.userId;
    if (id === undefined) return;
    const user = await staff.userById(id);
    // A disabled account's sessions stop at once, whichever instance they were opened on.
    if (user && !user.disabled) req.staff = user;
  });

  app.get('/console/api/session', async (req, reply) => {
    if (!req.staff) return reply.code(401).send({ error: 'not signed in' });
    return { user: publicUser(req.staff), csrf: reply.generateCsrf() };
  });

  app.post('/console/api/login', async (req, reply) => {
    const parsed = loginBody.safeParse(req.body);
    if (!parsed.success) return reply.code(400).send({ error: 'login and password are required' });
    const user = await staff.userByName(parsed.data.username);
    // An unknown login costs a hash check too, so response times do not tell which logins exist.
    const ok = await checkPassword(user?.passwordHash ?? (await decoyHash()), parsed.data.password);
    if (!user || !ok) {
      req.log.info({ event: 'console.login_failed' }, 'console sign-in refused');
      return reply.code(401).send({ error: 'wrong login or password' });
    }
    // Said only to someone who knows the password, so it tells a stranger nothing.
    if (user.disabled) return reply.code(403).send({ error: 'Учётная запись отключена: обратитесь к администратору.' });
    // A new session id at sign-in, so a session id planted before it is worth nothing.
    await req.session.regenerate();
    req.session.userId = user.id;
    req.log.info({ event: 'console.login', user: user.username }, 'staff signed in');
    const { passwordHash: _hash, ...rest } = user;
    return { user: publicUser(rest), csrf: reply.generateCsrf() };
  });

  app.post('/console/api/logout', { onRequest: app.csrfProtection }, async (req) => {
    await req.session.destroy();
    return { ok: true };
  });
}

/** onRequest hook for the console's data routes: a signed-in staff member, and a CSRF token for any change. */
export function requireStaff(app: FastifyInstance) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.staff) return reply.code(401).send({ error: 'not signed in' });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      await new Promise<void>((resolve, reject) => app.csrfProtection(req, reply, (err?: Error) => (err ? reject(err) : resolve())));
    }
  };
}
