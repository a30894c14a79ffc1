import { compareCodePoints } from '../text/compare';
import { ENTITY_FIELDS } from '../metadata/entities';
import { ENTITY_KINDS } from './entities';
import { isRecord, showScalar, showValue } from './values';
import type { ArticleVersion } from './version';

/** Prefix of every fact line, so the lines read as what they are in `git diff`. */
export const FACT_PREFIX = '# metadata: ';

const entityFact = (kind: string, item: Record<string, unknown>): string => {
  const id = typeof item.wikidata === 'string' ? ` [${item.wikidata}]` : typeof item.id === 'string' ? ` [${item.id}]` : '';
  return `${kind} ${String(item.name)}${id}`;
};

/**
 * The metadata of one version as sorted lines, one fact each (status, published, every entity,
 * date, boilerplate block and decision). Diffing the facts of two versions line by line shows the
 * semantic changes, which is what a git textconv driver needs: it sees one version at a time.
 */
export function metadataFacts(version: ArticleVersion): string[] {
  if (version.kind === 'conflict') return [`merge-conflict markers at line ${version.line}: not read`];
  if (version.kind === 'unreadable') return [`not read: ${version.reason}`];
  const metadata = version.metadata;
  if (!metadata) return ['no front matter'];
  const facts: string[] = [];
  for (const key of ['status', 'published', 'language']) {
    const value = showScalar(metadata[key]);
    if (value !== undefined) facts.push(`${key}: ${value}`);
  }
  for (const kind of ENTITY_KINDS) {
    const list = metadata[ENTITY_FIELDS[kind]];
    if (!Array.isArray(list)) continue;
    facts.push(...list.filter(isRecord).filter((item) => typeof item.name === 'string').map((item) => entityFact(kind, item)).sort(compareCodePoints));
  }
  const list = (key: string, show: (item: Record<string, unknown>) => string): void => {
    const items = metadata[key];
    if (Array.isArray(items)) facts.push(...items.filter(isRecord).map((item) => `${key}: ${show(item)}`));
  };
  list('dates', (item) => `${showValue(item.value)}${typeof item.text === 'string' ? ` «${item.text}»` : ''}`);
  list('boilerplate', (item) => `${Array.isArray(item.lines) ? item.lines.map(showValue).join('–') : '?'} ${showValue(item.reason)}`);
  const curation = isRecord(metadata.curation) ? metadata.curation : {};
  for (const decision of ['accepted', 'rejected', 'corrected', 'added']) {
    const items = curation[decision];
    if (!Array.isArray(items)) continue;
    facts.push(...items.filter(isRecord).map((item) => `${decision}: ${decision === 'corrected'
      ? `${String(item.kind)} ${String(item.from)} → ${String(item.to)}`
      : `${String(item.kind)} ${String(item.name)}`}`).sort(compareCodePoints));
  }
  return facts;
}

/** A textconv rendering of an article: its facts above its text, unchanged. */
export function textconv(version: ArticleVersion, text: string): string {
  const facts = metadataFacts(version).map((fact) => `${FACT_PREFIX}${fact}\n`).join('');
  return `${facts}${FACT_PREFIX.trimEnd()}\n${text}`;
}

const FACT_BYTES = new TextEncoder().encode(FACT_PREFIX.trimEnd());

/**
 * The article's own bytes from a textconv rendering (`git show --textconv` applies the driver);
 * other bytes are returned as they are.
 */
export function withoutFacts(bytes: Uint8Array): Uint8Array {
  const startsWithFact = (at: number): boolean => FACT_BYTES.every((byte, i) => bytes[at + i] === byte);
  if (!startsWithFact(0)) return bytes;
  let at = 0;
  while (at < bytes.length && startsWithFact(at)) {
    const lineEnd = bytes.indexOf(0x0a, at);
    const isLast = lineEnd === at + FACT_BYTES.length;
    at = lineEnd === -1 ? bytes.length : lineEnd + 1;
    if (isLast) break;
  }
  return bytes.subarray(at);
}
