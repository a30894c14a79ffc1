import { formsOf, knowledgeBase } from '../../knowledge/knowledgeBase';
import { Gazetteer, type GazetteerEntry, type NameLanguage } from '../gazetteer/gazetteer';

let regions: Gazetteer | undefined;

/**
 * Country, region and territory names in kk, ru, az and en: the knowledge base's CLDR territories
 * (src/core/knowledge/knowledge.json, generated from `cldr-localenames-full`), matched in any
 * inflected form by the gazetteer matcher. The model sees membership as a feature; it does not tag
 * a name only because it is listed.
 */
export function worldKnowledge(): Gazetteer {
  if (regions) return regions;
  const base = knowledgeBase();
  const entries = base.entities.filter((entity) => entity.kind === 'LOC' && entity.sources.includes('cldr')).map((entity): GazetteerEntry => {
    const names: Partial<Record<NameLanguage, string>> = {};
    const aliases: Partial<Record<NameLanguage, string[]>> = {};
    for (const { lang, form } of formsOf(entity)) {
      if (base.isAmbiguous(form)) continue;
      if (names[lang] === undefined) names[lang] = form;
      else (aliases[lang] ??= []).push(form);
    }
    return { kind: 'LOC', names, aliases };
  });
  regions = new Gazetteer(entries);
  return regions;
}
