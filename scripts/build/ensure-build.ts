/** Used by `npm start`: builds the site when out/ is missing or older than the sources, then returns. */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const stamp = join(root, 'out', '.build-stamp');
const SOURCES = ['app', 'components', 'content', 'lib', 'public', 'host.config.ts', 'next.config.ts', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newest(join(path, f))), s.mtimeMs);
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const changed = Math.max(...SOURCES.map((s) => newest(join(root, s))));
if (built === 0 || changed > built) {
  console.log(built === 0 ? 'No build found: building the site (about a minute)…' : 'Sources changed: rebuilding the site…');
  execSync('npm run build', { stdio: 'inherit' });
}
console.log('Serving out/ on http://127.0.0.1:3000');
