import type { Root as MdastRoot, RootContent as MdastNode } from 'mdast';
import type { Root as HastRoot, Element, RootContent as HastNode } from 'hast';
import { toString } from 'hast-util-to-string';
import { HOST_TOKEN } from '@/lib/host/values';

/** A heading of an article, for the table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

function walkMdast(nodes: MdastNode[], fn: (node: MdastNode) => void): void {
  for (const node of nodes) {
    fn(node);
    if ('children' in node) walkMdast(node.children, fn);
  }
}

/** Replaces {{name}} tokens in code with host values; an unknown name fails the build. */
export function remarkHostTokens(values: Record<string, string>, file: string) {
  return () => (tree: MdastRoot) => {
    walkMdast(tree.children, (node) => {
      if (node.type !== 'code' && node.type !== 'inlineCode') return;
      node.value = node.value.replace(HOST_TOKEN, (_, name: string) => {
        const value = values[name];
        if (value === undefined) throw new Error(`content/${file}: body: unknown host value "{{${name}}}"`);
        return value;
      });
    });
  };
}

function walkHast(nodes: HastNode[], fn: (node: Element) => void): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    fn(node);
    walkHast(node.children, fn);
  }
}

/** Collects h2/h3 headings (after rehype-slug gave them ids) into `toc`. */
export function rehypeCollectHeadings(toc: TocEntry[]) {
  return () => (tree: HastRoot) => {
    walkHast(tree.children, (el) => {
      if (el.tagName !== 'h2' && el.tagName !== 'h3') return;
      const id = el.properties.id;
      if (typeof id === 'string') toc.push({ id, text: toString(el), depth: el.tagName === 'h2' ? 2 : 3 });
    });
  };
}
