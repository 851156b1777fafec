import { describe, expect, it } from 'vitest';
import { providerMeaning, splitForFacts } from './body-sections';

describe('splitForFacts', () => {
  it.each([
    ['steps then why', '## What to do\n\n1. Step.\n\n## Why this happens\n\nCause.\n', { steps: '## What to do\n\n1. Step.\n\n', preamble: '', rest: '## Why this happens\n\nCause.\n' }],
    ['provider meaning stays with the steps', "## What to do\n\n1. Step.\n\n## Gmail's meaning versus the standard\n\nG.\n\n## Why this happens\n\nC.\n",
      { steps: "## What to do\n\n1. Step.\n\n## Gmail's meaning versus the standard\n\nG.\n\n", preamble: '', rest: '## Why this happens\n\nC.\n' }],
    ['no steps: everything leads', '## Before you start\n\nText.\n', { steps: '## Before you start\n\nText.\n', preamble: '', rest: '' }],
    ['a note before the steps moves below them', '<Callout kind="note">Registry.</Callout>\n\n## What to do\n\n1. Step.\n',
      { steps: '## What to do\n\n1. Step.\n', preamble: '<Callout kind="note">Registry.</Callout>\n\n', rest: '' }],
  ])('%s', (_name, body, expected) => {
    expect(splitForFacts(body)).toEqual(expected);
  });
});

describe('providerMeaning', () => {
  it.each([
    ["## Gmail's meaning versus the standard\n", 'Gmail'],
    ['## Why this happens\n', undefined],
  ])('%j → %s', (body, expected) => {
    expect(providerMeaning(body)).toBe(expected);
  });
});
