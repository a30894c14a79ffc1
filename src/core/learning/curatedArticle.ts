import { type Token, tokenizeWords } from '../text/tokenize';
import { tagWithGazetteer } from '../tagging/entities/gazetteerTagger';
import { defaultGazetteer, type Gazetteer } from '../tagging/gazetteer/gazetteer';
import { beginLabel, type EntityKind, insideLabel, OUTSIDE } from '../tagging/model/labels';
import { textFeatures } from '../tagging/model/modelSource';
import type { TrainingSequence } from '../tagging/model/perceptron';
import type { LanguageCode } from '../tagging/types';

/** A range of the text (UTF-16 code units). */
export interface TextRange { start: number; end: number }

/**
 * What the curator's decisions say about one article's text, as training data: names that are
 * right (accepted, added, corrected), ranges that are no name (rejected tags) and whether the
 * curator reviewed the whole article (then every other word is no name either).
 */
export interface CuratedArticle {
  /** The article's id (its file name), for the manifest and the order of training. */
  id: string;
  lang: LanguageCode;
  /** The article's body, which the ranges index (UTF-16 code units). */
  text: string;
  positives: (TextRange & { kind: EntityKind })[];
  /** Ranges that are no name; `kind`, when known, is the kind of the tag the curator rejected there. */
  negatives: (TextRange & { kind?: EntityKind })[];
  reviewed: boolean;
}

/** A token whose label the decisions do not give: the learner neither rewards nor punishes its guess there. */
export const UNKNOWN_LABEL = 255;

function coveredTokens(tokens: readonly Token[], range: TextRange): [number, number] {
  let first = 0;
  while (first < tokens.length && (tokens[first]?.end ?? 0) <= range.start) first++;
  let end = first;
  while (end < tokens.length && (tokens[end]?.start ?? Infinity) < range.end) end++;
  return [first, end];
}

/**
 * The article as the model sees it, with labels from the decisions: a positive's tokens are
 * B-/I-kind; a rejected range's tokens and, in a reviewed article, every other token are O;
 * the rest are UNKNOWN_LABEL (an unreviewed article says nothing about words nobody looked at).
 */
export function curatedSequence(article: CuratedArticle, gazetteer: Gazetteer = defaultGazetteer()): TrainingSequence {
  const gazetteerSpans = tagWithGazetteer(article.text, tokenizeWords(article.text), article.lang, gazetteer);
  const { tokens, features } = textFeatures(article.text, article.lang, gazetteerSpans);
  const labels = new Uint8Array(tokens.length).fill(article.reviewed ? OUTSIDE : UNKNOWN_LABEL);
  for (const range of article.negatives) {
    const [first, end] = coveredTokens(tokens, range);
    labels.fill(OUTSIDE, first, end);
  }
  for (const positive of article.positives) {
    const [first, end] = coveredTokens(tokens, positive);
    if (end === first) continue;
    labels[first] = beginLabel(positive.kind);
    labels.fill(insideLabel(positive.kind), first + 1, end);
  }
  return { features, labels };
}
