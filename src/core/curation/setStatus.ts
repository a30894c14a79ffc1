import { isMap, type Node, YAMLMap } from 'yaml';
import { splitArticle } from '../article/frontMatterBlock';
import { setKey } from '../frontmatter/apply';
import { readFrontMatter } from '../frontmatter/read';
import { FIELD_ORDER } from '../metadata/propose';
import { writeArticle, type WriteResult } from '../metadata/writeArticle';
import type { Tagger } from '../tagging/types';

const STRINGIFY_OPTIONS = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

/** Sets an article's `status` (the curator's field), writing its front matter first when it has none. */
export function setStatus(text: string, filePath: string, status: 'draft' | 'reviewed', tagger?: Tagger): WriteResult {
  const first = writeArticle(text, filePath, tagger);
  if (first.status === 'skipped') return first;
  const written = first.status === 'changed' ? first.newText : text;
  const split = splitArticle(written);
  if (!split.frontMatter) return { status: 'skipped', problems: [{ severity: 'error', code: 'no-front-matter', message: 'the front matter could not be written', start: 0, end: 0 }] };
  const parsed = readFrontMatter(split.frontMatter.yaml, split.frontMatter.yamlStart);
  if (!parsed.value) return { status: 'skipped', problems: parsed.problems };
  if (parsed.value.status === status && first.status === 'unchanged') return { status: 'unchanged', problems: [] };
  const root = isMap(parsed.document.contents) ? parsed.document.contents : new YAMLMap();
  parsed.document.contents = root;
  setKey(parsed.document, root, 'status', parsed.document.createNode(status) as Node, FIELD_ORDER);
  const final = `---${split.eol}${parsed.document.toString(STRINGIFY_OPTIONS).replace(/\r?\n/gu, split.eol)}---${split.eol}${split.body}`;
  const original = splitArticle(text);
  return { status: 'changed', editEnd: original.frontMatter ? original.bodyStart : 0, replacement: final.slice(0, final.length - original.body.length), newText: final, problems: [] };
}
