import { hostConfigSchema, type HostConfig } from './schema';

/** Validates a host configuration once, at import, and says which field is wrong. */
export function defineHost(input: HostConfig): HostConfig {
  const parsed = hostConfigSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `host.config.ts: ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid host configuration\n${issues.join('\n')}`);
  }
  return parsed.data;
}
