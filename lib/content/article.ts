import { frontmatterSchema, type ArticleKind, type Frontmatter } from './schema';
import { splitFrontmatter } from './frontmatter';

/** A validated article: its frontmatter, its MDX body and where it lives. */
export interface Article extends Frontmatter {
  /** Path below content/, e.g. "codes/5.1.1.mdx". */
  file: string;
  /** Last part of the URL, e.g. "5.1.1" or "user-unknown". */
  slug: string;
  /** Site path with trailing slash, e.g. "/codes/5.1.1/". */
  url: string;
  /** MDX source after the frontmatter. */
  body: string;
  /** Line of the file where the body starts (for error messages). */
  bodyLine: number;
}

export type ParseResult = { ok: true; article: Article } | { ok: false; error: string };

const FOLDER_KINDS: Record<string, readonly ArticleKind[]> = {
  codes: ['reply-code', 'status-code'],
  errors: ['error'],
  guides: ['guide'],
};

/** The kind a /codes/ slug implies: three digits is a reply code, C.S.D a status code. */
export function codeKindOfSlug(slug: string): ArticleKind | null {
  if (/^\d{3}$/.test(slug)) return 'reply-code';
  if (/^[245]\.\d{1,3}\.\d{1,3}$/.test(slug)) return 'status-code';
  return null;
}

/**
 * Reads one article. `file` is its path below content/ ("errors/user-unknown.mdx").
 * On failure the message names the file and the field, e.g.
 * `content/errors/x.mdx: whoActs: Invalid option: expected one of "sender"|...`.
 */
export function parseArticle(file: string, text: string): ParseResult {
  const where = `content/${file}`;
  const fail = (field: string, message: string): ParseResult => ({ ok: false, error: `${where}: ${field}: ${message}` });
  const m = /^(codes|errors|guides)\/([A-Za-z0-9.-]+)\.mdx$/.exec(file);
  if (!m) return fail('path', 'articles live in content/codes/, content/errors/ or content/guides/ as <slug>.mdx');
  const folder = m[1] ?? '';
  const slug = m[2] ?? '';
  let split: ReturnType<typeof splitFrontmatter>;
  try {
    split = splitFrontmatter(text);
  } catch (err) {
    return fail('frontmatter', err instanceof Error ? err.message.replace(/^frontmatter: /, '') : String(err));
  }
  const parsed = frontmatterSchema.safeParse(split.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'frontmatter';
    return fail(field, issue?.message ?? 'invalid');
  }
  const fm = parsed.data;
  if (!FOLDER_KINDS[folder]?.includes(fm.kind)) return fail('kind', `"${fm.kind}" does not belong in content/${folder}/`);
  if (folder === 'codes') {
    const expected = codeKindOfSlug(slug);
    if (expected !== fm.kind) return fail('kind', `a /codes/${slug}/ page must have kind "${expected ?? 'reply-code or status-code'}"`);
    const own = fm.kind === 'reply-code' ? fm.replyCodes : fm.statusCodes;
    const field = fm.kind === 'reply-code' ? 'replyCodes' : 'statusCodes';
    if (own[0] !== slug) return fail(field, `must list "${slug}" first, the code in the page's URL`);
  } else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    return fail('path', 'slugs are lower-case words joined by hyphens');
  }
  if (fm.kind !== 'guide' && fm.reasons.length === 0 && fm.replyFrom !== 'none') {
    return fail('reasons', 'a failure article names at least one reason');
  }
  if (split.body.trim().length === 0) return fail('body', 'the article has no text');
  return { ok: true, article: { ...fm, file, slug, url: `/${folder}/${slug}/`, body: split.body, bodyLine: split.bodyLine } };
}
