/**
 * RFC 3463 numbers its subject sections from 3.1: section 3.(S+1) covers the codes X.S.D, so 3.1 is "Other or
 * Undefined Status" (X.0.X), 3.2 addressing (X.1.X), 3.3 mailbox, 3.4 mail system (X.3.X), 3.5 network and routing,
 * 3.6 mail delivery protocol, 3.7 message content or media, 3.8 security or policy (X.7.X).
 */
import type { Frontmatter } from './schema';

/** The RFC 3463 section that defines subject digit `subject`. */
export const sectionOfSubject = (subject: number): string => `3.${subject + 1}`;

const SECTION_URL = /rfc3463(?:\.txt|\.html)?#section-(3\.\d+)\b/g;
const SECTION_WORDS = /(?:section|§)\s*(3\.\d+)\b/gi;
const CODE = /\b[245X]\.(\d{1,3})\.(?:\d{1,3}|X)\b/gi;

const subjectsIn = (text: string): number[] => [...text.matchAll(CODE)].map((m) => Number(m[1]));
const sectionsIn = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].map((m) => m[1] ?? '');

/** What is wrong with one citation: its sections against the subjects of the codes it may be citing. */
function mismatch(sections: string[], subjects: number[]): string | undefined {
  if (subjects.length === 0) return undefined;
  const allowed = new Set(subjects.map(sectionOfSubject));
  const wrong = sections.find((s) => !allowed.has(s));
  if (!wrong) return undefined;
  const want = [...allowed].join(' or ');
  return `section ${wrong} does not cover ${[...new Set(subjects)].map((s) => `X.${s}.X`).join(', ')} (RFC 3463 section ${want})`;
}

type Source = Pick<Frontmatter, 'statusCodes' | 'references'> & { body: string; file: string };

/**
 * Every RFC 3463 subject-section link (references and body) points at the section of the code it cites: a code
 * named in its label, link text or paragraph, otherwise one of the article's status codes. A reference's label and
 * URL must name the same section.
 */
export function checkRfc3463Links(a: Source): string[] {
  const where = `content/${a.file}`;
  const own = a.statusCodes.map((c) => Number(c.split('.')[1]));
  const errors: string[] = [];
  a.references.forEach((r, i) => {
    const inUrl = sectionsIn(r.url, SECTION_URL);
    if (!/rfc3463/i.test(r.url) || inUrl.length === 0) return;
    const inLabel = sectionsIn(r.label, SECTION_WORDS);
    if (inLabel.some((s) => !inUrl.includes(s))) errors.push(`${where}: references.${i}: label says section ${inLabel.join(', ')} but the link goes to ${inUrl.join(', ')}`);
    const named = subjectsIn(r.label);
    const problem = mismatch([...inUrl, ...inLabel], named.length > 0 ? named : own);
    if (problem) errors.push(`${where}: references.${i}: ${problem}`);
  });
  const body = a.body.replace(/```[\s\S]*?```/g, '');
  for (const paragraph of body.split(/\n\s*\n/)) {
    for (const link of paragraph.matchAll(/\[([^\]]*)\]\(([^)\s]*rfc3463[^)\s]*)\)|(https?:\/\/\S*rfc3463\S*)/gi)) {
      const sections = sectionsIn(link[2] ?? link[3] ?? '', SECTION_URL);
      if (sections.length === 0) continue;
      const fromText = subjectsIn(link[1] ?? '');
      const fromParagraph = subjectsIn(paragraph);
      const problem = mismatch(sections, fromText.length > 0 ? fromText : fromParagraph.length > 0 ? fromParagraph : own);
      if (problem) errors.push(`${where}: body: link to RFC 3463 ${problem}`);
    }
  }
  return errors;
}
