/**
 * The SMTP command the remote server was answering when it refused: "(in reply to end of DATA command)",
 * "SMTP error from remote mail server after RCPT TO:", "did not like our RCPT TO:", "SMTP:RCPT host",
 * "[RCPT_TO]", or a session transcript (">>> RCPT TO:<…>" then "<<< 550 …"). A refusal after DATA means the
 * address was accepted and the message then filtered.
 */
export const SMTP_COMMANDS = ['CONN', 'HELO', 'MAIL', 'RCPT', 'DATA'] as const;
export type SmtpCommand = (typeof SMTP_COMMANDS)[number];

const PATTERNS: readonly RegExp[] = [
  /in reply to (?:the )?(end of data|data|rcpt to|mail from|helo|ehlo|starttls)\b/i,
  /after (end of data|data|rcpt(?: to)?|mail(?: from)?|helo|ehlo|initial connection|connect)\b/i,
  /did not like our (rcpt to|mail from|data|helo|ehlo)\b/i,
  /while (?:talking|sending) (?:to [^:]{1,100}:?\s*)?>>>\s*(rcpt to|mail from|data|helo|ehlo)\b/i,
  /for (text|data|rcpt|mail) command\b/i,
  /\bsmtp:(rcpt|mail|data|helo|ehlo)\b/i,
  /\[(rcpt_to|mail_from|data)\]/i,
  /most progress was (rcpt to|mail from|data|helo|ehlo)\b/i,
  // a report with a heading for the command (m-FILTER: "-------SMTP command" then "DATA")
  /-{3,}\s*smtp command\s*-*\s+(rcpt to|mail from|data|helo|ehlo)\b/i,
];

function normalize(word: string): SmtpCommand | null {
  const w = word.toLowerCase();
  if (w.includes('data') || w === 'text') return 'DATA';
  if (w.startsWith('rcpt')) return 'RCPT';
  if (w.startsWith('mail')) return 'MAIL';
  if (w === 'helo' || w === 'ehlo' || w === 'starttls') return 'HELO';
  if (w === 'initial connection' || w === 'connect') return 'CONN';
  return null;
}

const SENT = />>>\s*(rcpt to|mail from|data|helo|ehlo)\b/gi;
const REFUSED = /<<<\s*[45]\d\d\b/;

/** A transcript's answer: the last command sent before the first refusal. */
function fromTranscript(text: string): SmtpCommand | null {
  const refused = REFUSED.exec(text);
  if (!refused) return null;
  let last: string | null = null;
  for (const m of text.slice(0, refused.index).matchAll(SENT)) last = m[1] ?? null;
  return last ? normalize(last) : null;
}

export function smtpCommandIn(texts: readonly string[]): SmtpCommand | null {
  for (const text of texts) {
    const t = (text.length > 16384 ? text.slice(0, 16384) : text).replace(/\s+/g, ' ');
    for (const p of PATTERNS) {
      const m = p.exec(t);
      const c = m?.[1] ? normalize(m[1]) : null;
      if (c) return c;
    }
    const c = t.includes('<<<') ? fromTranscript(t) : null;
    if (c) return c;
  }
  return null;
}
