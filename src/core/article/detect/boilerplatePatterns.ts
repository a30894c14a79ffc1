/** Why a block is boilerplate: the codes written in the front matter's `boilerplate` list. */
export type BoilerplateReason =
  | 'site-header'
  | 'view-counter'
  | 'error-report'
  | 'app-promotion'
  | 'partners'
  | 'share'
  | 'byline'
  | 'dateline'
  | 'site-footer';

/**
 * Phrases that mark a whole block as site furniture, in kk, ru and az (and the English that
 * sites mix in). Matched case-insensitively against the block's text.
 */
export const BOILERPLATE_PHRASES: readonly { reason: BoilerplateReason; pattern: RegExp }[] = [
  { reason: 'view-counter', pattern: /^(?:\d[\d\s]{0,9}|(?:просмотр\p{L}*|қаралым\p{L}*|baxış\p{L}*|views?)\s*:?\s*\d[\d\s]*|\d[\d\s]*\s*(?:просмотр\p{L}*|қаралым\p{L}*|baxış\p{L}*|views?))$/iu },
  { reason: 'error-report', pattern: /(?:если вы (?:обнаружили|нашли) ошибку|орфографическая ошибка|выделите (?:фрагмент|её|ее) .*ctrl|^отмена\s+отправить$|қате (?:тапсаңыз|байқасаңыз)|xəta (?:tapsanız|görsəniz)|ctrl\s*\+\s*enter)/iu },
  { reason: 'app-promotion', pattern: /(?:қосымшаны жүктеп|қосымшамызды|скачайте (?:наше )?приложение|установите (?:наше )?приложение|tətbiqi(?:mizi)? yükləyin|download (?:our|the) app|app store|google play)/iu },
  { reason: 'partners', pattern: /^(?:серіктестер(?:іміз)?|партн[её]ры|наши партн[её]ры|tərəfdaşlar(?:ımız)?|partners)$/iu },
  { reason: 'share', pattern: /^(?:поделиться|бөлісу|paylaş|share)(?:\s*:)?$/iu },
];

/** Words that end the name of an organisation: a first line ending so is the site's own header. */
export const ORGANISATION_HEADER_ENDINGS = /(?:басқармасы|министрлігі|әкімдігі|департаменті|комитеті|агенттігі|управление|министерство|акимат|департамент|комитет|агентство|nazirliyi|idarəsi|agentliyi|komitəsi|aparatı)$/iu;
