// One entity, one id: on the factRuEval-2016 documents of the held-out dev split (data/corpora),
// whose coreference annotation (`.coref`, read from ../shared/corpora, which data/ does not copy)
// says which person (or organisation) mentions are one entity, how many distinct entity ids the
// tagger gives each entity it finds more than once.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadCorpora } from '../../src/core/tagging/model/training/corpora';
import { tag } from '../../src/core/tagging/tag';

interface Mention { start: number; end: number }
export interface EntityIdentity { entities: number; mentions: number; oneId: number; ids: number; localEntities: number; localOneId: number; localIds: number }

/** factRuEval's object types for the kinds measured. */
const OBJECT_TYPES = { PER: 'Person', ORG: 'Org' } as const;

/** The entities of one kind in a factRuEval document: each coreference chain's mentions of that type (first span to last). */
function goldChains(folder: string, book: string, type: string): Mention[][] {
  const spans = new Map<string, Mention>();
  for (const line of readFileSync(path.join(folder, `${book}.spans`), 'utf8').split('\n')) {
    const [id, , start, length] = line.split(' ');
    if (id && start && length) spans.set(id, { start: Number(start), end: Number(start) + Number(length) });
  }
  const objects = new Map<string, Mention>();
  for (const line of readFileSync(path.join(folder, `${book}.objects`), 'utf8').split('\n')) {
    const [id, objectType, ...rest] = (line.split('#')[0] ?? '').trim().split(/\s+/u);
    const parts = rest.map((spanId) => spans.get(spanId)).filter((span) => span !== undefined);
    if (id && objectType === type && parts.length > 0) objects.set(id, { start: Math.min(...parts.map((span) => span.start)), end: Math.max(...parts.map((span) => span.end)) });
  }
  return readFileSync(path.join(folder, `${book}.coref`), 'utf8').split(/\n\s*\n/u)
    .map((block) => (block.split('\n')[0] ?? '').trim().split(/\s+/u).slice(1).map((id) => objects.get(id)).filter((mention) => mention !== undefined))
    .filter((chain) => chain.length > 1);
}

export function measureEntityIdentity(root: string, kind: keyof typeof OBJECT_TYPES, split: 'dev' | 'all' = 'dev'): EntityIdentity | undefined {
  const folder = path.join(root, '..', 'shared', 'corpora', 'ru-factrueval', 'devset');
  if (!existsSync(folder)) return undefined;
  const result: EntityIdentity = { entities: 0, mentions: 0, oneId: 0, ids: 0, localEntities: 0, localOneId: 0, localIds: 0 };
  const { train, dev } = loadCorpora(root);
  for (const document of (split === 'dev' ? dev : [...dev, ...train]).filter((text) => text.name.startsWith('factrueval:'))) {
    const spans = tag(document.text, { lang: 'ru' }).spans.filter((span) => span.kind === kind && span.entityId !== undefined);
    for (const chain of goldChains(folder, document.name.slice('factrueval:'.length), OBJECT_TYPES[kind])) {
      const ids = chain.map((mention) => spans.find((span) => span.start < mention.end && mention.start < span.end)?.entityId).filter((id) => id !== undefined);
      if (ids.length < 2) continue;
      const distinct = new Set(ids).size;
      result.entities++;
      result.mentions += ids.length;
      result.ids += distinct;
      if (distinct === 1) result.oneId++;
      if (ids.every((id) => id.startsWith('local:'))) {
        result.localEntities++;
        result.localIds += distinct;
        if (distinct === 1) result.localOneId++;
      }
    }
  }
  return result;
}

export function printEntityIdentity(root: string): void {
  const share = (part: number, whole: number): string => (part / Math.max(1, whole)).toFixed(2);
  for (const [kind, plural] of [['PER', 'persons'], ['ORG', 'organisations']] as const) {
    const found = measureEntityIdentity(root, kind);
    if (!found) {
      console.log('\n(one entity, one id: ../shared/corpora/ru-factrueval is not there; skipped)');
      return;
    }
    const singular = plural.slice(0, -1);
    console.log(`\nOne ${singular}, one id: factRuEval-2016 dev-split documents, ${plural} the coreference gold names and the tagger finds at least twice\n`);
    console.log(`  all ${plural}:${' '.repeat(Math.max(1, 19 - plural.length))}${found.entities} ${plural}, ${found.mentions} mentions found; ids per ${singular} ${share(found.ids, found.entities)}; one id ${share(found.oneId, found.entities)}`);
    console.log(`  not in the knowledge base: ${found.localEntities} ${plural}; local ids per ${singular} ${share(found.localIds, found.localEntities)}; one id ${share(found.localOneId, found.localEntities)}`);
  }
}
