import type { LanguageCode } from '../types';

/** Acronyms that are not names: media, NGOs, goals, treaties, keys, legal forms, units, numerals. */
export const NOT_NAMES = new Set([
  'БАҚ', 'СМИ', 'НПО', 'ҮЕҰ', 'ТДМ', 'ЦУР', 'ДНЯО', 'ДЗЯО', 'ДВЗЯО', 'ВВП', 'ЖІӨ', 'ÜDM', 'ИИ', 'ЖИ', 'IT', 'ДТП', 'ЖКХ', 'ТЖ', 'ЧС',
  'CTRL', 'ENTER', 'PDF', 'URL', 'HTML', 'SMS', 'ОФ', 'ОО', 'МИА', 'ИА', 'ТОО', 'АО', 'ЖШС', 'АҚ', 'ASC', 'MMC', 'QSC', 'LLC',
  'КМ', 'КГ', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XX', 'XXI', 'COVID', 'ВИЧ', 'СПИД', 'OK',
]);

/** Words before «…» that make the quoted name an organisation (ru), or after it (kk, az). */
export const ORG_CUES_BEFORE: Readonly<Record<LanguageCode, RegExp>> = {
  ru: /(?:^|[\s(])(?:ОФ|ОО|МИА|ИА|ТОО|АО|ОЮЛ|РОО|фонд\p{L}*|агентств\p{L}*|медиаагентств\p{L}*|компани\p{L}*|парти\p{L}*|организаци\p{L}*|движени\p{L}*|ассоциаци\p{L}*|объединени\p{L}*|союз\p{L}*|центр\p{L}*|газет\p{L}*|журнал\p{L}*|телеканал\p{L}*|радио|портал\p{L}*|банк\p{L}*|корпораци\p{L}*|холдинг\p{L}*)\s*$/iu,
  kk: /(?:^|[\s(])(?:ҚҚ|ҚБ|ЖШС|АҚ|РҚБ)\s*$/u,
  az: /(?:^|[\s(])(?:ASC|MMC|QSC|İB)\s*$/u,
};
export const ORG_CUES_AFTER: Readonly<Record<LanguageCode, RegExp>> = {
  ru: /^$/u,
  kk: /^\s*(?:қоры|қоғамдық қоры|ұйымы|партиясы|компаниясы|агенттігі|газеті|журналы|телеарнасы|қауымдастығы|орталығы|бірлестігі|қозғалысы|холдингі|банкі|ЖШС|АҚ)(?![\p{L}])/u,
  az: /^\s*(?:şirkəti|təşkilatı|partiyası|agentliyi|qəzeti|jurnalı|telekanalı|assosiasiyası|mərkəzi|birliyi|hərəkatı|fondu|bankı|holdinqi|ASC|MMC)(?![\p{L}])/u,
};

/** Roles and titles that announce a person's name next to them. */
export const PERSON_ROLE = /(?:^|[\s,(])(?:омбудсмен\p{L}*|ombudsman|председател\p{L}*|директор\p{L}*|министр\p{L}*|посл\p{L}*|посол|президент\p{L}*|уполномоченн\p{L}*|спецпредставител\p{L}*|представител\p{L}*|корреспондент\p{L}*|глав\p{L}*|заместител\p{L}*|депутат\p{L}*|сенатор\p{L}*|премьер\p{L}*|генсек\p{L}*|секретар\p{L}*|комиссар\p{L}*|судь\p{L}*|эксперт\p{L}*|журналист\p{L}*|активист\p{L}*|правозащитни\p{L}*|адвокат\p{L}*|аким\p{L}*|төрағасы|директоры|министрі|елшісі|президенті|уәкілі|хатшысы|орынбасары|комиссары|депутаты|сарапшы\p{L}*|тілші\p{L}*|әкімі|sədri|sədr|direktoru|naziri|səfiri|prezidenti|müvəkkili|müvəkkil|katibi|müavini|deputatı|ekspert|jurnalist|hüquq müdafiəçisi)\s*[:,]?\s*$/iu;

/** Surname endings of the region, in their base form (Азимова, Ашықбаев, Əliyeva, Tokayev, Алиев, Жанұзақұлы). */
export const SURNAME = /(?:ов|ев|ёв|ова|ева|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|ұлы|қызы|улы|кызы|енко|юк|ук|ян|швили|дзе|yev|yeva|ov|ova|yeva|li|lı|lu|lü|zadə|oğlu|qızı|bəyli|bekov|bekova|şvili|zoda)$/u;

/** Head nouns of organisation names, as whole base forms (bare and with the possessive of a compound). */
export const ORG_HEADS: Readonly<Record<LanguageCode, ReadonlySet<string>>> = {
  kk: new Set(['қор', 'қоры', 'институт', 'институты', 'орталығы', 'ұйым', 'ұйымы', 'агенттік', 'агенттігі', 'басқарма', 'басқармасы',
    'министрлік', 'министрлігі', 'комитет', 'комитеті', 'кеңесі', 'бюро', 'бюросы', 'комиссия', 'комиссиясы', 'департамент', 'департаменті',
    'қауымдастық', 'қауымдастығы', 'университет', 'университеті', 'партия', 'партиясы', 'соты', 'палатасы', 'парламенті', 'академия', 'академиясы',
    'одағы', 'федерациясы', 'қоғамы']),
  ru: new Set(['министерство', 'комитет', 'комиссия', 'совет', 'агентство', 'служба', 'управление', 'департамент', 'организация', 'ассоциация',
    'центр', 'университет', 'институт', 'фонд', 'партия', 'суд', 'палата', 'парламент', 'академия', 'бюро', 'общество', 'союз', 'федерация', 'мажилис', 'сенат']),
  az: new Set(['nazirlik', 'nazirliyi', 'komitə', 'komitəsi', 'komissiya', 'komissiyası', 'şura', 'şurası', 'agentlik', 'agentliyi', 'idarəsi',
    'departament', 'departamenti', 'təşkilat', 'təşkilatı', 'assosiasiya', 'assosiasiyası', 'mərkəzi', 'universitet', 'universiteti', 'institut', 'institutu',
    'fond', 'fondu', 'partiya', 'partiyası', 'məhkəmə', 'məhkəməsi', 'palatası', 'parlament', 'parlamenti', 'akademiya', 'akademiyası', 'bürosu',
    'ittifaq', 'ittifaqı', 'federasiyası', 'aparatı', 'xidməti']),
};
