// `portier users add|list|password|disable|enable`: staff accounts of the web console. The first administrator is made here;
// passwords are read from the terminal without echo (or from the first line of stdin in scripts).
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadRuntimeEnv } from '../../config/runtime-env.ts';
import { openStaffStore } from '../../staff/open.ts';
import { AccountInputError, createAccount, newPasswordHash } from '../../staff/accounts.ts';
import { ROLES, type StaffStore } from '../../staff/types.ts';

export class UsersCommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsersCommandError';
  }
}

async function firstStdinLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

/** Asks twice on a terminal, echoing nothing; reads one line of stdin otherwise. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return firstStdinLine();
  const ask = (prompt: string) =>
    new Promise<string>((done) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      const echo = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => echo(s.startsWith(prompt) ? prompt : '');
      rl.question(prompt, (answer) => {
        rl.close();
        process.stderr.write('\n');
        done(answer);
      });
    });
  const first = await ask('Пароль: ');
  if ((await ask('Ещё раз: ')) !== first) throw new UsersCommandError('the two passwords differ');
  return first;
}

/** The CLI's own error for input that cannot make or change an account. */
async function accountInput<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AccountInputError) throw new UsersCommandError(error.message);
    throw error;
  }
}

async function withStore<T>(root: string, run: (store: StaffStore) => Promise<T>): Promise<T> {
  const store = await openStaffStore(loadRuntimeEnv(process.env, resolve(root)));
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

export function addUser(store: StaffStore, input: { username: string; name?: string; role: string; password: string }) {
  return accountInput(() => createAccount(store, input));
}

export function register(program: Command): void {
  const users = program.command('users').description('staff accounts of the web console (/console)');
  users
    .command('add <login>')
    .description('create a staff account; the password is asked for (or read from the first line of stdin)')
    .option('--role <role>', `${ROLES.join(' or ')}`, 'reception')
    .option('--name <name>', 'the name shown in the console, e.g. "Анна Петрова"')
    .option('--root <folder>', 'project folder (PORTIER_DATA_DIR is relative to it)', '.')
    .action(async (login: string, opts: { role: string; name?: string; root: string }) => {
      const password = await readPassword();
      const user = await withStore(opts.root, (store) => addUser(store, { username: login, name: opts.name, role: opts.role, password }));
      process.stdout.write(`Created ${user.role} "${user.username}" (${user.displayName}).\n`);
    });
  users
    .command('list')
    .description('list staff accounts')
    .option('--root <folder>', 'project folder', '.')
    .action(async (opts: { root: string }) => {
      const list = await withStore(opts.root, (store) => store.listUsers());
      if (!list.length) process.stdout.write('No staff accounts yet: portier users add <login> --role administrator\n');
      for (const u of list) process.stdout.write(`${u.username}\t${u.role}\t${u.displayName}${u.disabled ? '\tdisabled' : ''}\n`);
    });
  users
    .command('password <login>')
    .description('set a new password for a staff account')
    .option('--root <folder>', 'project folder', '.')
    .action(async (login: string, opts: { root: string }) => {
      const passwordHash = await accountInput(async () => newPasswordHash(await readPassword()));
      const changed = await withStore(opts.root, (store) => store.setPassword(login.trim().toLowerCase(), passwordHash));
      if (!changed) throw new UsersCommandError(`no staff account "${login}"`);
      process.stdout.write(`Password of "${login}" changed.\n`);
    });
  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    users
      .command(`${name} <login>`)
      .description(disabled ? 'stop an account signing in (its open sessions end too)' : 'let a disabled account sign in again')
      .option('--root <folder>', 'project folder', '.')
      .action(async (login: string, opts: { root: string }) => {
        const changed = await withStore(opts.root, (store) => store.setDisabled(login.trim().toLowerCase(), disabled));
        if (!changed) throw new UsersCommandError(`no staff account "${login}"`);
        process.stdout.write(`Account "${login}" ${disabled ? 'disabled' : 'enabled'}.\n`);
      });
  }
}
