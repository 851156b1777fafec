/** The provider rule that decides a refusal, when the refusing or reporting server is a known provider's. */
import type { ReasonId } from '../../reasons';
import { HOST_PROVIDERS, type HostProvider } from './rhost-rules';

export interface HostVerdict {
  reason: ReasonId;
  ruleId: string;
  matched: string;
}

function providerOf(hosts: readonly string[]): HostProvider | null {
  for (const raw of hosts) {
    const host = raw.trim().toLowerCase().replace(/[.\]]+$/, '').split(/[\s(\[]/, 1)[0] ?? '';
    if (!host) continue;
    const found = HOST_PROVIDERS.find((p) => p.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
    if (found) return found;
  }
  return null;
}

export function hostReason(hosts: readonly string[], diagnostic: string, status: string): HostVerdict | null {
  const provider = providerOf(hosts);
  if (!provider || !diagnostic) return null;
  const byStatus = provider.statuses?.[status];
  if (byStatus) return { reason: byStatus, ruleId: `rhost:${provider.id}/status-${status}`, matched: '' };
  const code = provider.codes?.pattern.exec(diagnostic)?.[1];
  const byCode = code ? provider.codes?.reasons[code] : undefined;
  if (code && byCode) return { reason: byCode, ruleId: `rhost:${provider.id}/code-${code}`, matched: code };
  const text = diagnostic.toLowerCase().replace(/\s+/g, ' ');
  for (const rule of provider.rules) {
    const phrase = rule.phrases.find((p) => text.includes(p));
    if (phrase) return { reason: rule.reason, ruleId: `rhost:${provider.id}/${rule.id}`, matched: phrase };
  }
  return null;
}
