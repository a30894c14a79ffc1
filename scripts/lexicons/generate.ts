// Generates data/lexicons/{ru,kk}.lexicon, the word sets the entity model's lexicon features look
// words up in, from the Debian hunspell dictionaries, and records in data/lexicons/manifest.json
// the packages' versions and the sha256 of what was read and written. Run by hand, never in CI:
//   cd /tmp && apt-get download hunspell-ru hunspell-kk && for d in hunspell-*.deb; do dpkg-deb -x $d x; done
//   npm run build && node out/scripts/lexicons/generate.js /tmp/x
// The argument is the folder the packages were extracted into (it holds usr/share/hunspell/).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { serializeLexicon } from '../../src/core/tagging/model/lexiconFile';
import { latinKey } from '../../src/core/text/transliterate';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const OUTPUT = path.join(REPO_ROOT, 'data', 'lexicons');
const extracted = process.argv[2];
if (extracted === undefined) {
  console.error('usage: node out/scripts/lexicons/generate.js <folder the hunspell-ru and hunspell-kk packages were extracted into>');
  process.exit(2);
}
const hunspell = path.join(extracted, 'usr', 'share', 'hunspell');
const docs = path.join(extracted, 'usr', 'share', 'doc');

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
/** The Debian package's version: the first line of its changelog, `source (version) …`. */
function packageVersion(name: string): string {
  const changelog = gunzipSync(readFileSync(path.join(docs, name, 'changelog.Debian.gz'))).toString('utf8');
  const version = /^\S+ \(([^)]+)\)/u.exec(changelog)?.[1];
  if (version === undefined) throw new Error(`no version in the changelog of ${name}`);
  return version;
}

interface Entry { word: string; flags: string }
/** The entries of a hunspell .dic (its first line is the count; a BOM and CRLF are allowed). */
function dictionaryEntries(file: string): Entry[] {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/u, '').split(/\r?\n/u).slice(1);
  return lines.filter((line) => line.trim() !== '').map((line) => {
    const slash = line.indexOf('/');
    return slash === -1 ? { word: line.trim(), flags: '' } : { word: line.slice(0, slash), flags: line.slice(slash + 1).trim() };
  });
}

const isLowerInitial = (word: string): boolean => /^\p{Ll}/u.test(word);
/** A capitalised word that is not all capitals (acronyms such as ЧП, ЭВМ are left out). */
const isName = (word: string): boolean => /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
/** The lower-case form, and its spelling with е for ё (news text mostly writes е). */
const lowerForms = (word: string, lang: string): string[] => {
  const lower = word.toLocaleLowerCase(lang);
  return lower.includes('ё') ? [lower, lower.replaceAll('ё', 'е')] : [lower];
};

/**
 * ru_RU's affix flags of capitalised entries tell their declension: K (masculine, animate: Иван,
 * Иванович) and I (feminine, animate: Ольга, Ивановна) are given names and patronymics; G
 * (Пушкин, Путин) and A (Маяковский) decline as surnames (a few towns too: Череповец); the rest
 * (J Берлин, H Москва, F Тюмень, O Черкассы, none: Чикаго) are mostly places.
 */
function russianSets(entries: readonly Entry[]): { name: string; words: string[] }[] {
  const sets = { common: [] as string[], given: [] as string[], surname: [] as string[], place: [] as string[] };
  for (const { word, flags } of entries) {
    const forms = lowerForms(word, 'ru');
    if (isLowerInitial(word)) sets.common.push(...forms);
    else if (!isName(word)) continue;
    else if (/[KI]/u.test(flags)) sets.given.push(...forms);
    else if (/[GA]/u.test(flags)) sets.surname.push(...forms);
    else sets.place.push(...forms);
  }
  // Kazakh and Azerbaijani words are looked up in the names by the common Turkic Latin key (Сергей, Sergey → sergey).
  const latin = (['given', 'surname', 'place'] as const).map((name) => ({ name: `latin:${name}`, words: sets[name].map(latinKey) }));
  return [...Object.entries(sets).map(([name, words]) => ({ name, words })), ...latin];
}

/**
 * kk_KZ: lower-case roots (common words, and some places: алматы), and its given names (395 in
 * the dictionary, 394 distinct keys), by their common Turkic Latin key, which Kazakh and Azerbaijani words are looked up by (қазақстан,
 * qazaxıstan → kazakstan, kazaxistan).
 */
function kazakhSets(entries: readonly Entry[]): { name: string; words: string[] }[] {
  const common: string[] = [];
  const given: string[] = [];
  for (const { word } of entries) {
    if (isLowerInitial(word)) common.push(...lowerForms(word, 'kk').map(latinKey));
    else if (isName(word)) given.push(...lowerForms(word, 'kk').map(latinKey));
  }
  return [{ name: 'latin:common', words: common }, { name: 'latin:given', words: given }];
}

const LEXICONS = [
  { lang: 'ru', dictionary: 'ru_RU', debian: 'hunspell-ru', licence: 'BSD-style licence of Alexander I. Lebedev (4 clauses); modified: reduced to hashed word sets', sets: russianSets },
  { lang: 'kk', dictionary: 'kk_KZ', debian: 'hunspell-kk', licence: 'MPL-1.1 (chosen of GPL-2+, LGPL-2.1+, MPL-1.1+); modified: reduced to hashed word sets', sets: kazakhSets },
] as const;

const manifest: Record<string, unknown> = {};
for (const lexicon of LEXICONS) {
  const dic = path.join(hunspell, `${lexicon.dictionary}.dic`);
  const aff = path.join(hunspell, `${lexicon.dictionary}.aff`);
  const version = packageVersion(lexicon.debian);
  const source = `Debian ${lexicon.debian} ${version}, ${lexicon.dictionary}.dic; ${lexicon.licence}`;
  const sets = lexicon.sets(dictionaryEntries(dic));
  const bytes = serializeLexicon(lexicon.lang, source, sets);
  const output = path.join(OUTPUT, `${lexicon.lang}.lexicon`);
  writeFileSync(output, bytes);
  manifest[lexicon.lang] = {
    package: lexicon.debian,
    version,
    dictionarySha256: sha256(readFileSync(dic)),
    affixSha256: sha256(readFileSync(aff)),
    lexiconSha256: sha256(bytes),
    bytes: bytes.length,
    sets: Object.fromEntries(sets.map(({ name, words }) => [name, new Set(words).size])),
  };
  console.log(`${path.relative(REPO_ROOT, output)}: ${bytes.length} bytes, ${sets.map(({ name, words }) => `${name} ${new Set(words).size}`).join(', ')} (${source})`);
}
// The licences travel with the data: ru_RU's stanza of the Debian copyright file, kk_KZ's whole
// copyright file, and the text of the MPL 1.1 chosen for kk (Debian's common-licenses copy).
const ruCopyright = readFileSync(path.join(docs, 'hunspell-ru', 'copyright'), 'utf8');
const ruStanza = /^Files: dictionaries\/ru_RU\/\*\n[\s\S]*?(?=\n\n)/mu.exec(ruCopyright)?.[0];
if (ruStanza === undefined) throw new Error('no ru_RU stanza in the hunspell-ru copyright file');
writeFileSync(path.join(OUTPUT, 'ru_RU.copyright'), `From the Debian package hunspell-ru ${packageVersion('hunspell-ru')}, /usr/share/doc/hunspell-ru/copyright.\nModified version: ru.lexicon holds hashed sets of the dictionary's words (scripts/lexicons/generate.ts), not the dictionary.\n\n${ruStanza}\n`);
writeFileSync(path.join(OUTPUT, 'kk_KZ.copyright'), `From the Debian package hunspell-kk ${packageVersion('hunspell-kk')}, /usr/share/doc/hunspell-kk/copyright.\nkk.lexicon, hashed sets of the dictionary's words (scripts/lexicons/generate.ts), is a modification distributed under the MPL 1.1 (MPL-1.1.txt).\n\n${readFileSync(path.join(docs, 'hunspell-kk', 'copyright'), 'utf8')}`);
writeFileSync(path.join(OUTPUT, 'MPL-1.1.txt'), readFileSync('/usr/share/common-licenses/MPL-1.1'));
writeFileSync(path.join(OUTPUT, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`wrote ${path.relative(REPO_ROOT, path.join(OUTPUT, 'manifest.json'))}`);
