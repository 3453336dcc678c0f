/**
 * A tiny static file server for browser tests and benchmarks: serves a folder under a sub-path (to prove the
 * build works below any path), optionally with a Content-Security-Policy header, and records every request so a
 * test can assert that nothing else was asked for. Loopback only.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export interface StaticServerOptions {
  /** Folder to serve. */
  root: string;
  /** URL prefix the folder appears under, e.g. `/intranet/lagebild/`. Default `/`. */
  base?: string;
  /** Value of the Content-Security-Policy header, if any. */
  csp?: string;
  /** Port; 0 = any free port. */
  port?: number;
}

export interface StaticServer {
  url: string;
  port: number;
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export async function startStaticServer(opts: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(opts.root);
  const base = (opts.base ?? '/').replace(/\/?$/, '/');
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('not under base');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const path = normalize(join(root, rel));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const s = await stat(path);
      if (!s.isFile()) throw new Error('not a file');
      const body = await readFile(path);
      const headers: Record<string, string> = {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
      if (opts.csp) headers['content-security-policy'] = opts.csp;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(opts.port ?? 0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    port,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
