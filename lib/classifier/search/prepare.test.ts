import { describe, expect, it } from 'vitest';
import { packSearchDocs, withoutPacked } from './packed-index';
import { prepareIndex } from './prepare';
import { search } from './rank';
import { FIXTURE_DOCS } from './search-fixture';

/** The fixture as the browser gets it: packed, then through JSON. */
const packed = JSON.parse(JSON.stringify(packSearchDocs(FIXTURE_DOCS)));

const QUERIES = [
  '550', '5.7.1', '550 5.1.1', 'relay access denied', 'relay acess denied', 'mailbx full', 'spamh', 'TSS04', 'ip blacklisted',
  'RESOLVER.ADR.RecipNotFound', 'can I send to 100 people at once', 'how to read a bounce', 'user unknwn',
  '550 5.4.1 Recipient address rejected: Access denied', 'Domain of sender address example.org does not exist', 'zzzzqqq',
];

describe('the packed index', () => {
  it('sits on the first document only and keeps every document as it was', () => {
    expect(packed[0].packed).toMatch(/^p3,/);
    expect(packed.slice(1).every((d: object) => !('packed' in d))).toBe(true);
    expect(packed.map(withoutPacked)).toEqual(FIXTURE_DOCS);
  });

  it('is read, not rebuilt: no document text is tokenized', () => {
    const ix = prepareIndex(packed);
    const plain = prepareIndex(FIXTURE_DOCS);
    expect(ix.text.terms).toEqual(plain.text.terms);
    expect([...ix.text.postDoc]).toEqual([...plain.text.postDoc]);
    expect([...ix.text.postW]).toEqual([...plain.text.postW]);
    expect(ix.phrases.phrases.map((p) => [p.doc, p.text, p.mass])).toEqual(plain.phrases.phrases.map((p) => [p.doc, p.text, p.mass]));
  });

  it.each(QUERIES)('ranks %j exactly as the index read from text', (q) => {
    expect(search(packed, q)).toEqual(search(FIXTURE_DOCS, q));
  });

  it.each([
    ['another array of documents', () => packed.slice(1)],
    ['the same documents in another order', () => [...packed].reverse()],
    ['a damaged packed string', () => [{ ...packed[0], packed: `${packed[0].packed}~` }, ...packed.slice(1)]],
    ['an old version', () => [{ ...packed[0], packed: packed[0].packed.replace(/^p3/, 'p0') }, ...packed.slice(1)]],
  ])('is ignored for %s (read from text instead)', (_, make) => {
    const docs = make();
    const plain = docs.map(withoutPacked);
    expect(search(docs, 'relay access denied')).toEqual(search(plain, 'relay access denied'));
  });
});
