// Words that mean the same thing to a hotel question, grouped by what they are about. A caller asks «с какого
// времени можно въезжать», the facts say «заезд», «заселение»: both carry the group term `g:arrive`, so the search
// meets them without a sentence of either side being listed anywhere. A group is a set of word roots matched
// anywhere in a word, so verb aspects and prefixes («въехать»/«въезжать», «завтракать»/«позавтракать») and nouns
// («въезд») fall in the same group. Facts take group terms from their topic words (what the fact is about,
// facts.ts) and never from their text: «оплата при заселении» is about payment, not about arriving.

const GROUPS: Record<string, RegExp> = {
  // arriving and moving in
  arrive: /(заезд|заезж|заех|въезд|въезж|въех|засел|засе[лл]ят|вселя|всел|поселя|посел|прибыт|приезд|приезж|приех|пуска|пустит|чекин|check-?in)/,
  // leaving and giving the room back
  leave: /(выпис|выезд|выезж|выех|высел|освобод|съезж|съех|съезд|уезж|уех|отъезд|расчетн|чекаут|check-?out|покида|покину)/,
  breakfast: /(завтрак)/,
  food: /(ресторан|поесть|покуша|перекус|ужин|обед|кафе|^ед[аыуе]$|^едой$|кухн)/,
  smoking: /(^кур[ияеюа]|покур|курен|курит|дым|сигар|вейп|кальян)/,
  laundry: /(стир|глад|химчист|прачеч|утюг)/,
  luggage: /(багаж|чемодан|сумк|хранени|^вещ[иейамх]*$|рюкзак|пакет)/,
  parking: /(парков|паркинг|стоянк|машин|автомоб|^авто$|тачк)/,
  internet: /(вайфай|wi-?fi|интернет)/,
  gym: /(тренаж|спортзал|фитнес|качалк)/,
  pay: /(оплат|расплат|плат[иея]|налич|карт[аоуы])/,
  pets: /(собак|собач|кошк|кошеч|^кот(?!ор)|питом|животн|^пес$|песик|щен)/,
  documents: /(документ|паспорт|регистрац|миграцион)/,
  // «со скольки», «до какого часа», «в котором часу», «время»: the question asks for a time
  time: /^(время|времени|час|часа|часу|часов|скольки)$/,
};

/** The group terms of the words of a text (already normalised: lower case, «ё» as «е»). */
export function groupTerms(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) for (const [name, re] of Object.entries(GROUPS)) if (re.test(w)) out.add(`g:${name}`);
  return [...out];
}
