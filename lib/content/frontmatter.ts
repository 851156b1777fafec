import { parse as parseYaml } from 'yaml';

/** Splits an MDX file into its YAML frontmatter (parsed) and body. Throws a plain message on bad YAML. */
export function splitFrontmatter(text: string): { data: unknown; body: string; bodyLine: number } {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(normalized);
  if (!match) throw new Error('frontmatter: the file must start with a --- YAML block ---');
  const yamlText = match[1] ?? '';
  let data: unknown;
  try {
    data = parseYaml(yamlText, { schema: 'core' });
  } catch (err) {
    throw new Error(`frontmatter: invalid YAML (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  }
  const bodyLine = yamlText.split('\n').length + 3;
  return { data, body: normalized.slice(match[0].length), bodyLine };
}
