/**
 * Words for search: lower-case tokens with a light stemmer, the same for the index and the query, so
 * "recipients", "Recipient" and "recipient's" meet. Also a bounded edit distance for typo tolerance.
 */

/** Words that carry no meaning in a search; "not" and "no" stay ("does not exist", "no such user"). */
const STOP = new Set(
  'a an the to of in on at by for from with and or is are was were be been it its this that these those i me my we our you your can could do does did how what why when which who will would should has have had as if so into there here their they them please'.split(' '),
);

const STEMS = new Map<string, string>();

/** Drops a common English ending so inflections meet; applied alike to index and query. */
export function stem(word: string): string {
  let out = STEMS.get(word);
  if (out === undefined) {
    out = stemUncached(word);
    if (STEMS.size < 50_000) STEMS.set(word, out);
  }
  return out;
}

function stemUncached(word: string): string {
  let w = word;
  const n = w.length;
  if (n > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (n > 5 && w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (n > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (n > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (n > 4 && w.endsWith('es') && (w.endsWith('sses') || w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes'))) w = w.slice(0, -2);
  else if (n > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const WORD = /[A-Za-z0-9']+/g;
const CAMEL = /[a-z][A-Z]/;

/** Raw words of a text: camelCase split apart (with the whole word kept), digits kept with letters ("tss04"). */
export function words(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let raw = m[0];
    if (raw.charCodeAt(0) === 39 || raw.charCodeAt(raw.length - 1) === 39) raw = raw.replace(/^'+|'+$/g, '');
    if (!raw) continue;
    out.push(raw.toLowerCase());
    if (CAMEL.test(raw)) for (const p of raw.split(/(?<=[a-z])(?=[A-Z])/)) out.push(p.toLowerCase());
  }
  return out;
}

/** Search tokens: stop words dropped, stemmed. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const word = w.includes("'") ? w.replace(/'/g, '') : w;
    if (word.length < 2 || STOP.has(w) || STOP.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

const ROWS = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/** A tokenize that remembers its answers: index building sees the same messages and keywords many times. */
export function cachedTokenizer(): (text: string) => string[] {
  const memo = new Map<string, string[]>();
  return (text) => {
    let out = memo.get(text);
    if (!out) memo.set(text, (out = tokenize(text)));
    return out;
  };
}

/** Edit distance (with transpositions) between a and b, or max + 1 as soon as it must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length >= 63 || b.length >= 63) return a === b ? 0 : max + 1;
  let [prev2, prev, cur] = ROWS;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length] ?? max + 1;
}

/** How many typos a word of this length may carry and still match. */
export function typoBudget(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}
