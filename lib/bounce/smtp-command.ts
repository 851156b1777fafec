/**
 * The SMTP command the remote server was answering when it refused: "(in reply to end of DATA command)",
 * "SMTP error from remote mail server after RCPT TO:", ">>> DATA", "did not like our RCPT TO:".
 * A refusal after DATA means the address was accepted and the message then filtered. Sendmail's ">>> DATA"
 * transcript line is not read: with pipelining the refusal it shows may answer an earlier RCPT.
 */
export const SMTP_COMMANDS = ['CONN', 'HELO', 'MAIL', 'RCPT', 'DATA'] as const;
export type SmtpCommand = (typeof SMTP_COMMANDS)[number];

const PATTERNS: readonly RegExp[] = [
  /in reply to (?:the )?(end of data|data|rcpt to|mail from|helo|ehlo|starttls)\b/i,
  /after (end of data|data|rcpt to|mail from|helo|ehlo|initial connection|connect)\b/i,
  /did not like our (rcpt to|mail from|data|helo|ehlo)\b/i,
  /while (?:talking|sending) (?:to [^:]{1,100}:?\s*)?>>>\s*(rcpt to|mail from|data|helo|ehlo)\b/i,
  /for (text|data|rcpt|mail) command\b/i,
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

export function smtpCommandIn(texts: readonly string[]): SmtpCommand | null {
  for (const text of texts) {
    const t = (text.length > 16384 ? text.slice(0, 16384) : text).replace(/\s+/g, ' ');
    for (const p of PATTERNS) {
      const m = p.exec(t);
      const c = m?.[1] ? normalize(m[1]) : null;
      if (c) return c;
    }
  }
  return null;
}
