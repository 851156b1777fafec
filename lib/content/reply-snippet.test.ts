import { describe, expect, it } from 'vitest';
import { customerSnippets, plain, whatToDoSteps } from './reply-snippet';

const BODY = `## What to do

1. **Check the address.** Look at it
   letter by letter, see [5.1.1](/codes/5.1.1/).
2. Log in to <Host value="webmailUrl" /> and open \`Settings\`.

## Why this happens

1. Not a step.
`;
const VALUES = { webmailUrl: 'https://webmail.example' };

describe('customer reply snippets', () => {
  it('takes only the numbered steps of "What to do", joined and in plain words', () => {
    expect(whatToDoSteps(BODY, VALUES)).toEqual([
      'Check the address. Look at it letter by letter, see 5.1.1.',
      'Log in to https://webmail.example and open Settings.',
    ]);
  });

  it.each([
    ['**bold** and _em_', 'bold and em'],
    ['a [link](/x/) here', 'a link here'],
    ['code `550` here', 'code 550 here'],
    ['<Callout kind="note">text</Callout>', 'text'],
  ])('plain(%s)', (input, expected) => {
    expect(plain(input, {})).toBe(expected);
  });

  it('builds plain-text and Markdown replies with the canonical link', () => {
    const s = customerSnippets({ title: 'T', summary: 'S.', body: BODY, url: '/codes/550/' }, VALUES, 'https://help.example');
    expect(s.text).toContain('What to do:\n1. Check the address.');
    expect(s.text).toMatch(/Full explanation: https:\/\/help\.example\/codes\/550\/$/);
    expect(s.markdown).toContain('[Full explanation](https://help.example/codes/550/)');
  });

  it('shows placeholders as visible tokens, never as raw braces', () => {
    const s = customerSnippets({ title: 'Messages from {ip} deferred', summary: 'Mail from {ip} was deferred.', body: BODY, url: '/errors/x/' }, VALUES, 'https://help.example');
    expect(s.text).toContain('Mail from [IP address] was deferred.');
    expect(s.markdown).toContain('**Messages from [IP address] deferred**');
    expect(`${s.text}${s.markdown}`).not.toContain('{ip}');
  });
});
