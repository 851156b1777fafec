/** A pasted body without headers counts as a bounce when it carries a code and words any reason rule reads. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

describe('body-only pastes', () => {
  it.each([
    ['paraphrased unknown mailbox, read by a concept rule', 'Your message to bob@example.org was refused.\n550 The recipient you addressed is not known here\n', 'failed', 'userunknown'],
    ['paraphrased size refusal', 'Sending to carol@example.net failed:\n552 Your email is larger than the 20 MB this server accepts\n', 'failed', 'mesgtoobig'],
    ['a code in ordinary prose is not a bounce', 'Our meeting is in room 550 at 10:00, see you there.\n', 'not-a-bounce', null],
  ] as const)('%s', async (_name, text, kind, reason) => {
    const { results } = await analyze(text);
    expect(results[0]).toMatchObject({ kind, reason });
  });
});
