/** The inputs the analyze command names: files, folders (every regular file below, sorted) or "-" for stdin. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface InputFile {
  /** PATH as given, joined with the file's path below it ("-" for standard input). */
  name: string;
  /** The file to read, null for standard input (which only the main thread reads). */
  path: string | null;
  read: () => Uint8Array;
}

function walk(dir: string, shown: string, out: InputFile[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    const name = join(shown, e.name);
    if (e.isDirectory()) walk(path, name, out);
    else if (e.isFile()) out.push({ name, path, read: () => readFileSync(path) });
    else if (e.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile()) out.push({ name, path, read: () => readFileSync(path) });
  }
}

export function listInputs(paths: readonly string[]): InputFile[] {
  const out: InputFile[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push({ name: '-', path: null, read: () => readFileSync(0) });
      continue;
    }
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) throw new Error(`${p}: no such file or folder`);
    if (st.isDirectory()) walk(p, p, out);
    else out.push({ name: p, path: p, read: () => readFileSync(p) });
  }
  return out;
}
