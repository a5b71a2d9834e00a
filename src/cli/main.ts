// The `portier` command line: registers each command module that exists and turns failures into clear lines.
import { existsSync, readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { applyDotenv } from '../config/env.ts';
import { ProjectLoadError } from '../config/errors.ts';
import { RuntimeEnvError } from '../config/runtime-env.ts';
import { problemLine, sortProblems } from './output.ts';

/** Command modules in src/cli/commands/; `run` comes before `run-actions`, which adds `run actions` to it. */
export const COMMAND_MODULES = [
  'run',
  'run-actions',
  'shell',
  'train',
  'validate',
  'test',
  'test-nlu',
  'call',
  'models',
  'users',
  'demo-data',
  'prune',
] as const;

interface CommandModule {
  register(program: Command): void;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** A command module that exists but failed to load; reported only when its command is used. */
export class CommandLoadError extends Error {
  constructor(
    readonly module: string,
    cause: unknown,
  ) {
    super(`command module src/cli/commands/${module}.ts failed to load: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`);
    this.name = 'CommandLoadError';
  }
}

/**
 * Builds the program with every command module present (teammates' modules may not exist yet). A module that
 * fails to load does not take the other commands down; its error is kept in `failed`.
 */
export async function buildProgram(failed: CommandLoadError[] = [], only: readonly string[] = COMMAND_MODULES): Promise<Command> {
  const program = new Command('portier')
    .description('Portier: a Russian-speaking hotel voice assistant that runs Rasa Pro (CALM) projects')
    .version(version(), '-V, --version')
    .showHelpAfterError('(run "portier --help" for usage)')
    .configureOutput({ outputError: (text, write) => write(text) })
    .exitOverride();
  for (const name of COMMAND_MODULES) {
    if (!only.includes(name)) continue;
    const url = new URL(`./commands/${name}.ts`, import.meta.url);
    if (!existsSync(url)) continue;
    try {
      const mod = (await import(url.href)) as Partial<CommandModule>;
      if (typeof mod.register !== 'function') throw new Error('it does not export register(program)');
      mod.register(program);
    } catch (err) {
      failed.push(new CommandLoadError(name, err));
    }
  }
  return program;
}

/**
 * The modules a command line needs: only the named command's (each module imports its whole stack, and `run`
 * pulls in the server and speech SDKs), or all of them for help and unknown commands.
 */
export function modulesFor(argv: readonly string[]): readonly string[] {
  const first = argv[0] ?? '';
  if (first === 'run') return ['run', 'run-actions'];
  return (COMMAND_MODULES as readonly string[]).includes(first) ? [first] : COMMAND_MODULES;
}

/** One line per problem, never a stack trace (unless LOG_LEVEL=debug/trace asks for one). */
export function describeFailure(err: unknown): string[] {
  if (err instanceof ProjectLoadError) return sortProblems(err.problems.filter((p) => p.severity === 'error')).map((p) => problemLine(p));
  if (err instanceof RuntimeEnvError) return err.problems.map((p) => `error: ${p.message}`);
  if (err instanceof Error) return [`error: ${err.message.split('\n')[0]}`];
  return [`error: ${String(err)}`];
}

function exitCodeOf(err: unknown): number {
  const code = (err as { exitCode?: unknown } | null)?.exitCode;
  return typeof code === 'number' && code > 0 ? code : 1;
}

/** Entry point of bin/portier.mjs. Sets process.exitCode; never throws. */
export async function main(argv: string[]): Promise<void> {
  applyDotenv(process.cwd(), process.env);
  // `portier models list | head` closes the pipe early: the reader has what it wanted, so stop quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  try {
    const failed: CommandLoadError[] = [];
    const program = await buildProgram(failed, modulesFor(argv));
    const requested = failed.find((f) => f.module === argv[0] || f.module === `${argv[0]}-${argv[1]}`);
    if (requested) throw requested;
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander already printed its message (or the help/version it was asked for).
      process.exitCode = err.exitCode;
      return;
    }
    for (const line of describeFailure(err)) process.stderr.write(`${line}\n`);
    const level = (process.env.LOG_LEVEL ?? '').toLowerCase();
    if ((level === 'debug' || level === 'trace') && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    process.exitCode = exitCodeOf(err);
  }
}
