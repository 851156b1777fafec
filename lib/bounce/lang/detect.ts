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

function scriptLanguage(text: string): Language | null {
  for (const s of SCRIPT_LANGUAGES) {
    const count = text.match(s.chars)?.length ?? 0;
    if (count >= s.min) return { code: s.code, name: s.name };
  }
  return null;
}

function hitCounts(text: string) {
  const tokens = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return LATIN_LANGUAGES.map((lang) => {
    const words = new Set(lang.words);
    return { lang, hits: tokens.filter((t) => words.has(t)).length };
  });
}

function englishHits(text: string): number {
  return hitCounts(text).find((c) => c.lang.code === 'en')?.hits ?? 0;
}

function latinLanguage(text: string): Language | null {
  const counts = hitCounts(text);
  const english = counts.find((c) => c.lang.code === 'en')?.hits ?? 0;
  const best = counts.filter((c) => c.lang.code !== 'en').sort((a, b) => b.hits - a.hits)[0];
  if (!best || best.hits < MIN_LATIN_HITS || best.hits <= english) return null;
  return { code: best.lang.code, name: best.lang.name };
}

export function detectLanguage(text: string): Language | null {
  const capped = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const prose = proseOnly(capped);
  // a short paste may have few words of its own: then the server's words (without codes and addresses) tell
  const all = capped.replace(/\b[245]\d\d\b|\b[245]\.\d{1,3}\.\d{1,3}\b|\S+@\S+/g, ' ');
  const byProse = scriptLanguage(prose) ?? latinLanguage(prose);
  if (byProse || englishHits(prose) >= MIN_LATIN_HITS) return byProse;
  return latinLanguage(all);
}
