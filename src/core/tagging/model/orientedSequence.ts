import { orientedFeatures } from './features';
import { reversedLabels } from './labels';
import type { TrainingSequence } from './perceptron';

/** A training sequence in the order the weights `weightsKey` read it (see orientedFeatures), its labels with it. */
export function orientedSequence(sequence: TrainingSequence, weightsKey = sequence.features.weightsKey): TrainingSequence {
  const features = orientedFeatures(sequence.features, weightsKey);
  if (features.rightToLeft === sequence.features.rightToLeft) return features === sequence.features ? sequence : { features, labels: sequence.labels };
  return { features, labels: reversedLabels(sequence.labels) };
}
