/**
 * Search from the command line, over content/ directly (no build needed; the index is cached by the launcher,
 * scripts/cli/launch/). Prints results only.
 *   npm run --silent search -- "550 5.1.1"         top results for people: url, title, why
 *   npm run --silent search -- --jsonl FILE         one {"q", "results"} line per {"q"} line of FILE
 *   options: --limit N (default 5 for people, 10 for --jsonl)
 */
import './closed-pipe';
import { readFileSync } from 'node:fs';
import { search, type SearchResult } from '../../lib/classifier/search/rank';
import { loadCliSearchIndex } from './content-cache';

function why(r: SearchResult): string {
  const parts = [];
  if (r.why.codes.length) parts.push(`code ${r.why.codes.join(', ')}`);
  if (r.why.phrase) parts.push(`phrase "${r.why.phrase}"${r.why.ruleId ? ` (rule ${r.why.ruleId})` : ''}`);
  return parts.length ? parts.join('; ') : 'text';
}

function queriesFrom(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      const v: unknown = JSON.parse(line);
      if (typeof v !== 'object' || v === null || !('q' in v) || typeof v.q !== 'string') throw new Error(`${file}:${i + 1}: expected {"q": "..."}`);
      return v.q;
    });
}

async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const take = (flag: string) => {
    const i = args.indexOf(flag);
    return i < 0 ? undefined : args.splice(i, 2)[1];
  };
  const jsonl = take('--jsonl');
  const limitArg = take('--limit');
  const index = await loadCliSearchIndex();
  if (jsonl !== undefined) {
    const limit = Math.min(10, Number(limitArg ?? 10));
    for (const q of queriesFrom(jsonl)) {
      process.stdout.write(`${JSON.stringify({ q, results: search(index, q, { limit }).map((r) => r.url) })}\n`);
    }
    return 0;
  }
  const query = args.join(' ').trim();
  if (!query) {
    process.stderr.write('usage: npm run --silent search -- "550 5.1.1"  |  --jsonl FILE  [--limit N]\n');
    return 2;
  }
  const results = search(index, query, { limit: Number(limitArg ?? 5) });
  if (results.length === 0) process.stderr.write('no results\n');
  results.forEach((r, i) => process.stdout.write(`${i + 1}. ${r.url}  ${r.title}\n   why: ${why(r)}\n`));
  return 0;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
