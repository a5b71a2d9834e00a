// A local stand-in for a release host: serves model archives the test generates, honours HTTP Range like
// GitHub's CDN, and can misbehave on purpose — drop the connection halfway through the first download, or
// serve a corrupted copy.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** A .tar.bz2 holding one folder with the files a sherpa-onnx model folder has. */
export function makeArchive(dir: string, folder: string, files: Record<string, string | Buffer>): Buffer {
  const root = join(dir, 'src', folder);
  mkdirSync(root, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content);
  const archive = join(dir, `${folder}.tar.bz2`);
  execFileSync('tar', ['-cjf', archive, '-C', join(dir, 'src'), folder]);
  return readFileSync(archive);
}

export interface ArchiveServer {
  url: string;
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** Paths: /good/<file>, /drop/<file> (first response cut off halfway), /corrupt/<file> (one byte flipped). */
export async function serveArchives(files: Record<string, Buffer>): Promise<ArchiveServer> {
  const requests: ArchiveServer['requests'] = [];
  const dropped = new Set<string>();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const [, mode, name] = path.split('/');
    const body = files[name ?? ''];
    if (!body) return void res.writeHead(404).end('not found');
    let data = body;
    if (mode === 'corrupt') {
      data = Buffer.from(body);
      data[data.length >> 1] = (data[data.length >> 1]! + 1) % 256;
    }
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const from = range ? Number(range[1]) : 0;
    if (from >= data.length) return void res.writeHead(416).end();
    const slice = data.subarray(from);
    res.writeHead(range ? 206 : 200, {
      'content-length': String(slice.length),
      'content-type': 'application/x-bzip2',
      ...(range ? { 'content-range': `bytes ${from}-${data.length - 1}/${data.length}` } : {}),
    });
    if (mode === 'drop' && !dropped.has(name!)) {
      dropped.add(name!);
      res.write(slice.subarray(0, slice.length >> 1), () => setTimeout(() => res.socket?.destroy(), 20));
      return;
    }
    res.end(slice);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
