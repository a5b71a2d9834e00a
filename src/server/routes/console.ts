// GET /console: the staff's web console, three static files read once at start. The page itself is public;
// what it shows comes from the /api routes, which need the bearer token the page asks for.
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply } from 'fastify';

const FILES = {
  'console.js': 'text/javascript; charset=utf-8',
  'console.css': 'text/css; charset=utf-8',
} as const;

/** undefined when the files are not beside the code (a build that copied only compiled modules). */
function read(name: string): string | undefined {
  try {
    return readFileSync(new URL(`../console/${name}`, import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

export function consoleRoutes() {
  const page = read('index.html');
  const assets = Object.fromEntries(Object.keys(FILES).map((name) => [name, read(name)]));
  return async (app: FastifyInstance): Promise<void> => {
    const serve = (body: string | undefined, type: string) => async (_request: unknown, reply: FastifyReply) =>
      body === undefined ? reply.code(404).send({ error: 'the console files are not installed with this build (src/server/console/)' }) : reply.type(type).header('cache-control', 'no-cache').send(body);
    app.get('/console', serve(page, 'text/html; charset=utf-8'));
    for (const [name, type] of Object.entries(FILES)) app.get(`/console/${name}`, serve(assets[name], type));
  };
}
