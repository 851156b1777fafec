/** The analyzer's reason guesses: shown when the cause is unclear or when the nearest known message decided. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { KnownMessage } from '../../classifier/reasons/known-messages';

const known: KnownMessage[] = [{ text: 'Mailbox {address} retired by the owner, forwarding ended', reason: 'suspend', source: '/errors/example-retired-mailbox/' }];
const paste = (line: string) => `Delivery to the following recipient failed permanently:\n\n     bob@example.org\n\n${line}\n`;

describe('reason guesses in results', () => {
  it('the nearest known message decides a line no rule names, and is listed as the guess', async () => {
    const { results } = await analyze(paste('550 The mailbox bob@example.org was retired by the owner'), { knownMessages: known });
    expect(results[0]).toMatchObject({ reason: 'suspend', evidence: { ruleId: 'nearest:/errors/example-retired-mailbox/' } });
    expect(results[0]?.reasonGuesses?.[0]).toMatchObject({ reason: 'suspend', message: known[0]?.text });
  });

  it('without that knowledge the same words stay unclear', async () => {
    const { results } = await analyze(paste('550 The mailbox bob@example.org was retired by the owner'), { knownMessages: [] });
    expect(results[0]?.reason).toBe('onhold');
  });

  it('a rule that decides leaves no guesses', async () => {
    const { results } = await analyze(paste('550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown'));
    expect(results[0]?.reasonGuesses).toBeUndefined();
  });
});
