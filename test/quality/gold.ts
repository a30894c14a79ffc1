import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadCorpora } from '../../src/core/tagging/model/training/corpora';
import type { LanguageCode, SpanKind } from '../../src/core/tagging/types';

export interface GoldSpan { kind: SpanKind; text: string; canonical?: string; value?: string; relative?: boolean }
export interface ResolvedGoldSpan extends GoldSpan { start: number; end: number }
export interface GoldDocument {
  name: string; text: string; lang: LanguageCode; referenceDate?: string; spans: ResolvedGoldSpan[];
  /** The gold has names only (the corpora annotate dates apart or not at all): dates found are not counted. */
  entitiesOnly?: boolean;
}

interface GoldFile { file?: string; text?: string; lang: LanguageCode; referenceDate?: string; spans: GoldSpan[] }

/** Gold spans are written by their text in reading order; offsets come from searching forward. */
export function resolveSpans(text: string, spans: readonly GoldSpan[], name: string): ResolvedGoldSpan[] {
  let cursor = 0;
  return spans.map((span) => {
    const start = text.indexOf(span.text, cursor);
    if (start === -1) throw new Error(`${name}: gold span '${span.text}' not found after offset ${cursor}`);
    cursor = start + span.text.length;
    return { ...span, start, end: cursor };
  });
}

function documentOf(gold: GoldFile, text: string, name: string): GoldDocument {
  return { name, text, lang: gold.lang, ...(gold.referenceDate ? { referenceDate: gold.referenceDate } : {}), spans: resolveSpans(text, gold.spans, name) };
}

/** The seeds' gold: test/fixtures/gold/*.gold.json, each naming its seed file. */
export function loadSeedGold(repoRoot: string): GoldDocument[] {
  const folder = path.join(repoRoot, 'test', 'fixtures', 'gold');
  return readdirSync(folder).filter((name) => name.endsWith('.gold.json')).sort().map((name) => {
    const gold = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as GoldFile;
    return documentOf(gold, readFileSync(path.join(repoRoot, gold.file ?? ''), 'utf8'), name);
  });
}

/** The development sets: test/fixtures/dev/<lang>.gold.jsonl, one sentence with its gold per line. */
export function loadDevGold(repoRoot: string): GoldDocument[] {
  const folder = path.join(repoRoot, 'test', 'fixtures', 'dev');
  return readdirSync(folder).filter((name) => name.endsWith('.gold.jsonl')).sort().flatMap((name) =>
    readFileSync(path.join(folder, name), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line, i) => {
      const gold = JSON.parse(line) as GoldFile;
      return documentOf(gold, gold.text ?? '', `${name}:${i + 1}`);
    }));
}

/**
 * Azerbaijani news sentences written for the project (test/fixtures/az-news, see its README), names
 * only: `dev`, on which the Azerbaijani rules were chosen, and `blind`, of which only aggregate
 * figures are ever printed.
 */
export function loadAzNews(repoRoot: string, part: 'dev' | 'blind'): GoldDocument[] {
  const file = path.join(repoRoot, 'test', 'fixtures', 'az-news', `${part}.jsonl`);
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line, i) => {
    const gold = JSON.parse(line) as GoldFile;
    return { ...documentOf(gold, gold.text ?? '', `az-news ${part}:${i + 1}`), entitiesOnly: true };
  });
}

/** The held-out parts of the annotated corpora (data/corpora; KazNERD by sentence block, factRuEval by document). */
export function loadCorpusDev(repoRoot: string): GoldDocument[] {
  return loadCorpora(repoRoot).dev.map((text) => ({
    name: text.name, text: text.text, lang: text.lang, entitiesOnly: true,
    spans: text.spans.map((span) => ({ ...span, text: text.text.slice(span.start, span.end) })),
  }));
}
