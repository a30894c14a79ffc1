import { strippedForms } from '../suffixStripping';

/**
 * Azerbaijani suffixes with vowel harmony (a/ə, ı/i/u/ü) and buffer consonants (n, y, s):
 * Azərbaycanın → azərbaycan; Çinin → çin; Bakıda, Bakıya → bakı; Respublikasının → respublika.
 */
const SUFFIXES = [
  'ndakı', 'ndəki', 'dakı', 'dəki', 'takı', 'təki',
  'ndan', 'ndən', 'nın', 'nin', 'nun', 'nün', 'dan', 'dən', 'tan', 'tən', 'nda', 'ndə', 'lar', 'lər', 'yla', 'ylə',
  'ın', 'in', 'un', 'ün', 'ya', 'yə', 'na', 'nə', 'da', 'də', 'ta', 'tə',
  'nı', 'ni', 'nu', 'nü', 'yı', 'yi', 'yu', 'yü', 'sı', 'si', 'su', 'sü', 'la', 'lə',
  'ı', 'i', 'u', 'ü', 'a', 'ə',
];
const DEVOICING: Readonly<Record<string, string>> = { ğ: 'q', y: 'k' };

export function azBaseForms(lowerWord: string): string[] {
  return strippedForms(lowerWord, SUFFIXES, DEVOICING);
}
