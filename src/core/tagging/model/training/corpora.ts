import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { competingOrder, keepNonOverlapping } from '../../overlaps';
import type { LanguageCode } from '../../types';
import type { EntityKind } from '../labels';
import { seededRandom, shuffled } from '../perceptron';

/** A text with its gold names (UTF-16 offsets), from an annotated corpus. */
export interface AnnotatedText {
  name: string;
  lang: LanguageCode;
  text: string;
  spans: { start: number; end: number; kind: EntityKind }[];
}

/** KazNERD classes → ours. Everything else (NORP, POSITION, CARDINAL, DATE, FACILITY, ART, …) is not an entity here. */
export const KAZNERD_CLASSES: Readonly<Record<string, EntityKind>> = { PERSON: 'PER', ORGANISATION: 'ORG', GPE: 'LOC', LOCATION: 'LOC', EVENT: 'EVENT' };
/** factRuEval object types → ours (Project and Facility are not entities here). */
export const FACTRUEVAL_OBJECTS: Readonly<Record<string, { kind: EntityKind; spanTypes: ReadonlySet<string> | undefined }>> = {
  Person: { kind: 'PER', spanTypes: undefined },
  Org: { kind: 'ORG', spanTypes: new Set(['org_name']) },
  Location: { kind: 'LOC', spanTypes: new Set(['loc_name']) },
  LocOrg: { kind: 'LOC', spanTypes: new Set(['loc_name']) },
};

/** Sentences per pseudo-document of KazNERD, which has no document ids: consecutive sentences stay together. */
export const KAZNERD_BLOCK = 20;
export const SPLIT_SEED = 20261130;
export const DEV_SHARE = 0.2;

function kaznerdSentences(content: string): [string, string][][] {
  const sentences: [string, string][][] = [];
  let current: [string, string][] = [];
  for (const line of content.split('\n')) {
    const trimmed = line.trimEnd();
    if (trimmed === '') {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    const space = trimmed.lastIndexOf(' ');
    current.push([trimmed.slice(0, space), trimmed.slice(space + 1)]);
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** KazNERD (CoNLL IOB2): blocks of KAZNERD_BLOCK sentences, tokens joined by spaces, sentences by line breaks. */
export function readKazNerd(file: string): AnnotatedText[] {
  const sentences = kaznerdSentences(readFileSync(file, 'utf8'));
  const texts: AnnotatedText[] = [];
  for (let b = 0; b < sentences.length; b += KAZNERD_BLOCK) {
    let text = '';
    const spans: AnnotatedText['spans'] = [];
    let open: AnnotatedText['spans'][number] | undefined;
    for (const sentence of sentences.slice(b, b + KAZNERD_BLOCK)) {
      if (text !== '') text += '\n';
      for (const [i, [token, tag]] of sentence.entries()) {
        if (i > 0) text += ' ';
        const start = text.length;
        text += token;
        const kind = KAZNERD_CLASSES[tag.slice(2)];
        if (tag.startsWith('I-') && open && kind === open.kind) open.end = text.length;
        else {
          open = kind === undefined || tag === 'O' ? undefined : { start, end: text.length, kind };
          if (open) spans.push(open);
        }
      }
      open = undefined;
    }
    texts.push({ name: `kaznerd:${b / KAZNERD_BLOCK}`, lang: 'kk', text, spans });
  }
  return texts;
}

/** factRuEval-2016: a Person's name is its spans first to last; an Org's its org_name spans; a Location's its loc_name spans. */
export function readFactRuEval(folder: string): AnnotatedText[] {
  const books = readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4)).sort();
  return books.map((book) => {
    const text = readFileSync(path.join(folder, `${book}.txt`), 'utf8');
    const spanTable = new Map<string, { type: string; start: number; end: number }>();
    for (const line of readFileSync(path.join(folder, `${book}.spans`), 'utf8').split('\n')) {
      const [id, type, start, length] = line.split(' ');
      if (id && type && start && length) spanTable.set(id, { type, start: Number(start), end: Number(start) + Number(length) });
    }
    const found: AnnotatedText['spans'] = [];
    for (const line of readFileSync(path.join(folder, `${book}.objects`), 'utf8').split('\n')) {
      const [, type, ...rest] = (line.split('#')[0] ?? '').trim().split(/\s+/u);
      const mapping = type === undefined ? undefined : FACTRUEVAL_OBJECTS[type];
      if (!mapping) continue;
      const parts = rest.map((id) => spanTable.get(id)).filter((span) => span !== undefined && (mapping.spanTypes === undefined || mapping.spanTypes.has(span.type)));
      if (parts.length === 0) continue;
      found.push({ start: Math.min(...parts.map((span) => span?.start ?? 0)), end: Math.max(...parts.map((span) => span?.end ?? 0)), kind: mapping.kind });
    }
    const unique = [...new Map(found.map((span) => [`${span.start} ${span.end} ${span.kind}`, span])).values()];
    return { name: `factrueval:${book}`, lang: 'ru' as const, text, spans: keepNonOverlapping(competingOrder(unique)) };
  });
}

export interface CorpusSplit { train: AnnotatedText[]; dev: AnnotatedText[] }

/** A fixed held-out part, by document (KazNERD: by sentence block), chosen by a seeded shuffle. */
export function splitByDocument(texts: readonly AnnotatedText[], seed = SPLIT_SEED): CorpusSplit {
  const order = shuffled(texts.map((_, i) => i), seededRandom(seed));
  const devCount = Math.round(texts.length * DEV_SHARE);
  const dev = new Set(order.slice(0, devCount));
  return { train: texts.filter((_, i) => !dev.has(i)), dev: texts.filter((_, i) => dev.has(i)) };
}

/** Both corpora from data/corpora, split into train and dev parts. */
export function loadCorpora(repoRoot: string): CorpusSplit {
  const kk = splitByDocument(readKazNerd(path.join(repoRoot, 'data', 'corpora', 'kk-kaznerd', 'IOB2_valid.txt')));
  const ru = splitByDocument(readFactRuEval(path.join(repoRoot, 'data', 'corpora', 'ru-factrueval', 'devset')));
  return { train: [...kk.train, ...ru.train], dev: [...kk.dev, ...ru.dev] };
}
