/**
 * "You never sent this": whether the returned original shows that it never left through the host's outbound
 * servers, so the bounce answers a message someone else forged with the customer's address. Both signs must be
 * there, read from the original's own headers: no Received hop names a server of the host (the first hop is
 * foreign), and the Message-ID's domain is not the sender's (nor the host's). Without the original's Received
 * headers, or when a server of the host took part in the report, nothing is said: a bounce of mail the customer
 * really sent must never be called backscatter.
 */
import { findAddresses } from '../find/addresses';
import { fieldValue, type Field } from '../read/header-block';
import { isOwnServer, type HostServers } from './own-server';

export interface Backscatter {
  why: string[];
}

/** Host names a Received field names: after "from", inside its parentheses, and after "by". */
function hopHosts(received: string): string[] {
  const names = received.match(/\b(?:from|by|helo=?|ehlo=?)\s*[(\[]?([A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,})/gi) ?? [];
  const inParens = received.match(/\(([A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,})[\s)[]/g) ?? [];
  return [...names, ...inParens].map((m) => m.replace(/^(?:from|by|helo=?|ehlo=?)?\s*[(\[]?/i, '').replace(/[\s)[]+$/, '').toLowerCase());
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** One domain is the other or a subdomain of it (mail.example.com and example.com). */
function related(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

function messageIdDomain(fields: readonly Field[]): string {
  const id = fieldValue(fields, 'message-id');
  const at = id.lastIndexOf('@');
  return at === -1 ? '' : id.slice(at + 1).replace(/[>\s].*$/, '').toLowerCase();
}

/** `ourServerReported`: a server of the host refused or reported (then the mail did go through the host). */
export function detectBackscatter(original: readonly Field[], servers: HostServers | undefined, ourServerReported: boolean): Backscatter | null {
  if (!servers || ourServerReported) return null;
  const received = original.filter((f) => f.name === 'received').map((f) => f.value);
  const sender = findAddresses(fieldValue(original, 'from'), 1)[0]?.address ?? '';
  if (received.length === 0 || !sender) return null;
  const hosts = received.flatMap(hopHosts);
  if (hosts.some((h) => isOwnServer(h, servers))) return null;
  const idDomain = messageIdDomain(original);
  const senderDomain = domainOf(sender);
  if (!idDomain || related(idDomain, senderDomain) || isOwnServer(idDomain, servers)) return null;
  const first = received[received.length - 1] ?? '';
  const firstHost = hopHosts(first)[0] ?? 'an unnamed host';
  return {
    why: [
      `The returned message's first Received hop (${firstHost}) is not one of the host's outbound servers, and no hop names a server of the host.`,
      `Its Message-ID domain (${idDomain}) is not the sender's domain (${senderDomain}).`,
    ],
  };
}
