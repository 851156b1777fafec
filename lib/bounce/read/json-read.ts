/** Small readers for untrusted parsed JSON: each returns undefined (or an empty list) for anything unexpected. */

export function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : undefined;
}

export function field(obj: Record<string, unknown> | undefined, name: string): unknown {
  return obj && Object.hasOwn(obj, name) ? obj[name] : undefined;
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The items of an array that `read` accepts. */
export function list<T>(value: unknown, read: (item: unknown) => T | null | undefined): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const r = read(item);
    return r === null || r === undefined ? [] : [r];
  });
}
