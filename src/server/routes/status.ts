// Service routes: GET / (Rasa's hello), /version, /status, /health (liveness + readiness of stores), /metrics.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime/types.ts';
import type { ServerMetrics } from '../metrics.ts';

export const MINIMUM_COMPATIBLE_VERSION = '0.1.0';

export function publicStatusRoutes(runtime: Runtime, metrics: ServerMetrics) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/', async (_request, reply) => reply.type('text/plain').send(`Hello from Portier: ${runtime.info.version}`));
    app.get('/version', async () => ({ version: runtime.info.version, minimum_compatible_version: MINIMUM_COMPATIBLE_VERSION }));
    app.get('/health/live', async () => ({ status: 'ok' }));
    app.get('/health', async (_request, reply) => {
      const health = await runtime.health();
      return reply.code(health.ok ? 200 : 503).send({ status: health.ok ? 'ok' : 'unavailable', live: true, ready: health.ok, checks: health.checks });
    });
    app.get('/metrics', async (_request, reply) => reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()));
  };
}

/** GET /status (behind --auth-token, as in Rasa). */
export function statusRoute(runtime: Runtime) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/status', async () => ({
      model_file: runtime.info.modelFile,
      model_id: runtime.info.modelId,
      num_active_training_jobs: 0,
      generator: runtime.info.generator,
    }));
  };
}
