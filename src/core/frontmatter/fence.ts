import type { Document } from 'yaml';
import type { SplitArticle } from '../article/frontMatterBlock';
import { indent, printNode } from './print';
import { spliceFrontMatter } from './splice';

/** A new front matter block for a Document: `---`, the YAML, `---`, with the file's line endings. */
export function fencedFrontMatter(document: Document, eol: '\n' | '\r\n'): string {
  return `---${eol}${indent(printNode(document.contents), 0, eol)}---${eol}`;
}

/**
 * The replacement of [0, editEnd) of `text` that gives it the front matter of `working`. When the
 * article has front matter (parsed as `pristine`), its fences and every byte of it that `working`
 * did not change are kept; otherwise a new block is put before the body.
 */
export function rewriteFrontMatter(text: string, split: SplitArticle, pristine: Document | undefined, working: Document): { editEnd: number; replacement: string } {
  const block = split.frontMatter;
  if (!block || !pristine) return { editEnd: 0, replacement: fencedFrontMatter(working, split.eol) };
  const yamlEnd = block.yamlStart + block.yaml.length;
  const yaml = spliceFrontMatter(block.yaml, pristine, working, split.eol);
  return { editEnd: split.bodyStart, replacement: text.slice(0, block.yamlStart) + yaml + text.slice(yamlEnd, split.bodyStart) };
}
