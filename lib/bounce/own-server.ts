/** Whether a server name belongs to the host itself (from the host config's `servers`). */
import type { HostConfig } from '../host/schema';

export type HostServers = HostConfig['servers'];

function bareHost(name: string): string {
  return name.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '').split(/[\s\[(]/, 1)[0] ?? '';
}

export function isOwnServer(name: string, servers: HostServers | undefined): boolean {
  if (!servers || !name) return false;
  const host = bareHost(name);
  if (!host) return false;
  if ([...servers.inbound, ...servers.outbound].some((s) => s.toLowerCase() === host)) return true;
  return servers.domains.some((d) => host === d.toLowerCase() || host.endsWith(`.${d.toLowerCase()}`));
}
