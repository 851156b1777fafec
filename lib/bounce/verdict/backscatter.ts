/**
 * "You never sent this": whether the returned original shows that it never left through the host's outbound
 * servers, so the bounce answers a message someone else forged with the customer's address. Both signs must be
 * there, read from the original's own headers: no Received hop names a server of the host (the first hop is
 * foreign, and made by an end user's machine: no name of its own or a dynamic line's name), and the Message-ID's
 * domain is not the sender's (nor the host's). Signs of mail a real account or mail system sent rule it out: an
 * authenticated or local submission (esmtpsa, webmail over HTTP, MAPI, "from userid", localhost), a client with
 * a proper server name, or any DKIM signature. Without the
 * original's Received headers, or when a server of the host took part in the report, nothing is said: a bounce of
 * mail the customer really sent must never be called backscatter.
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

/** A first hop that a logged-in user or a local program made, not a machine connecting from outside. */
const SUBMITTED = /\bwith\s+(?:e?smtps?a|esmtpsam|asmtp|local|https?|mapi|lmtp)\b|authenticated|\bfrom userid\b|^from\s+(?:\S+\s+)?\(?(?:localhost|127\.0\.0\.1|\[127\.0\.0\.1\]|\[::1\])|\(via\b|\bvia\s+https?\b/i;

/**
 * A client that is an end user's machine talking straight to a mail server: no name of its own ("unknown", an IP
 * literal) or a name an access provider gives dynamic lines ("dynamic-203-0-113-45.broadband…", "dsl", "pool").
 */
const END_USER_NAME = /^(?:unknown|\[?[\d.:a-f]+\]?)$|(?:^|[.-])(?:dyn|dynamic|dsl|adsl|vdsl|cable|broadband|pool|dhcp|dialup|dial|ppp|cpe|customer|residential)(?:[.\d-]|$)|\d{1,3}[.-]\d{1,3}[.-]\d{1,3}[.-]\d{1,3}/i;

function fromEndUser(first: string): boolean {
  const m = /^from\s+(\S+)(?:\s+\(([^)]*)\))?/i.exec(first);
  if (!m) return false;
  const names = [m[1] ?? '', ...(m[2] ?? '').split(/\s+/).filter((w) => !/^(?:helo|ehlo)=/i.test(w))].map((n) => n.replace(/^[([]|[)\]]$/g, ''));
  return names.filter(Boolean).every((n) => END_USER_NAME.test(n));
}

/** The connecting client of a Received field: its name, else the name or address in the parentheses. */
function clientName(received: string): string {
  const m = /^from\s+(\S+)(?:\s+\(([^)]*)\))?/i.exec(received);
  const named = [m?.[1] ?? '', ...(m?.[2] ?? '').split(/\s+/)].map((n) => n.replace(/^[([]|[)\]]$/g, ''));
  return named.find((n) => /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(n)) ?? named.find((n) => /\d/.test(n)) ?? 'an unnamed host';
}

function dkimDomains(fields: readonly Field[]): string[] {
  return fields.filter((f) => f.name === 'dkim-signature').map((f) => /(?:^|;)\s*d=([^;\s]+)/i.exec(f.value)?.[1]?.toLowerCase() ?? '').filter(Boolean);
}

/** The organisation part of a host name: the last two labels, three under a short second level ("co.jp"). */
function orgDomain(host: string): string {
  const labels = host.toLowerCase().split('.').filter(Boolean);
  const keep = labels.length >= 3 && (labels[labels.length - 2] ?? '').length <= 3 && (labels[labels.length - 1] ?? '').length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The server that took the message in on its first hop ("… by mx.example.net with ESMTP"). */
function firstReceiver(first: string): string {
  return /\bby\s+([A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,})/i.exec(first)?.[1]?.toLowerCase() ?? '';
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

/**
 * `recipients`: the failed recipients; the forged message went straight from the end user's machine to their
 * domain's own mail server. `ourServerReported`: a server of the host refused or reported (then the mail did go
 * through the host).
 */
export function detectBackscatter(original: readonly Field[], servers: HostServers | undefined, ourServerReported: boolean, recipients: readonly string[]): Backscatter | null {
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
  if (!/^from\s/i.test(first) || SUBMITTED.test(first) || !fromEndUser(first)) return null;
  const receiver = firstReceiver(first);
  if (!receiver || !recipients.some((r) => orgDomain(domainOf(r)) === orgDomain(receiver))) return null;
  // a signed message comes from a real mail system; forgers of the customer's address cannot sign for it
  if (dkimDomains(original).length > 0) return null;
  const firstHost = clientName(first);
  return {
    why: [
      `The returned message's first Received hop came from ${firstHost}, an end user's machine, straight to the recipient's mail server ${receiver}; no hop names a server of the host.`,
      `Its Message-ID domain (${idDomain}) is not the sender's domain (${senderDomain}).`,
    ],
  };
}
