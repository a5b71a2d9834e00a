// The phone channel for `portier run`: Twilio Media Streams, when credentials.yml (or --credentials) has a
// twilio_media_streams block. A voice setup that cannot start is logged and the server runs without it.
import { join } from 'node:path';
import type { Env } from '../../config/env.ts';
import { interpolate } from '../../config/env.ts';
import { ProjectLoadError, type Problem } from '../../config/errors.ts';
import { readYaml } from '../../config/yaml.ts';
import { ActiveCalls, twilioMediaStreamsPlugin } from '../../channels/twilio-media-streams.ts';
import { answerKindsOf } from '../../voice/call/answer-ready.ts';
import type { AssembledRuntime } from '../../runtime/create-runtime.ts';
import type { ServerPlugin } from '../../server/app.ts';
import type { VoiceStatus } from '../../server/routes/api-console.ts';

function twilioSection(runtime: AssembledRuntime, credentialsFile: string | null, env: Env): Record<string, unknown> | null {
  if (!credentialsFile) return (runtime.project.credentials.twilio_media_streams as Record<string, unknown> | undefined) ?? null;
  const problems: Problem[] = [];
  const yaml = readYaml(credentialsFile, problems);
  if (problems.some((p) => p.severity === 'error')) throw new ProjectLoadError(problems);
  const value = (interpolate(yaml.value ?? {}, env) ?? {}) as Record<string, unknown>;
  const section = value.twilio_media_streams;
  return section && typeof section === 'object' ? (section as Record<string, unknown>) : null;
}

/** The channel's plugin and its status for the console (running once the plugin started, with its live calls). */
export function voiceChannel(runtime: AssembledRuntime, credentialsFile: string | null, env: Env): { plugin: ServerPlugin; status: VoiceStatus } | null {
  const credentials = twilioSection(runtime, credentialsFile, env);
  if (!credentials) return null;
  const activeCalls = new ActiveCalls();
  const status: VoiceStatus = { running: false, activeCalls: () => activeCalls.sessions.size };
  const plugin: ServerPlugin = async (app, { metrics }) => {
    try {
      await twilioMediaStreamsPlugin(app, {
        agent: runtime,
        credentials,
        // A project without a hotel description transfers only where its flows say (`transfer_to`).
        hotelPhone: runtime.hotel?.hotel.phone ?? '',
        ...(runtime.hotel ? { hotel: runtime.hotel.hotel } : {}),
        modelsDir: join(runtime.runtimeEnv.dataDir, 'models'),
        answerKinds: answerKindsOf(runtime.project.domain.slots),
        clock: { now: runtime.runtimeEnv.clock },
        logger: runtime.logger,
        metrics: metrics.registry,
        phraseHints: runtime.hotel ? [runtime.hotel.hotel.name, ...runtime.hotel.room_types.map((r) => r.name)] : [],
        activeCalls,
      });
      status.running = true;
    } catch (error) {
      runtime.logger.error({ event: 'voice.disabled', error: (error as Error).message }, 'voice channel not started');
    }
  };
  return { plugin, status };
}
