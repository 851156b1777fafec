import { STATUS_REGISTRY } from './status-registry';
import { REPLY_CODES } from './reply-codes';

/** What each subject (middle digit) of an enhanced status code is about. */
export const SUBJECTS: Record<string, string> = {
  '0': 'other or undefined status',
  '1': 'addressing: the sender or recipient address',
  '2': 'the recipient mailbox',
  '3': 'the receiving mail system',
  '4': 'network and routing',
  '5': 'the SMTP conversation itself',
  '6': 'message content or encoding',
  '7': 'security or policy',
};

/** The registry entry for an enhanced code such as "5.1.1" (looked up as X.1.1), if it is registered. */
export function registryEntry(code: string) {
  const key = code.replace(/^[245]/, 'X');
  return STATUS_REGISTRY.find((r) => r.code === key);
}

/** What is known about a three-digit reply code, if it is in our table. */
export function replyCodeEntry(code: string) {
  return REPLY_CODES.find((r) => r.code === code);
}

/** The meaning of a reply code's first two digits under RFC 5321. */
export function replyDigits(code: string): { first: string; second: string } {
  const first: Record<string, string> = {
    '1': 'not used by SMTP',
    '2': 'success',
    '3': 'so far so good: the server waits for more',
    '4': 'temporary failure: try again later',
    '5': 'permanent failure: do not repeat unchanged',
  };
  const second: Record<string, string> = {
    '0': 'syntax',
    '1': 'information',
    '2': 'the connection',
    '3': 'unassigned (used by extensions such as AUTH)',
    '4': 'unassigned',
    '5': 'the mail system',
  };
  return { first: first[code.charAt(0)] ?? 'unknown', second: second[code.charAt(1)] ?? 'unassigned' };
}
