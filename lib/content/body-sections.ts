/**
 * Where the registry-facts box goes in an article body: after "## What to do", so the numbered steps come first on
 * a phone, and after a provider's own meaning of the code ("## Gmail's meaning versus the standard") when that
 * section follows the steps, so the meaning customers actually meet leads and the registry's comes after it. A
 * note written before the steps (a registry remark, a deprecation) moves down beside the facts for the same reason.
 */
const PROVIDER_MEANING = /^## (.+?)'s meaning versus the standard\s*$/m;

/** The provider whose own meaning of the code the article explains in a section of its own, if any. */
export function providerMeaning(body: string): string | undefined {
  return PROVIDER_MEANING.exec(body)?.[1];
}

export interface BodyParts {
  /** "## What to do" (and a provider-meaning section right after it): shown first. */
  steps: string;
  /** A note before "## What to do" (a registry remark, a deprecation): shown after the steps, with the facts. */
  preamble: string;
  /** Everything after: "## Why this happens" onwards. */
  rest: string;
}

/** The body split where the facts box goes. Without "## What to do" (guides) the whole body leads, unchanged. */
export function splitForFacts(body: string): BodyParts {
  const steps = /^## What to do\s*$/m.exec(body);
  if (!steps) return { steps: body, preamble: '', rest: '' };
  const preamble = body.slice(0, steps.index).trim() ? body.slice(0, steps.index) : '';
  const headings = [...body.slice(steps.index + 1).matchAll(/^## .*$/gm)].map((m) => ({ at: steps.index + 1 + m.index, text: m[0] }));
  let cut = headings[0];
  if (cut && PROVIDER_MEANING.test(cut.text)) cut = headings[1];
  const end = cut ? cut.at : body.length;
  return { steps: body.slice(steps.index, end), preamble, rest: body.slice(end) };
}
