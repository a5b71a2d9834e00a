// Surnames declined as adjectives: «на имя Белого», «Пшеничного Ивана», «для Ольги Белой». The dictionary knows
// «белого» as the adjective «белый», not as a surname, so the name reader would stop there. The nominative of the
// surname is that adjective in the person's gender («Белый», «Белая»), taken from the adjective's own paradigm in
// the dictionary (az, OpenCorpora). lvovich, which declines names in the replies, is no help backwards: it leaves
// some adjective surnames undeclined («Рыжий»), so it cannot check the form said.
import type { Morph } from './morph.ts';

export type NameCase = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct';
export type NameGender = 'masc' | 'femn';

export interface AdjectiveSurname {
  gender: NameGender;
  case: NameCase;
  score: number;
  /** The surname in the nominative, capitalised: «Белый», «Пшеничная». */
  nominative: string;
}

// «Белый», «Крутой», «Синий», «Белая», «Синяя»
const ADJECTIVE_NOMINATIVE = /(?:ый|ий|ой|ая|яя)$/;
const CASES: NameCase[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/**
 * The readings of a word as a surname declined like an adjective, in each case and gender it can have. `strict`
 * (no name asked or named outright): a word also used as a noun («взрослый», «рыжий») is not taken.
 */
export function adjectiveSurnameReadings(word: string, morph: Morph, strict = false): AdjectiveSurname[] {
  const out: AdjectiveSurname[] = [];
  const parses = morph.parse(word);
  if (strict && parses.some((p) => p.tags.has('NOUN') && p.score >= 0.3)) return out;
  for (const p of parses) {
    // pronouns, ordinals and superlatives («моего», «второго», «ближайшего») are never surnames
    if (p.tags.has('Apro') || p.tags.has('Anum') || p.tags.has('Supr')) continue;
    // (an indeclinable reading, «Fixd», is the guesser's last resort for any unknown word: «ольги»)
    if (!p.tags.has('ADJF') || p.tags.has('Fixd') || p.tags.has('plur') || p.tags.has('neut') || p.score < 0.01) continue;
    // a person in the accusative is animate: «белый» as an inanimate accusative is no form of a name
    if (p.tags.has('accs') && p.tags.has('inan')) continue;
    const gender: NameGender | null = p.tags.has('femn') ? 'femn' : p.tags.has('masc') ? 'masc' : null;
    const c = CASES.find((k) => p.tags.has(k));
    if (!gender || !c) continue;
    const nominative = p.parse.inflect([gender, 'nomn', 'sing']);
    if (!nominative) continue;
    const surname = capitalize(nominative.word);
    if (!ADJECTIVE_NOMINATIVE.test(surname)) continue;
    if (!out.some((o) => o.gender === gender && o.case === c)) out.push({ gender, case: c, score: p.score, nominative: surname });
  }
  return out;
}
