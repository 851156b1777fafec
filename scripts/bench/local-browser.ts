/** Shared by the browser benchmarks and check:quality: Debian's Chromium with this machine's flags, and out/ served locally. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Headless and quiet: the machine reaches no network beyond the package registries. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Serves out/ with http-server on 127.0.0.1 and resolves once it answers; `stop` ends it. */
export async function serveOut(port: number, root = process.cwd()): Promise<{ base: string; stop: () => void }> {
  const bin = join(root, 'node_modules', '.bin', 'http-server');
  const child: ChildProcess = spawn(bin, [join(root, 'out'), '-a', '127.0.0.1', '-p', String(port), '-g', '-c-1', '--silent'], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${base}/`).then((r) => r.ok, () => false)) return { base, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`the static server did not answer at ${base}`);
}
