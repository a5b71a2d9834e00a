// The phone channel for `portier run`: Twilio Media Streams, when credentials.yml (or --credentials) has a
// twilio_media_streams block. A voice setup that cannot start is logged and the server runs without it.
import { join } from 'node:path';
import type { Env } from '../../config/env.ts';
import { interpolate, projectEnv } from '../../config/env.ts';
import { ProjectLoadError, type Problem } from '../../config/errors.ts';
import { readYaml } from '../../config/yaml.ts';
import { ActiveCalls, type TwilioMediaStreamsOptions, twilioMediaStreamsPlugin } from '../../channels/twilio-media-streams.ts';
import { answerKindsOf } from '../../voice/call/answer-ready.ts';
import { conversationTranscript } from './call-transcript.ts';
import type { AssembledRuntime } from '../../runtime/create-runtime.ts';
import type { ServerPlugin } from '../../server/app.ts';
import type { VoiceStatus } from '../../server/routes/api-console.ts';

/** A channel's block of credentials.yml, or of the file given with --credentials. */
export function channelSection(runtime: AssembledRuntime, credentialsFile: string | null, env: Env, channel: string): Record<string, unknown> | null {
  if (!credentialsFile)
    return (runtime.project.credentials[channel as keyof typeof runtime.project.credentials] as Record<string, unknown> | undefined) ?? null;
  const problems: Problem[] = [];
  const yaml = readYaml(credentialsFile, problems);
  if (problems.some((p) => p.severity === 'error')) throw new ProjectLoadError(problems);
  const value = (interpolate(yaml.value ?? {}, env) ?? {}) as Record<string, unknown>;
  const section = value[channel];
  return section && typeof section === 'object' ? (section as Record<string, unknown>) : null;
}

/** What a test may put in place of the configured providers of the phone channel. */
export type VoiceOverrides = Pick<TwilioMediaStreamsOptions, 'recognizer' | 'synthesizer' | 'vad' | 'callOptions'>;

/** The channel's plugin and its status for the console (running once the plugin started, with its live calls). */
export function voiceChannel(
  runtime: AssembledRuntime,
  credentialsFile: string | null,
  env: Env,
  overrides: VoiceOverrides = {},
): { plugin: ServerPlugin; status: VoiceStatus } | null {
  const credentials = channelSection(runtime, credentialsFile, env, 'twilio_media_streams');
  if (!credentials) return null;
  const activeCalls = new ActiveCalls();
  const status: VoiceStatus = { running: false, activeCalls: () => activeCalls.sessions.size };
  const plugin: ServerPlugin = async (app, { metrics, limiters }) => {
    try {
      await twilioMediaStreamsPlugin(app, {
        agent: runtime,
        // The caller-ID seal's key must be the one the runtime's in-process actions check: its project environment's.
        env: { ...env, PORTIER_CALLER_ID_KEY: projectEnv(runtime.project.root, env).PORTIER_CALLER_ID_KEY },
        credentials,
        // A project without a hotel description transfers only where its flows say (`transfer_to`).
        hotelPhone: runtime.hotel?.hotel.phone ?? '',
        ...(runtime.hotel ? { hotel: runtime.hotel.hotel } : {}),
        modelsDir: join(runtime.runtimeEnv.dataDir, 'models'),
        answerKinds: answerKindsOf(runtime.project.domain.slots),
        transcript: conversationTranscript(runtime, runtime.runtimeEnv.clock),
        clock: { now: runtime.runtimeEnv.clock },
        logger: runtime.logger,
        metrics: metrics.registry,
        phraseHints: runtime.hotel ? [runtime.hotel.hotel.name, ...runtime.hotel.room_types.map((r) => r.name)] : [],
        activeCalls,
        allowUnsigned: env.PORTIER_TWILIO_ALLOW_UNSIGNED === '1',
        limiter: limiters.make('twilio-ip', limiters.settings.twilioPerIp),
        ...overrides,
      });
      status.running = true;
    } catch (error) {
      runtime.logger.error({ event: 'voice.disabled', error: (error as Error).message }, 'voice channel not started');
    }
  };
  return { plugin, status };
}
