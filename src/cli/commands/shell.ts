// `portier shell`: chat with the assistant in the terminal (like `rasa shell`), or feed it a script on stdin.
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { pino } from 'pino';
import { runShell } from '../../channels/shell.ts';
import { createRuntime } from '../../runtime/create-runtime.ts';
import { createLogger } from '../../logging/logger.ts';
import { addProjectOptions, type ProjectPathFlags, projectPathsOf } from '../project-options.ts';
import { hotelActions } from '../../../actions/index.ts';

interface ShellFlags extends ProjectPathFlags {
  debug?: boolean;
  sender?: string;
  phone?: string;
  root: string;
}

export function register(program: Command): void {
  const shell = program
    .command('shell')
    .description('talk to the assistant in the terminal; buttons are numbered (type the number)')
    .option('--debug', 'print the understood commands, slots and dialogue stack after every turn')
    .option('--sender <id>', 'conversation id (default: a new one per session)')
    .option('--phone <e164>', 'caller number passed as metadata (as a phone call would)')
    .option('--root <folder>', 'project folder', '.');
  addProjectOptions(shell).action(async (flags: ShellFlags) => {
    // Turn log lines would interleave with the chat: the shell logs warnings and errors only, to stderr.
    const logger = createLogger({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
    const runtime = await createRuntime({ customActions: hotelActions(), root: resolve(flags.root), env: process.env, logger, paths: projectPathsOf(flags) });
    try {
      await runShell({
        runtime,
        input: process.stdin,
        output: process.stdout,
        sender: flags.sender ?? `shell-${randomUUID().slice(0, 8)}`,
        debug: flags.debug ?? false,
        interactive: process.stdin.isTTY === true,
        ...(flags.phone ? { metadata: { user_phone: flags.phone } } : {}),
      });
    } finally {
      await runtime.close();
    }
  });
}
