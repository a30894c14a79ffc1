import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { knowledgeBase } from '../../../../src/core/knowledge/knowledgeBase';
import { tagWithGazetteer } from '../../../../src/core/tagging/entities/gazetteerTagger';
import { cityGazetteer, defaultGazetteer, type Gazetteer, newsmakerGazetteer } from '../../../../src/core/tagging/gazetteer/gazetteer';
import { tokenizeWords } from '../../../../src/core/text/tokenize';
import { tag } from '../../../../src/core/tagging/tag';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');

describe('core/knowledge knowledge base', () => {
  it('the committed knowledge.json is what the generator makes of its sources', () => {
    const run = spawnSync(process.execPath, ['scripts/knowledge/generate.mjs', '--check'], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  it('every CLDR territory has its name in kk, ru, az and en, keyed by ISO code', () => {
    const territories = knowledgeBase().entities.filter((entity) => entity.iso !== undefined);
    assert.ok(territories.length > 280, `${territories.length} territories`);
    for (const entity of territories) for (const lang of ['kk', 'ru', 'az', 'en'] as const) assert.ok(entity.names[lang], `${entity.id} lacks ${lang}`);
    assert.equal(knowledgeBase().entity('Q232')?.iso, 'KZ');
    assert.equal(knowledgeBase().entity('iso:PS')?.names.az, 'Fələstin Əraziləri');
  });

  it('ids are unique and stable: the Wikidata id where known, else iso: or kb:', () => {
    const ids = knowledgeBase().entities.map((entity) => entity.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const entity of knowledgeBase().entities) {
      assert.match(entity.id, /^(Q[1-9][0-9]*|iso:[A-Z0-9]{2,3}|kb:[a-z0-9-]+)$/u);
      if (entity.wikidata) assert.equal(entity.id, entity.wikidata);
    }
  });

  it('organisations carry their abbreviations in the three languages', () => {
    const forms = (id: string): string[] => { const e = knowledgeBase().entity(id); return e ? [...Object.values(e.names), ...Object.values(e.aliases ?? {}).flat()] : []; };
    for (const abbreviation of ['ООН', 'БҰҰ', 'BMT']) assert.ok(forms('Q1065').includes(abbreviation), abbreviation);
    for (const abbreviation of ['ОБСЕ', 'ЕҚЫҰ', 'ATƏT']) assert.ok(forms('Q81299').includes(abbreviation), abbreviation);
    for (const abbreviation of ['ЕС', 'ЕО', 'Aİ']) assert.ok(forms('Q458').includes(abbreviation), abbreviation);
  });

  it('takes in every entry of the shipped gazetteer', () => {
    const kb = knowledgeBase();
    const fromGazetteer = kb.entities.filter((entity) => entity.sources.includes('gazetteer'));
    assert.equal(fromGazetteer.length, 147);
  });

  it('the newsmakers are in kk, ru, az and en, and only their own gazetteer names them (the model does not read them)', () => {
    const kb = knowledgeBase();
    const newsmakers = kb.entities.filter((entity) => entity.sources.length === 1 && entity.sources[0] === 'newsmakers');
    assert.equal(newsmakers.length, 146);
    // An entry may add only its country and names alone to an entity of the gazetteer (Kazakhstan's foreign ministry), whose names stay as they were.
    const merged = kb.entity('kb:ministry-of-foreign-affairs-of-kazakhstan');
    assert.deepEqual(merged?.sources, ['gazetteer', 'newsmakers']);
    assert.deepEqual(merged.names, { kk: 'Қазақстан Республикасы Сыртқы істер министрлігі', ru: 'МИД РК', az: 'Qazaxıstan Respublikasının Xarici İşlər Nazirliyi', en: 'Ministry of Foreign Affairs of Kazakhstan' });
    assert.equal(merged.country, 'Q232');
    assert.ok(merged.contextAliases?.ru?.includes('МИД'));
    for (const entity of newsmakers) assert.deepEqual(Object.keys(entity.names).sort(), ['az', 'en', 'kk', 'ru'], entity.id);
    assert.deepEqual(kb.entity('kb:nursultan-nazarbayev')?.names, { kk: 'Нұрсұлтан Назарбаев', ru: 'Нурсултан Назарбаев', az: 'Nursultan Nazarbayev', en: 'Nursultan Nazarbayev' });
    const words = (text: string) => tokenizeWords(text);
    const text = 'Нурсултан Назарбаев выступил в Госдуме.';
    assert.deepEqual(tagWithGazetteer(text, words(text), 'ru', defaultGazetteer()).map((span) => span.text), []);
    assert.deepEqual(tagWithGazetteer(text, words(text), 'ru', newsmakerGazetteer()).map((span) => span.text), ['Нурсултан Назарбаев', 'Госдуме']);
  });

  it('the region\'s bodies, parties, courts and media are one entity in every language and inflected form, a name in the locative apart from the next', () => {
    const ids = (text: string, lang: 'kk' | 'ru' | 'az') => tag(text, { lang }).spans.filter((span) => span.kind === 'ORG').map((span) => `${span.text} ${span.entityId ?? ''}`);
    assert.deepEqual(ids('Бұл туралы Ақордадан хабарлады.', 'kk'), ['Ақордадан kb:akorda']);
    assert.deepEqual(ids('Об этом сообщили в Акорде.', 'ru'), ['Акорде kb:akorda']);
    assert.deepEqual(ids('Bakı Apellyasiya Məhkəməsi qərarı qüvvədə saxladı.', 'az'), ['Bakı Apellyasiya Məhkəməsi kb:baku-court-of-appeal']);
    assert.deepEqual(ids('Решение Бакинского апелляционного суда обжаловано.', 'ru'), ['Бакинского апелляционного суда kb:baku-court-of-appeal']);
    assert.deepEqual(ids('Bakı Ağır Cinayətlər Məhkəməsində Toplum TV əməkdaşlarının işinə baxılır.', 'az'), ['Bakı Ağır Cinayətlər Məhkəməsində kb:baku-grave-crimes-court', 'Toplum TV kb:toplum-tv']);
    assert.deepEqual(ids('Заявление сделали в Генпрокуратуре РК и в КНБ РК.', 'ru'), ['Генпрокуратуре РК kb:prosecutor-general-s-office-of-kazakhstan', 'КНБ РК kb:national-security-committee-of-kazakhstan'], 'as the issue draws a body: Конституционного суда РК is one organisation');
    assert.deepEqual(ids('Bakı Apellyasiya Məhkəməsi Abzas Media əməkdaşlarının şikayətinə baxdı.', 'az'), ['Bakı Apellyasiya Məhkəməsi kb:baku-court-of-appeal', 'Abzas Media kb:abzas-media'], 'a medium is no unit of the court before it');
    assert.deepEqual(ids('Госдеп и USAID выразили обеспокоенность.', 'ru'), ['Госдеп kb:united-states-department-of-state', 'USAID kb:usaid']);
    assert.deepEqual(ids('Yeni Azərbaycan Partiyası və Müsavat Partiyası bəyanat yaydı.', 'az'), ['Yeni Azərbaycan Partiyası kb:new-azerbaijan-party', 'Müsavat Partiyası kb:musavat']);
  });

  it('a body several countries have, or a common word, is not linked to the one the knowledge base lists', () => {
    const links = (text: string, lang: 'kk' | 'ru' | 'az') => tag(text, { lang }).spans.map((span) => span.entityId ?? '');
    for (const [text, lang] of [['Верховный суд отклонил жалобу.', 'ru'], ['КНБ Таджикистана задержал блогера.', 'ru'], ['Игорь Каляпин возглавлял Комитет против пыток.', 'ru'], ['Аманатқа қиянат жасамау керек.', 'kk'], ['Yeni Müsavat qəzetinin redaktoru danışıb.', 'az'], ['Новый Азербайджан начинается с молодёжи.', 'ru']] as const) {
      const found = links(text, lang);
      assert.ok(!found.some((id) => /supreme-court|national-security|committee-against-torture|nur-otan|musavat|new-azerbaijan/u.test(id)), `${text}: ${found.join(' | ')}`);
    }
  });

  it('the religious bodies that rights news names and the world\'s best-known organisations are one entity across the three languages, a longer listed name first', () => {
    const ids = (text: string, lang: 'kk' | 'ru' | 'az') => tag(text, { lang }).spans.filter((span) => span.kind === 'ORG').map((span) => `${span.text} ${span.entityId ?? ''}`);
    assert.deepEqual(ids('Свидетелей Иеговы и членов «Хизб ут-Тахрир» оштрафовали, сообщает Forum 18.', 'ru'), ['Свидетелей Иеговы kb:jehovah-s-witnesses', 'Хизб ут-Тахрир kb:hizb-ut-tahrir', 'Forum 18 kb:forum-18']);
    assert.deepEqual(ids('Иегова куәгерлері мен Таблиғи жамағат мүшелері сотталды.', 'kk'), ['Иегова куәгерлері kb:jehovah-s-witnesses', 'Таблиғи жамағат kb:tablighi-jamaat']);
    assert.deepEqual(ids('Yehova Şahidləri və Hizb ut-Tahrir üzvləri məhkum edilib.', 'az'), ['Yehova Şahidləri kb:jehovah-s-witnesses', 'Hizb ut-Tahrir kb:hizb-ut-tahrir']);
    assert.deepEqual(ids('Акции Газпрома упали, а Газпром нефть выросла.', 'ru'), ['Газпрома kb:gazprom', 'Газпром нефть kb:gazprom-neft']);
  });

  it('a name with a genitive gets its form without it as an alias, but no stem is cut that ends in n and a vowel', () => {
    const kb = knowledgeBase();
    const aliases = kb.entity('kb:kazakhstan-international-bureau-for-human-rights-and-rule-of-law')?.aliases?.az ?? [];
    assert.ok(!aliases.some((alias) => /\bQanu\b/u.test(alias)), aliases.join(' | '));
    assert.ok((kb.entity('kb:central-commission-for-discipline-inspection-of-the-cpc')?.aliases?.az ?? []).includes('Kommunist Partiyası İntizam Təftişi üzrə Mərkəzi Komissiyası'),
      'a genitive after the possessive ending (Partiyasının) still gives its form without it');
  });

  /** The places only `source` lists: at least `least`, each a place of that source alone with a local id and names in kk, ru, az and en. */
  function listedPlaces(source: string, least: number): void {
    const places = knowledgeBase().entities.filter((entity) => entity.sources.includes(source));
    assert.ok(places.length >= least, `${places.length} places of ${source}`);
    for (const place of places) {
      assert.equal(place.kind, 'LOC', place.id);
      assert.deepEqual(place.sources, [source], `${place.id}: a place another source lists belongs to that source`);
      assert.ok(place.id.startsWith('kb:') && place.wikidata === undefined, place.id);
      assert.deepEqual(Object.keys(place.names).sort(), ['az', 'en', 'kk', 'ru'], place.id);
    }
  }
  const listed = (gazetteer: Gazetteer, form: string) => gazetteer.entries.some((entry) => Object.values(entry.names).includes(form));

  it('the towns of sources/towns.json are places of their own in kk, ru, az and en, with local ids, which the entity model does not read', () => {
    listedPlaces('towns', 90);
    assert.deepEqual(knowledgeBase().entity('kb:guba')?.names, { kk: 'Губа', ru: 'Губа', az: 'Quba', en: 'Guba' });
    // Not in the gazetteer the model reads as a feature (the shipped model was trained without them); in the cities' one.
    assert.ok(!listed(defaultGazetteer(), 'Quba') && listed(cityGazetteer(), 'Quba'));
    assert.ok(listed(defaultGazetteer(), 'Gəncə') && !listed(cityGazetteer(), 'Gəncə'));
  });

  it('the regions and seas of sources/regions.json are places of their own in kk, ru, az and en, with local ids, which the entity model does not read', () => {
    listedPlaces('regions', 15);
    const kb = knowledgeBase();
    assert.equal(kb.entity('kb:gorno-badakhshan-autonomous-region')?.country, 'Q863');
    // Crimea and the seas lie in no one country the knowledge base would give them, and a republic
    // with its own government names no country: its ministry named alone is more likely its own.
    assert.equal(kb.entity('kb:crimea')?.country, undefined);
    assert.equal(kb.entity('kb:karakalpakstan')?.country, undefined);
    assert.ok(!listed(defaultGazetteer(), 'Қарақалпақстан') && listed(cityGazetteer(), 'Қарақалпақстан'));
  });

  it('the bodies of the shipped gazetteer that curators\' news names have their Azerbaijani names', () => {
    const kb = knowledgeBase();
    for (const id of ['kb:constitutional-court-of-kazakhstan', 'kb:parliament-of-kazakhstan', 'kb:ministry-of-foreign-affairs-of-kazakhstan', 'kb:commissioner-for-human-rights-in-the-republic-of-kazakhstan', 'kb:ministry-of-justice-of-tajikistan']) {
      assert.ok(kb.entity(id)?.names.az, id);
    }
  });

  it('the time zones\' cities of CLDR are places in kk, ru, az and en, one entity per place', () => {
    const kb = knowledgeBase();
    const cities = kb.entities.filter((entity) => entity.sources.includes('cldr-cities'));
    assert.ok(cities.length > 280, `${cities.length} cities`);
    assert.deepEqual(kb.entity('kb:madrid')?.names, { kk: 'Мадрид', ru: 'Мадрид', az: 'Madrid', en: 'Madrid' });
    assert.deepEqual(kb.entity('kb:vladivostok')?.names, { kk: 'Владивосток', ru: 'Владивосток', az: 'Vladivostok', en: 'Vladivostok' });
    // A city with a name the knowledge base has is left out: the place (Алматы, Ақтөбе), the city-state is the one entity.
    const named = (lang: 'kk' | 'ru', name: string) => kb.entities.filter((entity) => entity.names[lang] === name || (entity.aliases?.[lang] ?? []).includes(name)).map((entity) => entity.id);
    assert.deepEqual(named('kk', 'Ақтөбе'), ['kb:aktobe']);
    assert.deepEqual(named('ru', 'Алматы'), ['Q35493']);
    assert.deepEqual(named('ru', 'Сингапур'), ['Q334']);
    assert.deepEqual(kb.entity('Q334')?.sources, ['cldr']);
    // A territory keeps its name: ru Алжир is Algeria, and the city Algiers is left out.
    assert.deepEqual(named('ru', 'Алжир'), ['Q262']);
    assert.equal(kb.entity('kb:algiers'), undefined);
    // A city named like a person is left out (skipZones): София, Сидней.
    assert.deepEqual(named('ru', 'София'), []);
    assert.deepEqual(named('ru', 'Сидней'), []);
    assert.deepEqual(named('ru', 'Аделаида'), []);
    // A name CLDR writes as a description is none (о-в Сахалин, Азорские о-ва).
    assert.deepEqual(cities.filter((entity) => Object.values(entity.names).some((name) => /(?:^|\s)о-ва?(?:\s|$)/u.test(name))).map((entity) => entity.id), []);
  });
});
