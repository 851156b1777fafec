/**
 * Which language a report's human text is in: scripts first (Japanese, Chinese, Russian), then the share of each
 * Latin-script language's marker words. English, or too little text to tell, gives null.
 */
import { LATIN_LANGUAGES, MIN_LATIN_HITS, SCRIPT_LANGUAGES } from './markers';

export interface Language {
  code: string;
  name: string;
}

const MAX_CHARS = 16384;

/** Header fields ("Received: from …") and server replies ("550 5.1.1 …") are machine text, often English. */
const HEADER_LINE =
  /^(?:received|from|to|cc|bcc|subject|date|message-id|reply-to|return-path|sender|delivered-to|references|in-reply-to|mime-version|content-[\w-]+|x-[\w-]+|dkim-signature|arc-[\w-]+|authentication-results|thread-[\w-]+|list-[\w-]+|precedence|auto-submitted|importance|user-agent|reporting-mta|received-from-mta|arrival-date|final-recipient|original-recipient|action|status|remote-mta|diagnostic-code|last-attempt-date|will-retry-until):/i;
const REPLY_LINE = /(?:^|[\s'"#(])[245]\d\d[ -]|\b[245]\.\d{1,3}\.\d{1,3}\b/;

/** The human text of a report: without header fields, server replies, URLs and addresses. */
export function proseOnly(text: string): string {
  return text
    .split('\n')
    .filter((l) => !HEADER_LINE.test(l.trim()))
    // a server reply is often English inside a localized report: its words go, the report's words before it stay
    .map((l) => {
      const reply = REPLY_LINE.exec(l);
      return reply ? l.slice(0, reply.index) : l;
    })
    .join('\n')
    .replace(/https?:\/\/\S+|\S+@\S+/g, ' ');
}

/** Every script's characters are outside ASCII: an all-ASCII text is in none of them. */
const NON_ASCII = /[^\x00-\x7f]/;

function scriptLanguage(text: string): Language | null {
  if (!NON_ASCII.test(text)) return null;
  for (const s of SCRIPT_LANGUAGES) {
    const count = text.match(s.chars)?.length ?? 0;
    if (count >= s.min) return { code: s.code, name: s.name };
  }
  return null;
}

const ENGLISH = LATIN_LANGUAGES.findIndex((l) => l.code === 'en');

/** Each marker word → the languages (positions in LATIN_LANGUAGES) that list it, each once. */
const WORD_LANGUAGES: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  LATIN_LANGUAGES.forEach((lang, i) => {
    for (const w of new Set(lang.words)) map.set(w, [...(map.get(w) ?? []), i]);
  });
  return map;
})();

/** How many of the text's words are marker words of each Latin language (by position in LATIN_LANGUAGES). */
function hitCounts(text: string): number[] {
  const counts: number[] = LATIN_LANGUAGES.map(() => 0);
  for (const token of text.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    const langs = WORD_LANGUAGES.get(token);
    if (langs) for (const i of langs) counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** The language other than English with the most hits (the first listed on a tie), when it has enough and beats English. */
function latinLanguage(counts: readonly number[]): Language | null {
  let best = -1;
  counts.forEach((hits, i) => {
    if (i !== ENGLISH && (best < 0 || hits > (counts[best] ?? 0))) best = i;
  });
  const lang = LATIN_LANGUAGES[best];
  const hits = counts[best] ?? 0;
  if (!lang || hits < MIN_LATIN_HITS || hits <= (counts[ENGLISH] ?? 0)) return null;
  return { code: lang.code, name: lang.name };
}

export function detectLanguage(text: string): Language | null {
  const capped = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const prose = proseOnly(capped);
  const script = scriptLanguage(prose);
  if (script) return script;
  const counts = hitCounts(prose);
  const byProse = latinLanguage(counts);
  if (byProse || (counts[ENGLISH] ?? 0) >= MIN_LATIN_HITS) return byProse;
  // a short paste may have few words of its own: then the server's words (without codes and addresses) tell
  return latinLanguage(hitCounts(capped.replace(/\b[245]\d\d\b|\b[245]\.\d{1,3}\.\d{1,3}\b|\S+@\S+/g, ' ')));
}
