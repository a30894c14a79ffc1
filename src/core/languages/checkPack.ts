import type { IdentificationCue } from './pack';

const CODE = /^[a-z]{2,3}$/u;
const SCRIPTS = new Set(['Cyrl', 'Latn']);

/**
 * What is missing or malformed in a pack that did not come through the compiler (JavaScript, JSON
 * turned into a pack, a cast): each problem names its field. Empty for a complete pack.
 */
export function languagePackProblems(candidate: unknown): string[] {
  if (candidate === null || typeof candidate !== 'object') return ['a language pack must be an object'];
  const pack = candidate as Record<string, unknown>;
  const problems: string[] = [];
  const need = (ok: boolean, message: string): void => { if (!ok) problems.push(message); };
  const isRegExp = (value: unknown): value is RegExp => value instanceof RegExp;
  const record = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' ? value as Record<string, unknown> : {});

  need(typeof pack.code === 'string' && CODE.test(pack.code), 'code must be a lower-case BCP 47 language subtag (uz, ky, tt)');
  need(typeof pack.name === 'string' && pack.name.trim() !== '', 'name must be the language\'s English name');
  need(typeof pack.letters === 'string' && pack.letters !== '' && compiles(`[${pack.letters}]`), 'letters must be the body of a character class (a-zçə…)');
  need(Array.isArray(pack.identification) && pack.identification.length > 0, 'identification must list at least one cue');
  if (Array.isArray(pack.identification)) pack.identification.forEach((cue: unknown, i) => { for (const problem of cueProblems(record(cue))) problems.push(`identification[${i}]: ${problem}`); });

  const dates = record(pack.dates);
  need(Array.isArray(dates.lexicon), 'dates.lexicon must be a list of [pattern, meaning] entries');
  if (Array.isArray(dates.lexicon)) dates.lexicon.forEach((entry: unknown, i) => {
    const [pattern, meaning] = Array.isArray(entry) ? entry as unknown[] : [];
    need(typeof pattern === 'string' && compiles(`^(?:${pattern})$`) && typeof record(meaning).type === 'string', `dates.lexicon[${i}] must be a pattern and a meaning with a type`);
  });
  for (const key of ['yearSuffix', 'daySuffix']) need(isRegExp(dates[key]), `dates.${key} must be a regular expression`);
  need(typeof dates.loneMonth === 'function', 'dates.loneMonth must be a function');
  for (const key of ['postpositions', 'unitWordAfterName', 'joinDayPart']) need(typeof dates[key] === 'boolean', `dates.${key} must be true or false`);

  const morphology = record(pack.morphology);
  need(typeof morphology.baseForms === 'function', 'morphology.baseForms must be a function');
  need(isRegExp(morphology.plural), 'morphology.plural must be a regular expression');

  const names = record(pack.names);
  for (const key of ['notNames', 'organisationHeads', 'regionWords', 'personRoles', 'surnameEndings']) {
    need(Array.isArray(names[key]) && (names[key] as unknown[]).every((item) => typeof item === 'string'), `names.${key} must be a list of strings`);
  }
  for (const key of ['personRoles', 'surnameEndings']) {
    if (Array.isArray(names[key])) for (const item of names[key] as unknown[]) need(typeof item === 'string' && compiles(item), `names.${key}: '${String(item)}' is not a valid pattern`);
  }
  for (const key of ['organisationCueBefore', 'organisationCueAfter', 'featureWordAfter']) need(isRegExp(names[key]), `names.${key} must be a regular expression`);
  const headFinal = names.headFinalOrganisations;
  need(headFinal === false || (isRegExp(record(headFinal).genitive) && isRegExp(record(headFinal).qualifierEnding) && isRegExp(record(headFinal).obliqueCase)
    && typeof record(headFinal).everyWordCapitalised === 'boolean' && Array.isArray(record(headFinal).connectors)),
    'names.headFinalOrganisations must be false or give genitive, qualifierEnding and obliqueCase regular expressions, everyWordCapitalised and connectors');
  const headInitial = names.headInitialOrganisations;
  need(headInitial === false || (isRegExp(record(headInitial).adjective) && isRegExp(record(headInitial).genitiveAdjective) && isRegExp(record(headInitial).genitiveNoun)
    && Array.isArray(record(headInitial).notNouns) && isRegExp(record(headInitial).notNounEnding)),
    'names.headInitialOrganisations must be false or give adjective, genitiveAdjective, genitiveNoun and notNounEnding regular expressions and notNouns');
  need(names.adjectiveBeforeNoun === false || isRegExp(names.adjectiveBeforeNoun), 'names.adjectiveBeforeNoun must be false or a regular expression');
  const regionAdjectives = names.regionAdjectives === undefined ? undefined : record(names.regionAdjectives);
  need(regionAdjectives === undefined || (Object.values(record(regionAdjectives.agreeing)).every(isRegExp) && Array.isArray(regionAdjectives.genitive) && (regionAdjectives.genitive as unknown[]).every((item) => typeof item === 'string')),
    'names.regionAdjectives, where given, must give agreeing (a regular expression per region word) and genitive (a list of strings)');
  need(names.personBaseName === 'strip-last-word-suffixes' || typeof names.personBaseName === 'function', 'names.personBaseName must be \'strip-last-word-suffixes\' or a function');
  for (const key of ['capitalisedTitles', 'phrasesBesideModel']) need(typeof names[key] === 'boolean', `names.${key} must be true or false`);

  need(typeof pack.entityModel === 'boolean', 'entityModel must be true or false');
  need(Array.isArray(pack.gazetteer), 'gazetteer must be a list of entries (empty for none)');
  return problems;
}

function cueProblems(cue: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof cue.script !== 'string' || !SCRIPTS.has(cue.script)) problems.push('script must be Cyrl or Latn');
  const kind = cue.kind as IdentificationCue['kind'] | undefined;
  switch (kind) {
    case 'decisive-letters':
    case 'letter-share':
      // Letters are counted with exec() and lastIndex: without the g flag the count never ends.
      if (!(cue.letters instanceof RegExp) || !cue.letters.global) problems.push('letters must be a regular expression with the g flag');
      if (typeof (kind === 'decisive-letters' ? cue.atLeast : cue.minShare) !== 'number') problems.push(kind === 'decisive-letters' ? 'atLeast must be a number' : 'minShare must be a number');
      break;
    case 'word-letters':
      // Tested word by word with test(): a g flag would carry lastIndex from one word to the next.
      if (!(cue.letters instanceof RegExp) || !(cue.distinct instanceof RegExp) || cue.letters.global || cue.distinct.global) problems.push('letters and distinct must be regular expressions without the g flag');
      if (typeof cue.minShare !== 'number') problems.push('minShare must be a number');
      break;
    case 'function-words':
      if (!(cue.words instanceof Set)) problems.push('words must be a set of lower-case words');
      if (typeof cue.minShare !== 'number') problems.push('minShare must be a number');
      break;
    default:
      problems.push('kind must be decisive-letters, letter-share, word-letters or function-words');
  }
  return problems;
}

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}
