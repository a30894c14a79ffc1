import { isMap, type Node, YAMLMap } from 'yaml';
import { setKey } from '../frontmatter/apply';
import { FIELD_ORDER } from '../frontmatter/fields';
import type { WriteResult } from '../metadata/writeArticle';
import type { Tagger } from '../tagging/types';
import { editFrontMatter } from './editFrontMatter';

/** Sets an article's `status` (the curator's field), writing its front matter first when it has none. */
export function setStatus(text: string, filePath: string, status: 'draft' | 'reviewed', tagger?: Tagger): WriteResult {
  return editFrontMatter(text, filePath, (document) => {
    const root = isMap(document.contents) ? document.contents : new YAMLMap();
    document.contents = root;
    setKey(document, root, 'status', document.createNode(status) as Node, FIELD_ORDER);
  }, { tagger });
}
