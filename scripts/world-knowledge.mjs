// Writes src/core/tagging/model/worldKnowledge.json: country, region and territory names in kk, ru,
// az and en from CLDR, through the ICU that Node ships (full ICU; CLDR version recorded in the file).
// CLDR data: Unicode, Inc., licence Unicode-3.0. Deterministic: codes sorted, names as CLDR gives them.
import { writeFileSync } from 'node:fs';

const LANGUAGES = ['kk', 'ru', 'az', 'en'];
const names = Object.fromEntries(LANGUAGES.map((lang) => [lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })]));
const regions = [];
for (let a = 65; a <= 90; a++) {
  for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    const english = names.en.of(code);
    // ICU knows private-use and deprecated codes too; a region is kept only if every language names it.
    if (english === undefined || english === code || ['QO', 'XA', 'XB', 'ZZ', 'EU', 'EZ', 'UN'].includes(code)) continue;
    const entry = { code };
    for (const lang of LANGUAGES) {
      const name = names[lang].of(code);
      if (name !== undefined && name !== code) entry[lang] = name;
    }
    if (LANGUAGES.every((lang) => entry[lang] !== undefined)) regions.push(entry);
  }
}
const file = { $comment: `CLDR ${process.versions.cldr} region names (Unicode, Inc., licence Unicode-3.0), written by scripts/world-knowledge.mjs`, regions };
writeFileSync('src/core/tagging/model/worldKnowledge.json', JSON.stringify(file, null, 1) + '\n');
console.log(`${regions.length} regions from CLDR ${process.versions.cldr}`);
