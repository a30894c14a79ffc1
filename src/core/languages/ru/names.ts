import type { NameCues, RegionAdjectives } from '../pack';
import { ruNominative } from './personName';

/** An adjective in -ский or -цкий with the ending given. */
const agreeing = (ending: string): RegExp => new RegExp(`(?:ск|цк)${ending}$`, 'u');
const masculine = (word: string): Record<string, RegExp> => ({ [word]: agreeing('ий'), [`${word}а`]: agreeing('ого'), [`${word}у`]: agreeing('ому'), [`${word}е`]: agreeing('ом'), [`${word}ом`]: agreeing('им') });

/** Regions named by an adjective that agrees with the region word: every singular form (Ставропольского края, Чеченской республике). */
const regionAdjectives: RegionAdjectives = {
  agreeing: {
    край: agreeing('ий'), края: agreeing('ого'), краю: agreeing('ому'), крае: agreeing('ом'), краем: agreeing('им'), ...masculine('округ'), ...masculine('район'),
    область: agreeing('ая'), области: agreeing('ой'), областью: agreeing('ой'),
    республика: agreeing('ая'), республики: agreeing('ой'), республике: agreeing('ой'), республику: agreeing('ую'), республикой: agreeing('ой'),
  },
  genitive: ['края', 'округа', 'района', 'области', 'республики'],
};

export const ruNames: NameCues = {
  notNames: ['СМИ', 'НПО', 'ЦУР', 'ДНЯО', 'ДЗЯО', 'ДВЗЯО', 'ВВП', 'ИИ', 'ДТП', 'ЖКХ', 'ЧС', 'ОФ', 'ОО', 'МИА', 'ИА', 'ТОО', 'АО', 'ООО', 'ОАО', 'ЗАО', 'ПАО', 'НАО', 'АНО', 'НКО', 'ГУП', 'ФГУП', 'МУП', 'РГП', 'ОЮЛ', 'РОО', 'КМ', 'КГ', 'ВИЧ', 'СПИД', 'СМС', 'БТР', 'ДНК'],
  organisationCueBefore: /(?:^|[\s(])(?:ОФ|ОО|МИА|ИА|ТОО|АО|ОЮЛ|РОО|фонд\p{L}*|агентств\p{L}*|медиаагентств\p{L}*|компани\p{L}*|парти\p{L}*|организаци\p{L}*|движени\p{L}*|ассоциаци\p{L}*|объединени\p{L}*|союз\p{L}*|центр\p{L}*|газет\p{L}*|журнал\p{L}*|телеканал\p{L}*|радио|портал\p{L}*|банк\p{L}*|корпораци\p{L}*|холдинг\p{L}*)\s*$/iu,
  // Russian puts the cue before the name; this matches only a name at the very end of the text.
  organisationCueAfter: /^$/u,
  organisationHeads: ['министерство', 'комитет', 'комиссия', 'совет', 'агентство', 'служба', 'управление', 'департамент', 'организация', 'ассоциация',
    'центр', 'университет', 'институт', 'фонд', 'партия', 'суд', 'палата', 'парламент', 'академия', 'бюро', 'общество', 'союз', 'федерация', 'мажилис', 'сенат', 'прокуратура', 'собрание', 'дума', 'администрация', 'банк', 'трибунал', 'инспекция', 'ведомство', 'лига', 'архив', 'музей', 'театр', 'корпорация', 'компания', 'объединение', 'движение', 'конгресс'],
  regionWords: Object.keys(regionAdjectives.agreeing),
  // The name is an adjective that agrees with the word (Каспийское море): the word is part of it.
  featureWordAfter: /(?!)/u,
  regionAdjectives,
  headFinalOrganisations: false,
  headInitialOrganisations: {
    adjective: /(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ей)$/u,
    genitiveAdjective: /(?:ого|его|ой|ей|ых|их)$/u,
    genitiveNoun: /(?:а|я|ы|и|ов|ев|ей)$/u,
    // Prepositions, conjunctions, pronouns and adverbs (closed classes) that may follow a head.
    notNouns: ['при', 'для', 'без', 'под', 'над', 'про', 'или', 'что', 'как', 'это', 'его', 'её', 'их', 'уже', 'ещё', 'еще', 'также', 'тоже',
      'среди', 'если', 'хотя', 'пока', 'благодаря', 'вроде', 'ныне', 'когда', 'тогда', 'всегда', 'иногда', 'никогда', 'вчера', 'сегодня',
      'завтра', 'снова', 'сначала', 'слева', 'справа', 'почти', 'впереди', 'позади', 'сзади', 'туда', 'сюда', 'отсюда', 'оттуда', 'куда', 'откуда',
      'однажды', 'дважды', 'трижды', 'нельзя'],
    // Verbs in the past after a vowel (была, приняли, заявило) and adverbs in -ски (фактически).
    notNounEnding: /(?:[аеёиоуыэюя]л[аои]|ски)$/u,
  },
  // Unlike `headInitialOrganisations.adjective`, the plural endings too, and not the prepositional -ом/-ем.
  adjectiveBeforeNoun: /(?:ого|его|ому|ему|ой|ей|ый|ий|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ую|юю)$/u,
  personRoles: [String.raw`омбудсмен\p{L}*`, String.raw`председател\p{L}*`, String.raw`директор\p{L}*`, String.raw`министр\p{L}*`, String.raw`посл\p{L}*`, 'посол',
    String.raw`президент\p{L}*`, String.raw`уполномоченн\p{L}*`, String.raw`спецпредставител\p{L}*`, String.raw`представител\p{L}*`, String.raw`корреспондент\p{L}*`,
    String.raw`глав\p{L}*`, String.raw`заместител\p{L}*`, String.raw`депутат\p{L}*`, String.raw`сенатор\p{L}*`, String.raw`премьер\p{L}*`, String.raw`генсек\p{L}*`,
    String.raw`секретар\p{L}*`, String.raw`комиссар\p{L}*`, String.raw`судь\p{L}*`, String.raw`эксперт\p{L}*`, String.raw`журналист\p{L}*`, String.raw`активист\p{L}*`,
    String.raw`правозащитни\p{L}*`, String.raw`адвокат\p{L}*`, String.raw`аким\p{L}*`],
  // Russian, Ukrainian, Armenian and Georgian surnames as Russian spells them.
  surnameEndings: ['ов', 'ев', 'ёв', 'ова', 'ева', 'ёва', 'ин', 'ина', 'ский', 'ская', 'цкий', 'цкая', 'енко', 'юк', 'ук', 'ян', 'швили', 'дзе'],
  personBaseName: ruNominative,
  capitalisedTitles: false,
  // With the model: no change on five folds of the training part without them; on the dev split they add organisations.
  phrasesBesideModel: true,
};
