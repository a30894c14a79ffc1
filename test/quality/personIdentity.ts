// One person, one id: on the factRuEval-2016 documents of the held-out dev split (data/corpora),
// whose coreference annotation (`.coref`, read from ../shared/corpora, which data/ does not copy)
// says which person mentions are one person, how many distinct entity ids the tagger gives each
// person it finds more than once.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadCorpora } from '../../src/core/tagging/model/training/corpora';
import { tag } from '../../src/core/tagging/tag';

interface Mention { start: number; end: number }
export interface PersonIdentity { people: number; mentions: number; oneId: number; ids: number; localPeople: number; localOneId: number; localIds: number }

/** The persons of one factRuEval document: each coreference chain's Person mentions (first span to last). */
function goldPersons(folder: string, book: string): Mention[][] {
  const spans = new Map<string, Mention>();
  for (const line of readFileSync(path.join(folder, `${book}.spans`), 'utf8').split('\n')) {
    const [id, , start, length] = line.split(' ');
    if (id && start && length) spans.set(id, { start: Number(start), end: Number(start) + Number(length) });
  }
  const persons = new Map<string, Mention>();
  for (const line of readFileSync(path.join(folder, `${book}.objects`), 'utf8').split('\n')) {
    const [id, type, ...rest] = (line.split('#')[0] ?? '').trim().split(/\s+/u);
    const parts = rest.map((spanId) => spans.get(spanId)).filter((span) => span !== undefined);
    if (id && type === 'Person' && parts.length > 0) persons.set(id, { start: Math.min(...parts.map((span) => span.start)), end: Math.max(...parts.map((span) => span.end)) });
  }
  return readFileSync(path.join(folder, `${book}.coref`), 'utf8').split(/\n\s*\n/u)
    .map((block) => (block.split('\n')[0] ?? '').trim().split(/\s+/u).slice(1).map((id) => persons.get(id)).filter((mention) => mention !== undefined))
    .filter((chain) => chain.length > 1);
}

export function measurePersonIdentity(root: string, split: 'dev' | 'all' = 'dev'): PersonIdentity | undefined {
  const folder = path.join(root, '..', 'shared', 'corpora', 'ru-factrueval', 'devset');
  if (!existsSync(folder)) return undefined;
  const result: PersonIdentity = { people: 0, mentions: 0, oneId: 0, ids: 0, localPeople: 0, localOneId: 0, localIds: 0 };
  const { train, dev } = loadCorpora(root);
  for (const document of (split === 'dev' ? dev : [...dev, ...train]).filter((text) => text.name.startsWith('factrueval:'))) {
    const spans = tag(document.text, { lang: 'ru' }).spans.filter((span) => span.kind === 'PER' && span.entityId !== undefined);
    for (const chain of goldPersons(folder, document.name.slice('factrueval:'.length))) {
      const ids = chain.map((mention) => spans.find((span) => span.start < mention.end && mention.start < span.end)?.entityId).filter((id) => id !== undefined);
      if (ids.length < 2) continue;
      const distinct = new Set(ids).size;
      result.people++;
      result.mentions += ids.length;
      result.ids += distinct;
      if (distinct === 1) result.oneId++;
      if (ids.every((id) => id.startsWith('local:'))) {
        result.localPeople++;
        result.localIds += distinct;
        if (distinct === 1) result.localOneId++;
      }
    }
  }
  return result;
}

export function printPersonIdentity(root: string): void {
  const found = measurePersonIdentity(root);
  if (!found) {
    console.log('\n(one person, one id: ../shared/corpora/ru-factrueval is not there; skipped)');
    return;
  }
  const share = (part: number, whole: number): string => (part / Math.max(1, whole)).toFixed(2);
  console.log('\nOne person, one id: factRuEval-2016 dev-split documents, persons the coreference gold names and the tagger finds at least twice\n');
  console.log(`  all persons:             ${found.people} persons, ${found.mentions} mentions found; ids per person ${share(found.ids, found.people)}; one id ${share(found.oneId, found.people)}`);
  console.log(`  not in the knowledge base: ${found.localPeople} persons; local ids per person ${share(found.localIds, found.localPeople)}; one id ${share(found.localOneId, found.localPeople)}`);
}
