/** The name of the server that refused, as plain-text reports write it ("host mx.example.net[192.0.2.1] said"). */
const PATTERNS = [
  /\bhost\s+([A-Za-z0-9][A-Za-z0-9.-]{0,250}\.[A-Za-z]{2,})\.?\s*\[/,
  /\bremote host\s+([A-Za-z0-9][A-Za-z0-9.-]{0,250}\.[A-Za-z]{2,})/i,
  /\bby\s+([A-Za-z0-9][A-Za-z0-9.-]{0,250}\.[A-Za-z]{2,})\.?\s*\[\d/,
  /\bhost\s+([A-Za-z0-9][A-Za-z0-9.-]{0,250}\.[A-Za-z]{2,})\s+said\b/i,
  /\b([A-Za-z0-9][A-Za-z0-9.-]{0,250}\.[A-Za-z]{2,})\s+(?:said|says):/,
  /\bconnect to\s+([A-Za-z0-9][A-Za-z0-9.-]{0,250}\.[A-Za-z]{2,})\s*\[/,
];

export function remoteMtaIn(text: string): string {
  const slice = text.length > 8192 ? text.slice(0, 8192) : text;
  for (const p of PATTERNS) {
    const m = p.exec(slice);
    if (m?.[1]) return m[1].toLowerCase();
  }
  return '';
}
