// Rasa's project-file options, shared by run, train, validate, test and shell: `-c/--config`, `-d/--domain`
// (a file or a folder), `--data` (several paths), `--endpoints`, `--credentials`, as `rasa` takes them.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ProjectPaths } from '../config/load.ts';

export interface ProjectPathFlags {
  config?: string;
  domain?: string;
  data?: string[];
  endpoints?: string;
  credentials?: string;
}

/** Adds the options to a command; `skip` leaves out ones the command already declares. */
export function addProjectOptions(command: Command, skip: readonly (keyof ProjectPathFlags)[] = []): Command {
  const options: [keyof ProjectPathFlags, string, string][] = [
    ['config', '-c, --config <file>', 'config file (default: config.yml in the project folder)'],
    ['domain', '-d, --domain <path>', 'domain file or folder of domain files (default: domain.yml, else domain/)'],
    ['data', '--data <paths...>', 'files or folders of training data, flows and NLU data (default: data/)'],
    ['endpoints', '--endpoints <file>', 'endpoints file (default: endpoints.yml)'],
    ['credentials', '--credentials <file>', 'channels file (default: credentials.yml)'],
  ];
  for (const [key, flags, description] of options) if (!skip.includes(key)) command.option(flags, description);
  return command;
}

/** The flags as absolute paths (relative to the current folder, as a shell user means them). */
export function projectPathsOf(flags: ProjectPathFlags): ProjectPaths {
  const paths: ProjectPaths = {};
  if (flags.config) paths.config = resolve(flags.config);
  if (flags.domain) paths.domain = resolve(flags.domain);
  if (flags.data?.length) paths.data = flags.data.map((d) => resolve(d));
  if (flags.endpoints) paths.endpoints = resolve(flags.endpoints);
  if (flags.credentials) paths.credentials = resolve(flags.credentials);
  return paths;
}
