import { type Document, isMap, isScalar, isSeq } from 'yaml';
import { splitArticle } from '../article/frontMatterBlock';
import { rewriteFrontMatter } from '../frontmatter/fence';
import { readFrontMatter } from '../frontmatter/read';
import { EDITABLE_KEYS, writeArticle, type WriteResult } from '../metadata/writeArticle';
import { workingCopy } from '../frontmatter/workingCopy';
import type { Tagger } from '../tagging/types';
import { countLineBreaks } from '../text/lineIndex';

/**
 * Edits an article's front matter: the writer runs first (so an article without front matter
 * gets it), `edit` changes the Document (only keys in EDITABLE_KEYS), and with `rewrite` the writer runs again so generated
 * values follow the edit. Only the front matter block of `text` is replaced.
 */
export function editFrontMatter(text: string, filePath: string, edit: (document: Document) => void, options: { tagger?: Tagger | undefined; rewrite?: boolean } = {}): WriteResult {
  const first = writeArticle(text, filePath, options.tagger);
  if (first.status === 'skipped') return first;
  const written = first.status === 'changed' ? first.newText : text;
  const split = splitArticle(written);
  if (!split.frontMatter) return { status: 'skipped', problems: [{ severity: 'error', code: 'no-front-matter', message: 'the front matter could not be written', start: 0, end: 0 }] };
  const parsed = readFrontMatter(split.frontMatter.yaml, split.frontMatter.yamlStart);
  if (!parsed.value) return { status: 'skipped', problems: parsed.problems };
  const working = workingCopy(parsed.document, EDITABLE_KEYS);
  edit(working);
  let { editEnd, replacement } = rewriteFrontMatter(written, split, parsed.document, working);
  // `boilerplate.lines` count from the top of the file: an edit that grows or shrinks the front
  // matter moves every block by as many lines.
  const moved = countLineBreaks(replacement) - countLineBreaks(written.slice(0, editEnd));
  if (moved !== 0 && !options.rewrite && shiftBoilerplateLines(working, moved)) ({ editEnd, replacement } = rewriteFrontMatter(written, split, parsed.document, working));
  let final = replacement + written.slice(editEnd);
  if (options.rewrite) {
    const again = writeArticle(final, filePath, options.tagger);
    if (again.status === 'changed') final = again.newText;
  }
  if (final === text) return { status: 'unchanged', problems: [] };
  const original = splitArticle(text);
  return { status: 'changed', editEnd: original.frontMatter ? original.bodyStart : 0, replacement: final.slice(0, final.length - original.body.length), newText: final, problems: [] };
}


/** Adds `by` to the line numbers of every boilerplate block; false when there are none. */
function shiftBoilerplateLines(document: Document, by: number): boolean {
  const blocks = document.get('boilerplate', true);
  if (!isSeq(blocks)) return false;
  let shifted = false;
  for (const block of blocks.items) {
    if (!isMap(block)) continue;
    const lines = block.get('lines', true);
    if (!isSeq(lines)) continue;
    for (const line of lines.items) {
      if (isScalar(line) && typeof line.value === 'number') {
        line.value += by;
        shifted = true;
      }
    }
  }
  return shifted;
}
