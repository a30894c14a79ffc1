import type { NameCues } from '../pack';
import { azPersonBaseName } from './personName';

export const azNames: NameCues = {
  notNames: ['ÜDM', 'ASC', 'MMC', 'QSC', 'ATSC', 'QHT', 'İB', 'QİÇS', 'İİV'],
  organisationCueBefore: /(?:^|[\s(])(?:ASC|MMC|QSC|İB)\s*$/u,
  organisationCueAfter: /^\s*(?:şirkəti|təşkilatı|partiyası|agentliyi|qəzeti|jurnalı|telekanalı|assosiasiyası|mərkəzi|birliyi|hərəkatı|fondu|bankı|holdinqi|ASC|MMC)(?![\p{L}])/u,
  organisationHeads: ['nazirlik', 'nazirliyi', 'komitə', 'komitəsi', 'komissiya', 'komissiyası', 'şura', 'şurası', 'agentlik', 'agentliyi', 'idarəsi',
    'departament', 'departamenti', 'təşkilat', 'təşkilatı', 'assosiasiya', 'assosiasiyası', 'mərkəzi', 'universitet', 'universiteti', 'institut', 'institutu',
    'fond', 'fondu', 'partiya', 'partiyası', 'məhkəmə', 'məhkəməsi', 'palatası', 'parlament', 'parlamenti', 'akademiya', 'akademiyası', 'bürosu',
    'ittifaq', 'ittifaqı', 'federasiyası', 'aparatı', 'xidməti', 'cəmiyyət', 'cəmiyyəti', 'prokurorluq', 'prokurorluğu', 'administrasiya',
    'administrasiyası', 'hakimiyyəti', 'kollegiya', 'kollegiyası', 'komissarlıq', 'komissarlığı', 'səfirlik', 'səfirliyi', 'nümayəndəlik',
    'nümayəndəliyi', 'qurum', 'qurumu', 'assambleya', 'assambleyası', 'bank', 'bankı', 'şöbə', 'şöbəsi', 'məclis', 'məclisi'],
  regionWords: ['vilayət', 'vilayəti'],
  featureWordAfter: /^(?:dənizi|gölü|çayı)(?:|n[ıiuü]n|n[ıiuü]|n[aə]|nd[aə]|nd[aə]n|ndakı|ndəki)$/u,
  headInitialOrganisations: false,
  adjectiveBeforeNoun: false,
  headFinalOrganisations: {
    genitive: /(?:nın|nin|nun|nün|ın|in|un|ün)$/u,
    qualifierEnding: /(?:nın|nin|nun|nün|ın|in|un|ün)$/u,
    // Not the dative -ya, -yə: Rusiya, Türkiyə and Asiya end so.
    obliqueCase: /\p{L}{3}(?:da|də|dan|dən|dakı|dəki)$/u,
    connectors: ['və', 'üzrə'],
    everyWordCapitalised: true,
  },
  personRoles: ['ombudsman', 'sədri', 'sədr', 'direktoru', 'naziri', 'səfiri', 'prezidenti', 'müvəkkili', 'müvəkkil', 'katibi', 'müavini', 'deputatı', 'ekspert', 'jurnalist', 'hüquq müdafiəçisi'],
  surnameEndings: ['yev', 'yeva', 'ov', 'ova', 'li', 'lı', 'lu', 'lü', 'zadə', 'oğlu', 'qızı', 'bəyli', 'bekov', 'bekova', 'şvili', 'zoda'],
  personBaseName: azPersonBaseName,
  // Prezident İlham Əliyev: the title is capitalised.
  capitalisedTitles: true,
  // The shipped model does not tag Azerbaijani; a workspace model learns from few decisions, the phrases stay.
  phrasesBesideModel: true,
};
