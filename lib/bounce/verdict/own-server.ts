/** Whether a server name belongs to the host itself (from the host config's `servers`), and in which role. */
import type { HostConfig } from '../../host/schema';

export type HostServers = HostConfig['servers'];

function bareHost(name: string): string {
  return name.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '').split(/[\s\[(]/, 1)[0] ?? '';
}

function inList(host: string, list: readonly string[]): boolean {
  return list.some((s) => s.toLowerCase() === host);
}

export function isOwnServer(name: string, servers: HostServers | undefined): boolean {
  if (!servers || !name) return false;
  const host = bareHost(name);
  if (!host) return false;
  if (inList(host, [...servers.inbound, ...servers.outbound])) return true;
  return servers.domains.some((d) => host === d.toLowerCase() || host.endsWith(`.${d.toLowerCase()}`));
}

/**
 * The host's part in a failure: "inbound" when its own receiving server refused mail sent to a customer (the
 * refusing server is one of ours and not a listed outbound relay), "outbound" when its relay reports a failure
 * of mail a customer sent, null when no server of ours took part.
 */
export function ownRole(remoteMta: string, reportingMta: string, servers: HostServers | undefined): 'inbound' | 'outbound' | null {
  if (!servers) return null;
  const remote = bareHost(remoteMta);
  // the refusing server: the remote one, or the reporting one when it refused by itself (no remote named)
  const refusing = remote || bareHost(reportingMta);
  const ours = refusing !== '' && isOwnServer(refusing, servers) && !inList(refusing, servers.outbound);
  if (ours && (remote !== '' || inList(refusing, servers.inbound))) return 'inbound';
  if (isOwnServer(remoteMta, servers) || isOwnServer(reportingMta, servers)) return 'outbound';
  return null;
}
