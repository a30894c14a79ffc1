import { languagePack } from '../languages/registry';
import { decodeNames, type ModelWeights, weightsScorer } from '../tagging/model/entityModel';
import { OUTSIDE } from '../tagging/model/labels';
import { BEGIN_MARGINS } from '../tagging/model/modelSource';
import type { TrainingSequence } from '../tagging/model/perceptron';
import type { LanguageCode } from '../tagging/types';
import { UNKNOWN_LABEL } from './curatedArticle';

/**
 * A curated sequence whose words without a decision (UNKNOWN_LABEL: an article still in draft)
 * keep the reading the tagger gave them before any decision: the shipped model's labels, decoded
 * as the tagger decodes (with its begin margins), in a language the shipped model tags; no name
 * from the model in one it does not tag (Azerbaijani). The decisions say nothing about those
 * words, so learning must not change what the model says there: without this anchor the learner
 * sees the curator's names and hardly any non-names, and learns to propose names everywhere
 * (partial annotation; the shipped model's reading is the reference, as in learning without
 * forgetting). A word with a decision keeps the decision's label.
 */
export function withPriorReading(sequence: TrainingSequence, lang: LanguageCode, shipped: ModelWeights): TrainingSequence {
  if (!sequence.labels.includes(UNKNOWN_LABEL)) return sequence;
  const prior = languagePack(lang).entityModel
    ? decodeNames(weightsScorer(shipped), sequence.features, BEGIN_MARGINS)
    : new Uint8Array(sequence.labels.length).fill(OUTSIDE);
  const labels = sequence.labels.map((label, i) => (label === UNKNOWN_LABEL ? prior[i] ?? OUTSIDE : label));
  return { features: sequence.features, labels };
}
