// Types for the two name packages that ship none, limited to what names-ru.ts uses.
declare module 'sex-by-russian-name/dist/names.js' {
  /** Russian first names in lower case (about 1,400 women's and 2,000 men's), by the gender they are given to. */
  export const names: { female: Set<string>; male: Set<string> };
}

declare module 'petrovich' {
  type PetrovichCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  interface PetrovichPerson {
    gender: 'male' | 'female' | 'androgynous';
    first?: string;
    middle?: string;
    last?: string;
  }
  const petrovich: (person: PetrovichPerson, grammaticalCase: PetrovichCase) => PetrovichPerson;
  export default petrovich;
}
