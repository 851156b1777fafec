/**
 * Words for search: lower-case tokens with a light stemmer, the same for the index and the query, so
 * "recipients", "Recipient" and "recipient's" meet. Also a bounded edit distance for typo tolerance.
 */

/** Words that carry no meaning in a search; "not" and "no" stay ("does not exist", "no such user"). */
const STOP = new Set(
  'a an the to of in on at by for from with and or is are was were be been it its this that these those i me my we our you your can could do does did how what why when which who will would should has have had as if so into there here their they them please'.split(' '),
);

const STEMS = new Map<string, string>();

/**
 * Words the suffix rules cannot bring together: irregular past forms, negations, and "email", which pages and
 * people use interchangeably with "mail" ("a bounce for an email I never sent" ↔ "Bounces for mail you never sent").
 */
const IRREGULAR: Readonly<Record<string, string>> = {
  email: 'mail', emails: 'mail', emailed: 'mail', emailing: 'mail', sent: 'send', got: 'get', gotten: 'get', wrote: 'writ', written: 'writ',
  went: 'go', gone: 'go',
  // Negations, one word for all ("bounces I didn't send" ↔ "mail you never sent"); "not" is no stop word.
  never: 'not', didnt: 'not', dont: 'not', doesnt: 'not', cant: 'not', cannot: 'not', wont: 'not', isnt: 'not', arent: 'not', wasnt: 'not',
  couldnt: 'not', havent: 'not', hasnt: 'not', took: 'take', taken: 'take', gave: 'give', given: 'give', came: 'come', held: 'hold', kept: 'keep',
};

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
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
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

const SPLIT = /[^A-Za-z0-9']+/;
const CAMEL = /[a-z][A-Z]/;
/** Raw word → its search tokens, remembered: a corpus repeats a few thousand words many times. */
const WORD_TOKENS = new Map<string, readonly string[]>();
const NONE: readonly string[] = [];

/** Raw words of a text: camelCase split apart (with the whole word kept), digits kept with letters ("tss04"). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(SPLIT)) {
    const raw = trimQuotes(part);
    if (!raw) continue;
    out.push(raw.toLowerCase());
    if (CAMEL.test(raw)) for (const p of raw.split(/(?<=[a-z])(?=[A-Z])/)) out.push(p.toLowerCase());
  }
  return out;
}

function trimQuotes(raw: string): string {
  return raw.charCodeAt(0) === 39 || raw.charCodeAt(raw.length - 1) === 39 ? raw.replace(/^'+|'+$/g, '') : raw;
}

/** The raw words of a text as one native split gives them (may hold empty strings and quotes). */
export function rawWords(text: string): string[] {
  return text.split(SPLIT);
}

/** The search tokens of one raw word from rawWords (stop words dropped, stemmed), remembered. */
export function wordTokens(part: string): readonly string[] {
  let out = WORD_TOKENS.get(part);
  if (out === undefined) {
    const list: string[] = [];
    for (const w of words(part)) {
      const word = w.includes("'") ? w.replace(/'/g, '') : w;
      if (word.length < 2 || STOP.has(w) || STOP.has(word)) continue;
      list.push(stem(word));
    }
    out = list.length ? list : NONE;
    if (WORD_TOKENS.size < 50_000) WORD_TOKENS.set(part, out);
  }
  return out;
}

/** "log in", "logged on", "sign in", "log-in": one word, as pages write "login" ("SMTP login required"). */
const LOG_IN = /\b(?:log|sign)(?:s|ged|ging|ed|ing)?[\s-]+(?:in|on)\b/gi;

/** Search tokens: stop words dropped, stemmed. One native split, then one remembered look-up per word. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const joined = /\b(?:log|sign)/i.test(text) ? text.replace(LOG_IN, ' login ') : text;
  for (const part of rawWords(joined)) {
    if (!part) continue;
    const toks = wordTokens(part);
    if (toks.length === 1) out.push(toks[0] ?? '');
    else for (const t of toks) out.push(t);
  }
  return out;
}

const ROWS = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

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
