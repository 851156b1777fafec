import type { WhoActs } from '../reasons';
import type { Frontmatter } from './schema';

/** Plain words for who has to act; `{host}` is replaced with the host's name. */
export const WHO_ACTS_TEXT: Record<WhoActs, { title: string; detail: string }> = {
  sender: { title: 'You, the sender', detail: 'Something about the address or the message you sent has to change.' },
  'sender-admin': {
    title: "The sender's mail administrator",
    detail: 'The people who run the sending mail server or domain (your IT team or email provider) have to fix it.',
  },
  recipient: { title: 'The recipient', detail: 'Only the person you wrote to can fix this; tell them another way.' },
  'recipient-admin': {
    title: "The recipient's mail administrator",
    detail: "The people who run the receiving mail server have to fix it; ask the recipient to pass this on.",
  },
  'host-support': { title: '{host} support', detail: 'This is on our side. Contact support with the full bounce.' },
  nobody: { title: 'Nobody, for now', detail: 'Nothing needs doing yet: the mail servers are still handling it.' },
};

export const KIND_TEXT: Record<Frontmatter['kind'], { singular: string; plural: string; path: string }> = {
  'reply-code': { singular: 'Reply code', plural: 'Reply codes', path: '/codes/' },
  'status-code': { singular: 'Enhanced status code', plural: 'Enhanced status codes', path: '/codes/' },
  error: { singular: 'Error message', plural: 'Error messages', path: '/errors/' },
  guide: { singular: 'Guide', plural: 'Guides', path: '/guides/' },
};
