// Generates src/core/knowledge/knowledge.json, the entity knowledge base, from open data:
//   - CLDR territory names in kk, ru, az and en (the pinned `cldr-localenames-full` package, Unicode-3.0),
//   - CLDR's exemplar cities of the time zones in kk, ru, az and en (the pinned `cldr-dates-full`
//     package, Unicode-3.0): the world's large cities and capitals,
//   - the hand-checked cities, organisations and Wikidata ids of src/core/knowledge/sources/curated.json,
//   - the hand-checked bodies and persons that news of the region keeps naming, src/core/knowledge/sources/newsmakers.json,
//   - the hand-checked towns of the region that no other source lists, src/core/knowledge/sources/towns.json,
//   - the hand-checked regions, seas and other places that are no towns, src/core/knowledge/sources/regions.json,
//   - the shipped gazetteer (src/core/tagging/gazetteer/gazetteer.json).
// Deterministic: entities sorted by id, names and aliases in a fixed order. `--check` exits 1 when
// the committed file differs from what the sources give (CI runs it through the unit tests).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const OUTPUT = path.join(ROOT, 'src/core/knowledge/knowledge.json');
const LANGS = ['kk', 'ru', 'az', 'en'];
const CLDR_VERSION = require('cldr-localenames-full/package.json').version;

const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function territories(lang) {
  return require(`cldr-localenames-full/main/${lang}/territories.json`).main[lang].localeDisplayNames.territories;
}

/** The exemplar city of each time zone, by zone id (`Europe/Madrid`), in one language; absent where CLDR has none. */
function exemplarCities(lang) {
  const cities = new Map();
  const walk = (node, prefix) => {
    for (const [key, value] of Object.entries(node)) {
      const id = prefix === '' ? key : `${prefix}/${key}`;
      if (typeof value !== 'object' || value === null) continue;
      if (typeof value.exemplarCity === 'string') cities.set(id, value.exemplarCity);
      else if (!('long' in value) && !('short' in value)) walk(value, id);
    }
  };
  walk(require(`cldr-dates-full/main/${lang}/timeZoneNames.json`).main[lang].dates.timeZoneNames.zone, '');
  return cities;
}

/**
 * A zone's city is a name to find in news unless it is not a city (`Etc/…`, Antarctic stations,
 * the US counties' zones: `Center, North Dakota`) or CLDR writes it as a description (`о-в Сахалин`,
 * `Азорские о-ва`, or with a comma, a parenthesis or a digit).
 */
const NOT_CITY_ZONE = /^(?:Etc|Antarctica)\/|^America\/(?:Indiana|Kentucky|North_Dakota)\//u;
const NOT_A_NAME = /[,()\d]|(?:^|\s)о-ва?(?:\s|$)/u;

/**
 * The cities of CLDR's time zones in the four languages. Where a language has no exemplar city,
 * TR35's fallback gives the zone id's last part (`Europe/Madrid` → `Madrid`), which is right for
 * the Latin alphabets (az, en) only.
 */
function zoneCities(skip) {
  const byLang = Object.fromEntries(LANGS.map((lang) => [lang, exemplarCities(lang)]));
  const zones = [...new Set(LANGS.flatMap((lang) => [...byLang[lang].keys()]))]
    .filter((zone) => !NOT_CITY_ZONE.test(zone) && !skip.includes(zone)).sort(compare);
  return zones.map((zone) => {
    const fallback = zone.split('/').pop().replace(/_/gu, ' ');
    const names = {};
    for (const lang of LANGS) {
      const name = byLang[lang].get(zone) ?? (lang === 'az' || lang === 'en' ? fallback : undefined);
      if (name !== undefined && !NOT_A_NAME.test(name)) names[lang] = name;
    }
    return { zone, names };
  }).filter((city) => Object.keys(city.names).length === LANGS.length);
}

function slug(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Adds `form` to the entity's aliases in `lang` unless it is already a name or alias there. */
function addAlias(entity, lang, form) {
  if (!form || entity.names[lang] === form) return;
  const list = (entity.aliases[lang] ??= []);
  if (!list.includes(form)) list.push(form);
}

/** Merges `other` into `entity`: the entity's names win; the other's names become aliases. */
function merge(entity, other, source) {
  for (const lang of LANGS) {
    const name = other.names[lang];
    if (name !== undefined) {
      if (entity.names[lang] === undefined) entity.names[lang] = name;
      else addAlias(entity, lang, name);
    }
    for (const alias of other.aliases?.[lang] ?? []) addAlias(entity, lang, alias);
  }
  if (!entity.wikidata && other.wikidata) entity.wikidata = other.wikidata;
  if (other.iso && !entity.iso) entity.iso = other.iso;
  if (other.country && !entity.country) entity.country = other.country;
  for (const [lang, forms] of Object.entries(other.contextAliases ?? {})) {
    const list = ((entity.contextAliases ??= {})[lang] ??= []);
    for (const form of forms) if (!list.includes(form)) list.push(form);
  }
  if (!entity.sources.includes(source)) entity.sources.push(source);
}

/**
 * Kazakh and Azerbaijani write a body's name with or without the genitive on the word that owns
 * it (`BMT-nin İnsan Hüquqları Şurası`, `BMT İnsan Hüquqları Şurası`; `Еуропа Кеңесінің
 * Парламенттік ассамблеясы`, `Еуропа Кеңесі Парламенттік ассамблеясы`): each such name gets the
 * other form as an alias. Only a genitive after a hyphen or after the possessive ending, which
 * cannot be the end of a stem; in Azerbaijani only after the ending's buffer consonant (`Şurasının`,
 * `Nazirliyinin`), since a stem may end in n and a vowel (`Qanunun` is `Qanun` in the genitive, not `Qanu`).
 */
const GENITIVES = { kk: [/-(?:ның|нің|дың|дің|тың|тің)$/u, /(?<=[ыі])н[ыі]ң$/u], az: [/-(?:nın|nin|nun|nün|ın|in|un|ün)$/u, /(?<=[sy][ıiuü])n[ıiuü]n$/u] };

function addWithoutGenitives(entity) {
  for (const [lang, patterns] of Object.entries(GENITIVES)) {
    for (const form of [entity.names[lang], ...(entity.aliases[lang] ?? [])]) {
      if (form === undefined) continue;
      const words = form.split(' ');
      if (words.length < 2) continue;
      const plain = words.map((word, index) => (index === words.length - 1 ? word : patterns.reduce((text, pattern) => text.replace(pattern, ''), word))).join(' ');
      if (plain !== form) addAlias(entity, lang, plain);
    }
  }
}

function fresh(entry, source) {
  return {
    kind: entry.kind, names: { ...entry.names }, aliases: JSON.parse(JSON.stringify(entry.aliases ?? {})),
    ...(entry.wikidata ? { wikidata: entry.wikidata } : {}), ...(entry.iso ? { iso: entry.iso } : {}),
    ...(entry.country ? { country: entry.country } : {}), ...(entry.contextAliases ? { contextAliases: JSON.parse(JSON.stringify(entry.contextAliases)) } : {}),
    sources: [source],
  };
}

export function generate() {
  const gazetteer = JSON.parse(readFileSync(path.join(ROOT, 'src/core/tagging/gazetteer/gazetteer.json'), 'utf8')).entities;
  const curated = JSON.parse(readFileSync(path.join(ROOT, 'src/core/knowledge/sources/curated.json'), 'utf8'));
  const entities = gazetteer.map((entry) => fresh(entry, 'gazetteer'));
  const find = (other) => entities.find((entity) => entity.kind === other.kind && (
    (other.wikidata !== undefined && entity.wikidata === other.wikidata)
    || (other.iso !== undefined && entity.iso === other.iso)
    || (other.names.en !== undefined && entity.names.en === other.names.en)
    || (other.names.ru !== undefined && entity.names.ru === other.names.ru && other.names.en === undefined)));
  const absorb = (other, source) => {
    const found = find(other);
    if (found) merge(found, other, source);
    else entities.push(fresh(other, source));
  };

  for (const entry of curated.entities) absorb(entry, 'curated');
  const newsmakers = JSON.parse(readFileSync(path.join(ROOT, 'src/core/knowledge/sources/newsmakers.json'), 'utf8'));
  for (const entry of newsmakers.entities) absorb(entry, 'newsmakers');
  for (const entity of entities) if (entity.kind === 'ORG') addWithoutGenitives(entity);

  const byLang = Object.fromEntries(LANGS.map((lang) => [lang, territories(lang)]));
  const codes = Object.keys(byLang.en).filter((code) => !code.includes('-') && !curated.skip.includes(code)).sort(compare);
  for (const code of codes) {
    const names = {};
    const aliases = {};
    for (const lang of LANGS) {
      const table = byLang[lang];
      if (table[code] !== undefined) names[lang] = table[code];
      const variants = Object.keys(table).filter((key) => key.startsWith(`${code}-alt-`)).sort(compare).map((key) => table[key]);
      if (variants.length > 0) aliases[lang] = variants;
    }
    const wikidata = curated.wikidata[code];
    absorb({ kind: curated.kinds[code] ?? 'LOC', names, aliases, iso: code, ...(wikidata ? { wikidata } : {}) }, 'cldr');
  }

  // A zone's city with a name that the knowledge base already has is left out, and the name stays
  // that entity's: the same place of the curated list or the gazetteer (`Алматы`), a city-state
  // (Monaco), an island's zone (`Christmas`, az `Milad`), or a city named like its country in some
  // languages (ru `Алжир`). The others are places of their own, with a local id.
  const nameIn = (entity, lang, name) => entity.names[lang] === name || (entity.aliases[lang] ?? []).includes(name);
  for (const city of zoneCities(curated.skipZones)) {
    if (!entities.some((entity) => LANGS.some((lang) => nameIn(entity, lang, city.names[lang])))) entities.push(fresh({ kind: 'LOC', names: city.names }, 'cldr-cities'));
  }
  // The towns and the regions come last: a place with a name that another source gives is that
  // source's (the lists are of places no other source lists, and a generator that found one would say so).
  for (const source of ['towns', 'regions']) {
    const places = JSON.parse(readFileSync(path.join(ROOT, `src/core/knowledge/sources/${source}.json`), 'utf8'));
    for (const place of places.entities) {
      const taken = entities.find((entity) => LANGS.some((lang) => [place.names[lang], ...(place.aliases?.[lang] ?? [])].some((name) => name !== undefined && nameIn(entity, lang, name))));
      if (taken) throw new Error(`${source}.json: ${place.names.en} is named by ${taken.names.en ?? taken.names.ru} already`);
      entities.push(fresh(place, source));
    }
  }

  // The region's places know their country (curated.json's placeCountries; towns.json and regions.json give their own).
  for (const [country, places] of Object.entries(curated.placeCountries)) {
    for (const name of places) {
      const place = entities.find((entity) => entity.kind === 'LOC' && entity.names.en === name);
      if (!place) throw new Error(`curated.json placeCountries: no place ${name}`);
      place.country ??= country;
    }
  }

  const seen = new Set();
  const result = entities.map((entity) => {
    const id = entity.wikidata ?? (entity.iso ? `iso:${entity.iso}` : `kb:${slug(entity.names.en ?? entity.names.ru ?? entity.names.kk ?? entity.names.az ?? '')}`);
    if (seen.has(id)) throw new Error(`duplicate knowledge-base id ${id}`);
    seen.add(id);
    const names = Object.fromEntries(LANGS.filter((lang) => entity.names[lang] !== undefined).map((lang) => [lang, entity.names[lang]]));
    const aliases = Object.fromEntries(LANGS.filter((lang) => (entity.aliases[lang] ?? []).length > 0).map((lang) => [lang, entity.aliases[lang]]));
    return {
      id, kind: entity.kind, names,
      ...(Object.keys(aliases).length > 0 ? { aliases } : {}),
      ...(entity.wikidata ? { wikidata: entity.wikidata } : {}),
      ...(entity.iso ? { iso: entity.iso } : {}),
      ...(entity.country ? { country: entity.country } : {}),
      ...(entity.contextAliases ? { contextAliases: Object.fromEntries(LANGS.filter((lang) => (entity.contextAliases[lang] ?? []).length > 0).map((lang) => [lang, entity.contextAliases[lang]])) } : {}),
      sources: [...entity.sources].sort(compare),
    };
  }).sort((a, b) => compare(a.id, b.id));

  const lines = result.map((entity) => `  ${JSON.stringify(entity)}`);
  const header = {
    $comment: 'Generated by scripts/knowledge/generate.mjs; do not edit. Sources: CLDR territories and time-zone cities (Unicode-3.0), src/core/knowledge/sources/curated.json, newsmakers.json, towns.json and regions.json, and the shipped gazetteer (Wikidata ids are CC0).',
    cldr: CLDR_VERSION,
    // What tagged text was linked with: caches of tagged articles (the index's, the writer's) keep to one stamp.
    stamp: createHash('sha256').update(JSON.stringify(curated.ambiguous)).update(lines.join('\n')).digest('hex').slice(0, 16),
    ambiguous: curated.ambiguous,
  };
  return `${JSON.stringify(header).slice(0, -1)},"entities":[\n${lines.join(',\n')}\n]}\n`;
}

const text = generate();
if (process.argv.includes('--check')) {
  let current = '';
  try { current = readFileSync(OUTPUT, 'utf8'); } catch { /* missing counts as different */ }
  if (current !== text) {
    console.error(`${path.relative(ROOT, OUTPUT)} is out of date: run node scripts/knowledge/generate.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(OUTPUT, text);
  console.log(`${path.relative(ROOT, OUTPUT)}: ${text.split('\n').length - 3} entities (CLDR ${CLDR_VERSION})`);
}
