import { diffLines } from 'diff';
import { readCuration } from '../metadata/curation';
import { decisionChanges } from './decisions';
import { entityChanges } from './entities';
import { fieldChanges } from './fields';
import type { ArticleDiff, Change } from './types';
import type { ArticleVersion } from './version';

const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

function sameBody(before: string | Uint8Array, after: string | Uint8Array): boolean {
  if (typeof before !== 'string' && typeof after !== 'string') return Buffer.from(before.buffer, before.byteOffset, before.byteLength).equals(after);
  return asText(before) === asText(after);
}

function asText(body: string | Uint8Array): string {
  return typeof body === 'string' ? body : lenient.decode(body);
}

function bodyChange(oldBody: string | Uint8Array, newBody: string | Uint8Array, firstLine: number): Change | undefined {
  if (sameBody(oldBody, newBody)) return undefined;
  const before = asText(oldBody);
  const after = asText(newBody);
  let line = firstLine;
  let first: number | undefined;
  let linesAdded = 0;
  let linesRemoved = 0;
  for (const part of diffLines(before, after)) {
    const count = part.count;
    if (part.added) linesAdded += count;
    else if (part.removed) linesRemoved += count;
    if ((part.added || part.removed) && first === undefined) first = line;
    if (!part.added) line += count;
  }
  return { type: 'body-changed', firstLine: first ?? firstLine, linesAdded, linesRemoved };
}

function describe(version: ArticleVersion, side: 'before' | 'after'): string | undefined {
  if (version.kind === 'conflict') {
    return `merge-conflict markers ${version.inFrontMatter ? 'in the front matter' : 'in the body'} (line ${version.line}, ${side === 'before' ? 'old' : 'new'} version): resolve the conflict first`;
  }
  if (version.kind === 'unreadable') return `${side === 'before' ? 'old' : 'new'} version: ${version.reason}`;
  return undefined;
}

/**
 * `boilerplate.lines` are line numbers of the file, so a front matter that grows or shrinks moves
 * them all. Seen from the new version's lines, an unmoved block of the body is no change.
 */
function withBoilerplateShifted(metadata: Record<string, unknown>, shift: number): Record<string, unknown> {
  const blocks = metadata.boilerplate;
  if (shift === 0 || !Array.isArray(blocks)) return metadata;
  const shifted = blocks.map((block: unknown) => {
    if (typeof block !== 'object' || block === null || !Array.isArray((block as { lines?: unknown }).lines)) return block;
    const lines = (block as { lines: unknown[] }).lines;
    return { ...block, lines: lines.map((line) => (typeof line === 'number' ? line + shift : line)) };
  });
  return { ...metadata, boilerplate: shifted };
}

/**
 * The semantic changes of one article between two versions (undefined: the file is absent on that
 * side). Deterministic: the same two versions always give the same list, in the same order.
 */
export function diffArticle(path: string, before: ArticleVersion | undefined, after: ArticleVersion | undefined): ArticleDiff {
  const problems = [before && describe(before, 'before'), after && describe(after, 'after')].filter((note): note is string => note !== undefined);
  if (problems.length > 0) {
    const conflict = before?.kind === 'conflict' || after?.kind === 'conflict';
    return { path, state: conflict ? 'conflict' : 'unreadable', changes: [], notes: problems };
  }
  const old = before?.kind === 'article' ? before : undefined;
  const now = after?.kind === 'article' ? after : undefined;
  const oldMetadata = old?.metadata ?? {};
  const newMetadata = now?.metadata ?? {};
  const notes: string[] = [];
  if (old && now && !old.metadata && now.metadata) notes.push('front matter written for the first time');
  if (old?.metadata && now && !now.metadata) notes.push('the front matter was removed');
  const oldCuration = readCuration(oldMetadata);
  const newCuration = readCuration(newMetadata);
  const body = old && now ? bodyChange(old.body, now.body, now.bodyFirstLine) : undefined;
  if (old?.yaml !== undefined && old.yaml === now?.yaml) return { path, state: 'modified', changes: body ? [body] : [], notes };
  const fields = fieldChanges(old && now ? withBoilerplateShifted(oldMetadata, now.bodyFirstLine - old.bodyFirstLine) : oldMetadata, newMetadata);
  const headline = (change: Change): boolean => change.type === 'status-changed' || change.type === 'published-changed';
  const changes: Change[] = [
    ...(body ? [body] : []),
    ...fields.filter(headline),
    ...entityChanges(oldMetadata, newMetadata, oldCuration, newCuration),
    ...fields.filter((change) => !headline(change)),
    ...decisionChanges(oldMetadata, newMetadata),
  ];
  const state = before === undefined ? 'added' : after === undefined ? 'deleted' : 'modified';
  return { path, state, changes, notes };
}
