import * as assert from 'node:assert/strict';
import { nameSkeleton, skeleton } from '../../../../src/core/knowledge/transliterate';
import type { NameLanguage } from '../../../../src/core/tagging/gazetteer/gazetteer';

/** Each name in each language; every pair of languages must meet, in both directions. */
const SPELLINGS: readonly Partial<Record<NameLanguage, string>>[] = [
  { kk: 'Тоқаев', ru: 'Токаев', az: 'Tokayev', en: 'Tokayev' },
  { kk: 'Жомартович', ru: 'Жомартович', az: 'Jomartoviç', en: 'Zhomartovich' },
  { kk: 'Қасым-Жомарт', ru: 'Касым-Жомарт', az: 'Qasım-Jomart', en: 'Kassym-Jomart' },
  { kk: 'Әлиев', ru: 'Алиев', az: 'Əliyev', en: 'Aliyev' },
  { kk: 'Шавкат', ru: 'Шавкат', az: 'Şavkat', en: 'Shavkat' },
  { kk: 'Ержан', ru: 'Ержан', az: 'Yerjan', en: 'Yerzhan' },
  { kk: 'Ілһам', ru: 'Ильхам', az: 'İlham', en: 'Ilham' },
  { kk: 'Әзербайжан', ru: 'Азербайджан', az: 'Azərbaycan', en: 'Azerbaijan' },
  { kk: 'Мирзиёев', ru: 'Мирзиёев', az: 'Mirziyoyev', en: 'Mirziyoyev' },
  { kk: 'Назарбаев', ru: 'Назарбаев', az: 'Nazarbayev', en: 'Nazarbayev' },
  { kk: 'Чөкин', ru: 'Чокин', az: 'Çokin', en: 'Chokin' },
  { kk: 'Хасанов', ru: 'Хасанов', az: 'Xasanov', en: 'Khasanov' },
];

describe('core/knowledge transliteration', () => {
  for (const spellings of SPELLINGS) {
    const entries = Object.entries(spellings) as [NameLanguage, string][];
    it(entries.map(([, name]) => name).join(' = '), () => {
      for (const [fromLang, from] of entries) {
        for (const [toLang, to] of entries) {
          if (fromLang === toLang) continue;
          assert.equal(skeleton(from, fromLang), skeleton(to, toLang), `${fromLang} ${from} → ${toLang} ${to}`);
        }
      }
    });
  }

  it('keeps different names apart', () => {
    const names: [string, NameLanguage][] = [['Тоқаев', 'kk'], ['Токарев', 'ru'], ['Алиев', 'ru'], ['Алимов', 'ru'], ['Ахметов', 'ru'], ['Омаров', 'ru'], ['Шаймергенова', 'ru']];
    const skeletons = names.map(([name, lang]) => skeleton(name, lang));
    assert.equal(new Set(skeletons).size, names.length, skeletons.join(' '));
  });

  it('Azerbaijani lower-cases İ and I by its own rules; c is дж', () => {
    assert.equal(skeleton('İSVEÇRƏ', 'az'), skeleton('İsveçrə', 'az'));
    assert.equal(skeleton('Cəfər', 'az'), skeleton('Джафар', 'ru'));
  });

  it('a name of several words is skeletonised word by word', () => {
    assert.equal(nameSkeleton('Qasım-Jomart Tokayev', 'az'), nameSkeleton('Қасым-Жомарт Тоқаев', 'kk'));
    assert.equal(nameSkeleton('Qasım-Jomart Tokayev', 'az').split(' ').length, 2);
  });
});
