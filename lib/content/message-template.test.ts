import { describe, expect, it } from 'vitest';
import { exampleText, matchesTemplate, readableText, templateErrors, templateWords } from './message-template';

describe('templateErrors', () => {
  it.each([
    ['Messages from {ip} temporarily deferred', undefined],
    ['plain words only', undefined],
    ['Messages from {host} deferred', 'unknown placeholder {host}'],
    ['Messages from {ip deferred', 'never closed'],
    ['Messages from ip} deferred', 'stray "}"'],
    ['{ip} {domain}', 'literal words'],
  ])('%s', (text, problem) => {
    const error = templateErrors(text);
    if (problem === undefined) expect(error).toBeUndefined();
    else expect(error).toContain(problem);
  });
});

describe('matchesTemplate', () => {
  const gmail = 'Our system has detected an unusual rate of unsolicited mail originating from your IP address {ip}. To protect our users from spam';
  it.each([
    [gmail, '421-4.7.28 Our system has detected an unusual rate of\n421-4.7.28 unsolicited mail originating from your IP address 198.51.100.7. To protect our users from spam', true],
    [gmail, 'Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect', false],
    ['Client host [{ip}] blocked using {domain}', '554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org', true],
    ['Client host [{ip}] blocked using {domain}', 'Client host blocked', false],
    ['User unknown in virtual alias table', 'Recipient address rejected: USER UNKNOWN in virtual   alias table', true],
  ])('%s in %s: %s', (template, hay, want) => {
    expect(matchesTemplate(template, hay)).toBe(want);
  });

  it('refuses a placeholder that would stand for a whole page', () => {
    expect(matchesTemplate('from {ip} deferred', `from ${'x'.repeat(400)} deferred`)).toBe(false);
  });
});

describe('templateWords and exampleText', () => {
  it('drops placeholders for indexing and fills documentation values for reading', () => {
    const t = 'Client host [{ip}] blocked using {domain}';
    expect(templateWords(t)).toBe('Client host [ ] blocked using');
    expect(exampleText(t)).toBe('Client host [192.0.2.1] blocked using example.com');
  });
});

describe('readableText', () => {
  it.each([
    ['Messages from {ip} temporarily deferred', 'Messages from [IP address] temporarily deferred'],
    ['<{address}>: Recipient address rejected', '<[mail address]>: Recipient address rejected'],
    ['no placeholders at all', 'no placeholders at all'],
  ])('%s', (text, expected) => {
    expect(readableText(text)).toBe(expected);
  });
});
