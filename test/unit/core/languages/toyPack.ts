import { strippedForms } from '../../../../src/core/languages/suffixStripping';
import type { LanguagePack } from '../../../../src/core/languages/pack';

const ANY = String.raw`\p{L}{0,7}`;
const MONTHS = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];
const SUFFIXES = ['ning', 'dan', 'ga', 'ka', 'qa', 'da', 'ni', 'lar'];

/**
 * A small Uzbek (Latin) pack, as a corpus of a fourth language would bring it: identified by its
 * oʻ and gʻ, with month and year words, a few suffixes and one gazetteer entry. Built in the test only.
 */
export function uzbekLatinPack(): LanguagePack {
  return {
    code: 'uz',
    name: 'Uzbek',
    letters: 'a-zʻ',
    identification: [{ kind: 'letter-share', script: 'Latn', letters: /[og][ʻ‘’']/gu, minShare: 0.005 }],
    dates: {
      lexicon: [
        ...MONTHS.map((stem, i): [string, { type: 'month'; month: number }] => [`${stem}${ANY}`, { type: 'month', month: i + 1 }]),
        ['yil(?:i|da|dan|ning)?', { type: 'unit', unit: 'Y' }],
        ['kecha', { type: 'deicticDay', offset: -1 }],
      ],
      yearSuffix: /^(?:yil|da)$/u,
      daySuffix: /^(?:da|sida)$/u,
      loneMonth: (word) => /da$/u.test(word),
      postpositions: true,
      unitWordAfterName: true,
      joinDayPart: true,
    },
    morphology: { baseForms: (word) => strippedForms(word, SUFFIXES, {}), plural: /lar/u },
    names: {
      notNames: ['MCHJ'],
      organisationCueBefore: /(?!)/u,
      organisationCueAfter: /^\s*(?:jamgʻarmasi|agentligi)(?![\p{L}])/u,
      organisationHeads: ['vazirlik', 'vazirligi', 'qoʻmitasi'],
      regionWords: [],
      featureWordAfter: /(?!)/u,
      headFinalOrganisations: { genitive: /ning$/u, qualifierEnding: /ning$/u, obliqueCase: /\p{L}{3}(?:da|dan)$/u, everyWordCapitalised: false, connectors: [] },
      headInitialOrganisations: false,
      adjectiveBeforeNoun: false,
      personRoles: ['prezidenti', 'vaziri'],
      surnameEndings: ['yev', 'yeva', 'ov', 'ova'],
      personBaseName: 'strip-last-word-suffixes',
    capitalisedTitles: true,
    phrasesBesideModel: true,
    },
    entityModel: false,
    gazetteer: [{ kind: 'LOC', names: { uz: 'Samarqand', en: 'Samarkand' } }],
  };
}
