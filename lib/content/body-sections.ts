/**
 * Where the registry-facts box goes in an article body: after "## What to do", so the numbered steps come first on
 * a phone, and after a provider's own meaning of the code ("## Gmail's meaning versus the standard") when that
 * section follows the steps, so the meaning customers actually meet leads and the registry's comes after it.
 */
const PROVIDER_MEANING = /^## (.+?)'s meaning versus the standard\s*$/m;

/** The provider whose own meaning of the code the article explains in a section of its own, if any. */
export function providerMeaning(body: string): string | undefined {
  return PROVIDER_MEANING.exec(body)?.[1];
}

/** The body split where the facts box goes: [steps (and provider meaning), the rest]. Without "What to do", all is lead. */
export function splitForFacts(body: string): [string, string] {
  const steps = /^## What to do\s*$/m.exec(body);
  if (!steps) return [body, ''];
  const headings = [...body.slice(steps.index + 1).matchAll(/^## .*$/gm)].map((m) => ({ at: steps.index + 1 + m.index, text: m[0] }));
  let cut = headings[0];
  if (cut && PROVIDER_MEANING.test(cut.text)) cut = headings[1];
  if (!cut) return [body, ''];
  return [body.slice(0, cut.at), body.slice(cut.at)];
}
