// The OpenAPI 3.1 description of /api/*, generated: each /api route declares, through `documented()`, the zod
// schemas its handler validates with, and @fastify/swagger collects every route as it is registered. The
// document is served at GET /api/openapi.json; tests/server/openapi.test.ts checks it against the routes.
// Fastify itself neither validates nor serialises with these schemas: the handlers' zod parse does, so that
// every bad request gets the API's one 400 shape.
import swagger from '@fastify/swagger';
import type { FastifyInstance, FastifySchema, RouteShorthandOptions } from 'fastify';
import { z } from 'zod';

export interface ApiDoc {
  summary: string;
  description?: string;
  tag: 'bookings' | 'availability' | 'console' | 'service';
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  /** Status → what it means (and the shape, when the route has a schema for it). */
  responses: Record<number, string | { description: string; schema: z.ZodType }>;
  /** Served without the bearer token. */
  public?: boolean;
}

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) of what a client sends; refinements cannot be drawn and are left out. */
export function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

/** Route options that put a route into /api/openapi.json from the zod schemas its handler uses. */
export function documented(doc: ApiDoc): RouteShorthandOptions {
  const response: Record<number, unknown> = {};
  for (const [status, r] of Object.entries(doc.responses)) {
    response[Number(status)] = typeof r === 'string' ? { description: r, type: 'null' } : { description: r.description, ...jsonSchema(r.schema) };
  }
  const schema: FastifySchema & Record<string, unknown> = {
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    tags: [doc.tag],
    ...(doc.query ? { querystring: jsonSchema(doc.query) } : {}),
    ...(doc.params ? { params: jsonSchema(doc.params) } : {}),
    ...(doc.body ? { body: jsonSchema(doc.body) } : {}),
    response,
    security: doc.public ? [] : [{ bearer: [] }],
  };
  return {
    schema,
    validatorCompiler: () => () => true,
    serializerCompiler: () => (data) => JSON.stringify(data),
  };
}

/** Registers the collector (before any route) and GET /api/openapi.json. */
export async function openApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Portier API',
        version,
        description:
          'Bookings and availability of the hotel system, and what the staff console uses. Every route but this document needs `Authorization: Bearer <PORTIER_API_TOKEN>`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    // Only /api/* is described here; Rasa's routes are Rasa's (docs/compatibility.md).
    transform: ({ schema, url }) => ({ schema: url.startsWith('/api/') && url !== '/api/openapi.json' ? schema : { ...schema, hide: true }, url }),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
