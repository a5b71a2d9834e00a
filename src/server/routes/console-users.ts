// «Сотрудники»: administrators list the staff, add an account with a role, set a new password and disable or
// re-enable an account. Reception gets 403 on every route here (the page is not even offered to them).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AccountInputError, createAccount, newPasswordHash } from '../../staff/accounts.ts';
import { PERMISSIONS, type StaffUser, UserExistsError } from '../../staff/types.ts';
import type { ConsoleContext } from './console-context.ts';

const MESSAGES: Record<AccountInputError['field'], string> = {
  username: 'Логин: от 2 до 40 латинских букв, цифр, точек, дефисов или подчёркиваний.',
  role: 'Выберите роль: администратор или ресепшен.',
  password: 'Пароль должен быть не короче 10 символов.',
};

const createBody = z.object({
  username: z.string().max(80),
  display_name: z.string().trim().max(120).default(''),
  role: z.string().max(40),
  password: z.string().max(200),
});
const passwordBody = z.object({ password: z.string().max(200) });
const disabledBody = z.object({ disabled: z.boolean() });
const loginParams = z.object({ username: z.string().trim().toLowerCase().min(1).max(80) });

const userJson = (u: StaffUser, me: StaffUser | undefined) => ({
  username: u.username,
  display_name: u.displayName,
  role: u.role,
  disabled: u.disabled,
  created_at: u.createdAt,
  me: u.id === me?.id,
});

async function administratorsOnly(req: FastifyRequest, reply: FastifyReply) {
  if (!req.staff || !PERMISSIONS[req.staff.role].manageUsers) return reply.code(403).send({ error: 'Сотрудников ведёт администратор.' });
}

function inputProblem(reply: FastifyReply, e: unknown) {
  if (e instanceof AccountInputError) return reply.code(400).send({ error: MESSAGES[e.field], field: e.field });
  if (e instanceof UserExistsError) return reply.code(409).send({ error: `Логин «${e.username}» уже занят.`, field: 'username' });
  throw e;
}

export function consoleUserRoutes(app: FastifyInstance, ctx: Pick<ConsoleContext, 'staff'>): void {
  const { staff } = ctx;
  const admin = { preHandler: administratorsOnly };

  app.get('/console/api/users', admin, async (req) => ({ users: (await staff.listUsers()).map((u) => userJson(u, req.staff)) }));

  app.post('/console/api/users', admin, async (req, reply) => {
    const body = createBody.safeParse(req.body);
    if (!body.success) return reply.code(400).send({ error: 'Заполните логин, роль и пароль.' });
    try {
      const user = await createAccount(staff, {
        username: body.data.username,
        name: body.data.display_name,
        role: body.data.role,
        password: body.data.password,
      });
      req.log.info({ event: 'console.user_added', user: req.staff?.username, added: user.username, role: user.role }, 'staff account added');
      return reply.code(201).send({ user: userJson(user, req.staff) });
    } catch (e) {
      return inputProblem(reply, e);
    }
  });

  app.post('/console/api/users/:username/password', admin, async (req, reply) => {
    const params = loginParams.safeParse(req.params);
    const body = passwordBody.safeParse(req.body);
    if (!params.success || !body.success) return reply.code(400).send({ error: MESSAGES.password, field: 'password' });
    try {
      if (!(await staff.setPassword(params.data.username, await newPasswordHash(body.data.password))))
        return reply.code(404).send({ error: 'Нет такого сотрудника.' });
    } catch (e) {
      return inputProblem(reply, e);
    }
    // A new password is set when the old one may be known to someone else: whoever signed in with it is signed
    // out everywhere (an administrator resetting their own keeps the session they are using).
    const target = await staff.userByName(params.data.username);
    const ended = target ? await staff.endUserSessions(target.id, req.session.sessionId) : 0;
    req.log.info({ event: 'console.user_password_set', user: req.staff?.username, target: params.data.username, sessions_ended: ended }, 'staff password set');
    return { ok: true };
  });

  app.post('/console/api/users/:username/disabled', admin, async (req, reply) => {
    const params = loginParams.safeParse(req.params);
    const body = disabledBody.safeParse(req.body);
    if (!params.success || !body.success) return reply.code(400).send({ error: 'Нужно: disabled, true или false.' });
    // An administrator who locks themselves out leaves the hotel with nobody to undo it from the console.
    if (params.data.username === req.staff?.username) return reply.code(400).send({ error: 'Свою учётную запись отключить нельзя.' });
    if (!(await staff.setDisabled(params.data.username, body.data.disabled))) return reply.code(404).send({ error: 'Нет такого сотрудника.' });
    req.log.info(
      { event: body.data.disabled ? 'console.user_disabled' : 'console.user_enabled', user: req.staff?.username, target: params.data.username },
      'staff account changed',
    );
    const user = await staff.userByName(params.data.username);
    return { user: user ? userJson(user, req.staff) : null };
  });
}
