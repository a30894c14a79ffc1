// `npm run bench`: the figures the README quotes, measured on this machine.
import { machineLine } from './machine';
import { runTaggingBench } from './tagging.bench';

console.log(`Corpus Curator benchmarks on ${machineLine()}`);
runTaggingBench();
