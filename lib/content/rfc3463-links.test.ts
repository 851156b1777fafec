import { describe, expect, it } from 'vitest';
import { checkRfc3463Links, sectionOfSubject } from './rfc3463-links';

const ref = (label: string, section: string) => ({ label, url: `https://www.rfc-editor.org/rfc/rfc3463#section-${section}` });
const page = (statusCodes: string[], references: { label: string; url: string }[], body = '') => ({ file: 'codes/x.mdx', statusCodes, references, body });

describe('sectionOfSubject', () => {
  it.each([[0, '3.1'], [1, '3.2'], [3, '3.4'], [7, '3.8']])('X.%i.X is in section %s', (subject, section) => {
    expect(sectionOfSubject(subject)).toBe(section);
  });
});

describe('checkRfc3463Links', () => {
  it.each([
    ['the section of the page code', page(['5.1.1'], [ref('RFC 3463, section 3.2', '3.2')]), []],
    ['the section of the code the label names', page(['5.1.1'], [ref('RFC 3463, section 3.8 (X.7.1)', '3.8')]), []],
    ['a non-subject section', page(['5.1.1'], [ref('RFC 3463, section 2', '2')]), []],
    ['X.3.5 cited as section 3.5', page(['4.3.5'], [ref('RFC 3463, section 3.5: mail system status (X.3.5)', '3.5')]),
      ['content/codes/x.mdx: references.0: section 3.5 does not cover X.3.X (RFC 3463 section 3.4)']],
    ['a label and URL that disagree', page(['4.3.5'], [ref('RFC 3463, section 3.5', '3.4')]),
      ['content/codes/x.mdx: references.0: label says section 3.5 but the link goes to 3.4', 'content/codes/x.mdx: references.0: section 3.5 does not cover X.3.X (RFC 3463 section 3.4)']],
    ['a body link beside its code', page(['5.1.1'], [], 'See [the X.7.1 definition](https://www.rfc-editor.org/rfc/rfc3463#section-3.8).'), []],
    ['a body link to the wrong section', page(['5.1.1'], [], 'Code 5.7.1 is defined in [RFC 3463](https://www.rfc-editor.org/rfc/rfc3463#section-3.7).'),
      ['content/codes/x.mdx: body: link to RFC 3463 section 3.7 does not cover X.7.X (RFC 3463 section 3.8)']],
  ])('%s', (_name, a, expected) => {
    expect(checkRfc3463Links(a)).toEqual(expected);
  });
});
