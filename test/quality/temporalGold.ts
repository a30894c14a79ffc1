// Temporal development sets: KazNERD's DATE and TIME spans (Kazakh; data/corpora/kk-kaznerd,
// CC BY 4.0) and hand-written Russian and Azerbaijani news sentences with TIMEX3 values
// (test/fixtures/dev/temporal). Offsets are UTF-16 code units into each sentence.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { TemporalKind } from '../../src/core/tagging/dates/timex';
import type { LanguageCode } from '../../src/core/tagging/types';

export interface TemporalGoldSpan { start: number; end: number; text: string; kinds: readonly TemporalKind[]; value?: string }
export interface TemporalSentence { id: string; lang: LanguageCode; text: string; referenceDate?: string; spans: TemporalGoldSpan[] }

/** FNV-1a: the seeded split is the same on every machine and every run. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return value;
}

export const KAZNERD_SEED = 'kaznerd-temporal-2026';
/** One sentence in five is held out of rule development, chosen by the seeded hash of its number. */
export function isHeldOut(sentenceNumber: number): boolean {
  return hash(`${KAZNERD_SEED}:${sentenceNumber}`) % 5 === 0;
}

/** KazNERD's DATE covers dates, durations and recurrences; its TIME is times of day. Ages (жас) are not temporal here. */
const KAZNERD_KINDS: Readonly<Record<string, readonly TemporalKind[]>> = { DATE: ['DATE', 'DURATION', 'SET'], TIME: ['TIME'] };

export function loadKazNerd(repoRoot: string, part: 'held-out' | 'development'): TemporalSentence[] {
  const lines = readFileSync(path.join(repoRoot, 'data', 'corpora', 'kk-kaznerd', 'IOB2_valid.txt'), 'utf8').split('\n');
  const sentences: TemporalSentence[] = [];
  let tokens: [string, string][] = [];
  const flush = (): void => {
    if (tokens.length === 0) return;
    const number = sentences.length + skipped;
    if (isHeldOut(number) === (part === 'held-out')) sentences.push(sentenceOf(tokens, number));
    else skipped++;
    tokens = [];
  };
  let skipped = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') { flush(); continue; }
    const parts = trimmed.split(/\s+/u);
    tokens.push([parts[0] ?? '', parts.at(-1) ?? 'O']);
  }
  flush();
  return sentences;
}

function sentenceOf(tokens: readonly [string, string][], number: number): TemporalSentence {
  let text = '';
  const spans: TemporalGoldSpan[] = [];
  let open: { start: number; end: number; label: string } | undefined;
  const close = (): void => {
    if (!open) return;
    const spanText = text.slice(open.start, open.end);
    const kinds = KAZNERD_KINDS[open.label];
    if (kinds && !/(?:^|\s)жас/u.test(spanText.toLocaleLowerCase('kk'))) spans.push({ start: open.start, end: open.end, text: spanText, kinds });
    open = undefined;
  };
  for (const [word, tag] of tokens) {
    if (text !== '') text += ' ';
    const start = text.length;
    text += word;
    const label = tag.slice(2);
    if (tag.startsWith('I-') && open?.label === label) { open.end = text.length; continue; }
    close();
    if (tag.startsWith('B-') || tag.startsWith('I-')) open = { start, end: text.length, label };
  }
  close();
  return { id: `kaznerd:${number}`, lang: 'kk', text, spans };
}

interface WrittenSpan { text: string; timex: TemporalKind; value?: string }
interface WrittenSentence { text: string; referenceDate?: string; spans: WrittenSpan[] }

/** test/fixtures/dev/temporal/<lang>.jsonl: sentences with their expressions in reading order. */
export function loadWritten(repoRoot: string, lang: LanguageCode, file = `${lang}.jsonl`): TemporalSentence[] {
  const source = readFileSync(path.join(repoRoot, 'test', 'fixtures', 'dev', 'temporal', file), 'utf8');
  return source.split('\n').filter((line) => line.trim() !== '').map((line, index) => {
    const written = JSON.parse(line) as WrittenSentence;
    let cursor = 0;
    const spans = written.spans.map((span): TemporalGoldSpan => {
      const start = written.text.indexOf(span.text, cursor);
      if (start === -1) throw new Error(`${file}:${index + 1}: '${span.text}' not found`);
      cursor = start + span.text.length;
      return { start, end: cursor, text: span.text, kinds: [span.timex], ...(span.value !== undefined ? { value: span.value } : {}) };
    });
    return { id: `${file}:${index + 1}`, lang, text: written.text, ...(written.referenceDate ? { referenceDate: written.referenceDate } : {}), spans };
  });
}
