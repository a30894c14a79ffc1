import { Gazetteer, type GazetteerEntry } from '../gazetteer/gazetteer';
import cldr from './worldKnowledge.json';

interface Region { code: string; kk: string; ru: string; az: string; en: string }

let regions: Gazetteer | undefined;

/**
 * Country, region and territory names in kk, ru, az and en from CLDR (worldKnowledge.json),
 * matched in any inflected form through the languages' morphology. The model sees membership as
 * a feature; it does not tag a name only because it is listed.
 */
export function worldKnowledge(): Gazetteer {
  regions ??= new Gazetteer((cldr as { regions: Region[] }).regions.map((region): GazetteerEntry => ({
    kind: 'LOC', names: { kk: region.kk, ru: region.ru, az: region.az, en: region.en },
  })));
  return regions;
}
