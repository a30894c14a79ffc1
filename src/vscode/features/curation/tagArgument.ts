import type * as vscode from 'vscode';
import type { ArticleTag } from '../../../core/decisions/articleTags';
import type { SpanKind } from '../../../core/tagging/types';

/**
 * A tag as commands receive it: from a lens, a pick or a hover link, or (when absent) the tag under
 * the cursor. `scope: 'mention'` (the hover's links, and the keys on the tag under the cursor)
 * decides on that mention alone; otherwise on every mention of the entity in the article.
 */
export interface TagRefArgument { uri: string; kind: SpanKind; name: string; text?: string; start?: number; end?: number; scope?: 'mention' | 'article' }

export function toArgument(document: vscode.TextDocument, tag: ArticleTag, scope?: TagRefArgument['scope']): TagRefArgument {
  return { uri: document.uri.toString(), kind: tag.kind, name: tag.name, text: tag.text, start: tag.start, end: tag.end, ...(scope ? { scope } : {}) };
}

/** The one mention a decision is narrowed to, when it is one. */
export function mentionOf(tag: TagRefArgument): { start: number; end: number } | undefined {
  return tag.scope === 'mention' && tag.start !== undefined && tag.end !== undefined ? { start: tag.start, end: tag.end } : undefined;
}
