import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { knowledgeBase } from '../../../../src/core/knowledge/knowledgeBase';

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
});
