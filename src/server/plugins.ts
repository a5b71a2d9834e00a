// Channels other teammates add to the server (the Twilio voice channel): found by file, given one context.
import { existsSync } from 'node:fs';
import type { FastifyPluginAsync } from 'fastify';
import type { Logger } from 'pino';
import type { Env } from '../config/env.ts';
import type { Runtime } from '../runtime/types.ts';

export interface ServerPluginContext {
  runtime: Runtime;
  root: string;
  env: Env;
  /** --credentials, when given (else the project's credentials.yml). */
  credentialsFile: string | null;
  logger: Logger;
}

/**
 * A channel module exports `channelPlugin(context)` returning a fastify plugin, or null when its channel is not
 * configured. To end calls politely at shutdown it adds a `preClose` hook: the server closes before the stores.
 */
export type ChannelPluginFactory = (context: ServerPluginContext) => Promise<FastifyPluginAsync | null> | FastifyPluginAsync | null;

/** Channel modules the server mounts when they are part of the build. */
export const CHANNEL_MODULES = ['../channels/twilio.ts', '../channels/twilio-media-streams.ts', '../voice/server-plugin.ts'] as const;

export async function loadChannelPlugins(context: ServerPluginContext): Promise<FastifyPluginAsync[]> {
  const plugins: FastifyPluginAsync[] = [];
  for (const path of CHANNEL_MODULES) {
    const url = new URL(path, import.meta.url);
    if (!existsSync(url)) continue;
    const mod = (await import(url.href)) as { channelPlugin?: ChannelPluginFactory };
    if (typeof mod.channelPlugin !== 'function') continue;
    const plugin = await mod.channelPlugin(context);
    if (plugin) plugins.push(plugin);
  }
  return plugins;
}
