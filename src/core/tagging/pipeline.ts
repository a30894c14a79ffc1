import type { Gazetteer } from './gazetteer/gazetteer';
import { resolveOverlaps } from './refine';
import type { Token } from '../text/tokenize';
import type { LanguageCode, Span, SpanSource, TagOptions } from './types';

// The tagging engine as a configuration, in the manner of chrono: an ordered list of sources
// that propose spans, one choice among overlapping proposals by a stated priority, then an
// ordered list of refiners. createTagger (createTagger.ts) builds the one configuration the
// extension, the index's workers and the CLI all use.

/** One text being tagged, as sources and refiners see it. Offsets are UTF-16 code units into `text`. */
export interface Draft {
  readonly text: string;
  readonly lang: LanguageCode;
  readonly options: TagOptions;
  /** Every token of the text, punctuation included (the entity model reads them all). */
  readonly allTokens: readonly Token[];
  /** The words and numbers of the text: `allTokens` without punctuation and symbols. */
  readonly tokens: readonly Token[];
  readonly gazetteer: Gazetteer;
  /** The spans an earlier source proposed under `group` (none if it proposed none). */
  group(name: string): readonly Span[];
  /** Whether a source proposed the group at all (even with no span): the model, say, ran on this text. */
  proposed(name: string): boolean;
  /** A value computed once per text and shared by the sources and refiners that need it. */
  shared<T>(key: string, compute: () => T): T;
}

/**
 * Proposes spans. Sources run in the pipeline's order, and each may read the groups of the
 * sources before it (the model reads the gazetteer's names as features, for one). A source that
 * loads something (a model file) does so in `load`, asynchronously and once; until then `find`
 * proposes nothing from it, and it never waits: tagging stays synchronous.
 */
export interface TaggerSource {
  readonly name: string;
  /** Stamped on every span it proposes (span.source). */
  readonly stamp: SpanSource;
  /** The spans it proposes, by group; the pipeline's priority orders the groups. */
  find(draft: Draft): Readonly<Record<string, Span[]>>;
  /** Loads what the source needs; resolves (never rejects) once it is usable or known to be unusable. */
  load?(): Promise<void>;
}

/** Takes the chosen spans (in text order, not overlapping) and returns them changed, joined, linked or dropped. */
export interface Refiner {
  readonly name: string;
  /** Stamped on the spans it adds (those without a source). */
  readonly stamp?: SpanSource;
  refine(spans: readonly Span[], draft: Draft): Span[];
}

export interface PipelineConfig {
  readonly sources: readonly TaggerSource[];
  /** Groups, most trusted first: of two overlapping proposals the one of the earlier group wins, within a group the longer one. */
  readonly priority: readonly string[];
  readonly refiners: readonly Refiner[];
}

/** Where the text, its language and its tokens come from: worked out once by the caller (createTagger). */
export interface DraftInput {
  text: string;
  lang: LanguageCode;
  options: TagOptions;
  allTokens: readonly Token[];
  tokens: readonly Token[];
  gazetteer: Gazetteer;
}

/** What a group nobody proposed holds: one list, so that consumers that key work on a group's identity (the shape rules beside the gazetteer's names) see the same list each time. */
const NO_SPANS: readonly Span[] = Object.freeze([]);

/** Runs a configuration on one text: its sources, the choice among overlaps, its refiners. */
export function runPipeline(config: PipelineConfig, input: DraftInput): Span[] {
  const groups = new Map<string, readonly Span[]>();
  const memo = new Map<string, unknown>();
  const draft: Draft = {
    ...input,
    group: (name) => groups.get(name) ?? NO_SPANS,
    proposed: (name) => groups.has(name),
    shared: <T>(key: string, compute: () => T): T => {
      if (memo.has(key)) return memo.get(key) as T;
      const value = compute();
      memo.set(key, value);
      return value;
    },
  };
  for (const source of config.sources) {
    for (const [name, spans] of Object.entries(source.find(draft))) {
      // A source's spans are its own, made for this text: stamped where they are, without a copy.
      for (const span of spans) span.source ??= source.stamp;
      groups.set(name, spans);
    }
  }
  let spans = resolveOverlaps(config.priority.map((name) => groups.get(name) ?? []));
  for (const refiner of config.refiners) {
    spans = refiner.refine(spans, draft);
    const { stamp } = refiner;
    if (stamp !== undefined) spans = spans.map((span) => (span.source === undefined ? { ...span, source: stamp } : span));
  }
  return spans;
}

/** Loads every source that loads something; resolves when all have settled. */
export async function loadSources(config: PipelineConfig): Promise<void> {
  await Promise.all(config.sources.map((source) => source.load?.() ?? Promise.resolve()));
}
