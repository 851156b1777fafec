import type { Article } from './article';
import { HOST_TAG, HOST_TOKEN } from '../host/values';
import { readableText } from './message-template';

/** The numbered steps of an article's "What to do" section, as plain text with host values filled in. */
export function whatToDoSteps(body: string, hostValues: Record<string, string>): string[] {
  const section = /^## What to do\s*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(body)?.[1] ?? '';
  const steps: string[] = [];
  for (const line of section.split('\n')) {
    const item = /^(\d+)\.\s+(.*)$/.exec(line);
    if (item) steps.push(item[2] ?? '');
    else if (steps.length > 0 && /^\s{2,}\S/.test(line)) steps[steps.length - 1] += ` ${line.trim()}`;
  }
  return steps.map((s) => plain(s, hostValues));
}

/** Markdown and MDX inline markup reduced to plain words. */
export function plain(text: string, hostValues: Record<string, string>): string {
  return text
    .replace(HOST_TAG, (_, name: string) => hostValues[name] ?? name)
    .replace(HOST_TOKEN, (_, name: string) => hostValues[name] ?? name)
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|\W)[*_]([^*_]+)[*_](?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A reply an agent can paste into a ticket: the summary, the steps and the link, as plain text and as Markdown; placeholders as "[IP address]". */
export function customerSnippets(a: Pick<Article, 'title' | 'summary' | 'body' | 'url'>, hostValues: Record<string, string>, siteUrl: string) {
  const steps = whatToDoSteps(a.body, hostValues).map(readableText);
  const url = `${siteUrl}${a.url}`;
  const summary = readableText(a.summary);
  const text = [summary, '', ...(steps.length > 0 ? ['What to do:', ...steps.map((s, i) => `${i + 1}. ${s}`), ''] : []), `Full explanation: ${url}`].join('\n');
  const markdown = [
    `**${readableText(a.title)}**`,
    '',
    summary,
    '',
    ...(steps.length > 0 ? ['What to do:', '', ...steps.map((s, i) => `${i + 1}. ${s}`), ''] : []),
    `[Full explanation](${url})`,
  ].join('\n');
  return { text, markdown };
}
