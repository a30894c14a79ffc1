import type { EntityDecisions } from '../knowledge/entityDecisions';
import { tagDates } from './dates/tagDates';
import { defaultGazetteer, type Gazetteer } from './gazetteer/gazetteer';
import { identifyLanguage, identifyScript } from './lang/identify';
import type { Scorer } from './model/entityModel';
import { loadShippedModelAsync, shippedModel } from './model/shippedModel';
import { loadSources, type PipelineConfig, runPipeline, type TaggerSource } from './pipeline';
import {
  adjacentOrganisationsRefiner, closingQuotesRefiner, quotedNamesRefiner, descriptorsRefiner, entityDecisionsRefiner, latinRunsRefiner, excludedRangesRefiner, knowledgeBaseRefiner, repeatedNamesRefiner,
  shortMentionsRefiner,
} from './refiners';
import { citySource, dateSource, gazetteerSource, GROUPS, modelSource, nameShapeSource, newsmakerSource, organisationPhraseSource, SHIPPED_PRIORITY } from './sources';
import { tokenizeWithWords } from '../text/tokenize';
import { curationOf } from './model/workspaceModel';
import { curatorMemorySource, refusedFormsRefiner } from './memory/memorySource';
import type { Span, Tagger, TagOptions, TagResult } from './types';

export interface TaggerSettings {
  /** The shipped gazetteer with the workspace's merged over it (default: the shipped one). */
  gazetteer?: Gazetteer;
  /** The curator's merges and splits of entities (.corpus/entities.yaml), applied to the links. */
  entityDecisions?: EntityDecisions;
  /** Link entity spans to the knowledge base and the corpus's own entities (default true). */
  link?: boolean;
  /** The entity model: default the shipped one (loaded lazily), `null` none, or a model already loaded. */
  model?: Scorer | null;
  /**
   * Changes the shipped configuration: adds a source (a workspace model learnt from the curator's
   * decisions), puts its group in the priority, adds or removes a refiner. Called once, by createTagger.
   */
  configure?: (shipped: PipelineConfig) => PipelineConfig;
}

/** A tagger (text → spans, synchronous) with its configuration and the loading of its lazy sources. */
export interface CorpusTagger extends Tagger {
  readonly config: PipelineConfig;
  /**
   * Loads the sources that load something (the entity model), once; never rejects. Tagging does
   * not wait for it: until a source is loaded the tagger tags without it, so lenses stay instant.
   * A host that wants every source (a worker, a test) awaits it first.
   */
  load(): Promise<void>;
}

function shippedModelSource(model: TaggerSettings['model']): TaggerSource | undefined {
  if (model === null) return undefined;
  if (model !== undefined) return modelSource(() => model);
  return modelSource(() => shippedModel(), () => loadShippedModelAsync());
}

/**
 * The shipped configuration: the gazetteer (shipped and workspace), the newsmakers, the date grammars, the entity
 * model, organisation phrases, name shapes and the large cities propose spans; of overlapping ones the higher
 * group in SHIPPED_PRIORITY wins; then refiners complete quotations, join organisations, tag
 * repeated names, give short mentions the full name, link to the knowledge base, apply the
 * curator's entity decisions and drop boilerplate.
 */
export function shippedPipeline(settings: TaggerSettings = {}): PipelineConfig {
  const model = shippedModelSource(settings.model);
  const linking = settings.link === false ? [] : [knowledgeBaseRefiner, ...(settings.entityDecisions ? [entityDecisionsRefiner(settings.entityDecisions)] : [])];
  // A workspace model carries the curator's memory: the names kept are proposed again, the forms rejected dropped.
  const memory = curationOf(settings.model)?.memory;
  return {
    // The curator's memory before the cities: a listed place never takes in a name the curator kept.
    sources: [gazetteerSource, newsmakerSource, dateSource, ...(model ? [model] : []), organisationPhraseSource, nameShapeSource, ...(memory ? [curatorMemorySource(memory)] : []), citySource],
    priority: memory ? SHIPPED_PRIORITY.flatMap((group) => (group === GROUPS.model ? [group, GROUPS.memory] : [group])) : SHIPPED_PRIORITY,
    refiners: [quotedNamesRefiner, closingQuotesRefiner, descriptorsRefiner, latinRunsRefiner, adjacentOrganisationsRefiner, repeatedNamesRefiner, ...(memory ? [refusedFormsRefiner(memory)] : []), shortMentionsRefiner, ...linking, excludedRangesRefiner],
  };
}

/** A text that is not recognisably Kazakh, Russian or Azerbaijani: its numeric dates only. */
function undeterminedSpans(text: string, options: TagOptions): Span[] {
  const excluded = options.exclude ?? [];
  return tagDates(text, 'und', options.referenceDate)
    .filter((span) => !excluded.some((range) => span.start < range.end && range.start < span.end))
    .map((span) => ({ ...span, source: 'rule' as const }));
}

/**
 * The one way to build a tagger: the extension (per workspace folder), the index's workers and
 * the CLI all call this with the workspace's gazetteer and entity decisions, so they tag alike.
 * Offsets of the spans are UTF-16 code units into the text given.
 */
export function createTagger(settings: TaggerSettings = {}): CorpusTagger {
  const shipped = shippedPipeline(settings);
  const config = settings.configure ? settings.configure(shipped) : shipped;
  const gazetteer = settings.gazetteer ?? defaultGazetteer();
  let loading: Promise<void> | undefined;
  const tagText = (text: string, options: TagOptions = {}): TagResult => {
    // A language given needs no identifying: only the script is worked out.
    const guess = options.lang ? { lang: options.lang, script: identifyScript(text) } : identifyLanguage(text);
    const lang = options.lang ?? guess.lang;
    if (lang === 'und') return { lang, script: guess.script, spans: undeterminedSpans(text, options) };
    // One tokenization per text, shared by every source and refiner.
    const { all, words } = tokenizeWithWords(text);
    const spans = runPipeline(config, { text, lang, options, allTokens: all, tokens: words, gazetteer });
    return { lang, script: guess.script, spans };
  };
  return Object.assign(tagText, { config, load: () => (loading ??= loadSources(config)) });
}
