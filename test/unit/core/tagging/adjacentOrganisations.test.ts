import * as assert from 'node:assert/strict';
import { languagePack } from '../../../../src/core/languages/registry';
import { joinAdjacentOrganisations } from '../../../../src/core/tagging/refine';
import type { LanguageCode, Span } from '../../../../src/core/tagging/types';

/** What joinAdjacentOrganisations makes of the named organisations in `text`, with the language's oblique case. */
function joined(text: string, names: readonly string[], lang: LanguageCode): string[] {
  const spans = names.map((name): Span => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, `${name} is in the text`);
    return { start, end: start + name.length, kind: 'ORG', text: name, canonical: name };
  });
  const headFinal = languagePack(lang).names.headFinalOrganisations;
  return joinAdjacentOrganisations(text, spans, headFinal === false ? undefined : headFinal.obliqueCase).map((span) => span.text);
}

describe('core/tagging: two organisations side by side (joinAdjacentOrganisations)', () => {
  it('are one where the second is a unit named after the first', () => {
    assert.deepEqual(joined('Қытай Саясат және құқық университеті Адам құқықтарын зерттеу институты хабарлады.', ['Қытай Саясат және құқық университеті', 'Адам құқықтарын зерттеу институты'], 'kk'), ['Қытай Саясат және құқық университеті Адам құқықтарын зерттеу институты']);
  });

  it('are two where the first ends in the locative or ablative, a case ending after a hyphen included', () => {
    assert.deepEqual(joined('Məlumatı Ombudsman Aparatından AZƏRTAC verib.', ['Ombudsman Aparatından', 'AZƏRTAC'], 'az'), ['Ombudsman Aparatından', 'AZƏRTAC']);
    assert.deepEqual(joined('Бұл туралы Wall Street Journal-да Reuters агенттігі жазды.', ['Wall Street Journal-да', 'Reuters агенттігі'], 'kk'), ['Wall Street Journal-да', 'Reuters агенттігі']);
    assert.deepEqual(joined('Bu barədə Meydan TV-dən Abzas Medianın əməkdaşı danışıb.', ['Meydan TV-dən', 'Abzas Medianın'], 'az'), ['Meydan TV-dən', 'Abzas Medianın']);
    assert.deepEqual(joined('Бұл туралы Wall Street Journal-дың Reuters бөлімі жазды.', ['Wall Street Journal-дың', 'Reuters бөлімі'], 'kk'), ['Wall Street Journal-дың Reuters бөлімі'], 'a genitive owns the next name: one');
  });

  it('are two where the second is a news medium, no unit of the body before it', () => {
    assert.deepEqual(joined('Bakı Apellyasiya Məhkəməsi Abzas Media əməkdaşlarını dinlədi.', ['Bakı Apellyasiya Məhkəməsi', 'Abzas Media'], 'az'), ['Bakı Apellyasiya Məhkəməsi', 'Abzas Media']);
  });
});
