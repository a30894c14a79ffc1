import { diffLines } from 'diff';
import { readDecisions } from '../decisions/read';
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
 * `boilerplate.lines` are line numbers of the file, so a front matter that grows or shrinks (by a
 * decision, or by hand) moves them all. A block is the same block when its reason, its place among
 * the blocks of that reason and its length are: where it now starts is bookkeeping, not a change.
 */
function withBoilerplateMatched(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const old = before.boilerplate;
  const now = after.boilerplate;
  if (!Array.isArray(old) || !Array.isArray(now)) return before;
  const identity = (blocks: unknown[]): string[] => {
    const seen = new Map<string, number>();
    return blocks.map((block) => {
      if (typeof block !== 'object' || block === null) return '';
      const { lines, reason } = block as { lines?: unknown; reason?: unknown };
      if (!Array.isArray(lines) || typeof lines[0] !== 'number' || typeof lines[1] !== 'number') return '';
      const key = String(reason);
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      return `${key}\u0000${nth}\u0000${lines[1] - lines[0]}`;
    });
  };
  const nowByIdentity = new Map<string, unknown>(identity(now).map((key, index): [string, unknown] => [key, now[index] as unknown]));
  const oldIdentities = identity(old);
  const matched = old.map((block: unknown, index): unknown => {
    const key = oldIdentities[index] ?? '';
    return key !== '' && nowByIdentity.has(key) ? nowByIdentity.get(key) : block;
  });
  return { ...before, boilerplate: matched };
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
  const oldCuration = readDecisions(oldMetadata);
  const newCuration = readDecisions(newMetadata);
  const body = old && now ? bodyChange(old.body, now.body, now.bodyFirstLine) : undefined;
  if (old?.yaml !== undefined && old.yaml === now?.yaml) return { path, state: 'modified', changes: body ? [body] : [], notes };
  const fields = fieldChanges(old && now ? withBoilerplateMatched(oldMetadata, newMetadata) : oldMetadata, newMetadata);
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
