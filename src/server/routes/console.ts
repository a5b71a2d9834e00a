// GET /console: the staff's web console, static files read once at start (no inline scripts or styles, so a
// strict Content-Security-Policy holds). The pages are public; their data comes from /console/api, which needs
// a signed-in staff member.
import { readdirSync, readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply } from 'fastify';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const DIR = new URL('../console/', import.meta.url);

/** The console's files by name; empty when they are not beside the code (a build that copied only modules). */
function readAll(): Map<string, string> {
  const files = new Map<string, string>();
  try {
    for (const name of readdirSync(DIR)) files.set(name, readFileSync(new URL(name, DIR), 'utf8'));
  } catch {
    // the 404 below says what is missing
  }
  return files;
}

export function consoleRoutes() {
  const files = readAll();
  return async (app: FastifyInstance): Promise<void> => {
    const missing = (reply: FastifyReply) => reply.code(404).send({ error: 'the console files are not installed with this build (src/server/console/)' });
    app.get('/console', async (_request, reply) => {
      const page = files.get('index.html');
      return page === undefined ? missing(reply) : reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page);
    });
    for (const [name, body] of files) {
      const type = TYPES[name.slice(name.lastIndexOf('.'))];
      if (!type) continue;
      app.get(`/console/${name}`, async (_request, reply) => reply.type(type).header('cache-control', 'no-cache').send(body));
    }
  };
}
