// Data tails glued to a fact with commas («…питомцем до 8 кг, 2000 рублей за всё проживание», «…2500 рублей в
// час, до 4 человек, по записи») are a list read out, not speech (issue 13). Each kind of tail becomes part of a
// sentence, as a receptionist says it:
// - a bare price after a clause that already is a sentence is a sentence of its own: «Это стоит 2000 рублей за всё
//   проживание.»;
// - a limit on people after a price says what the price is for: «за компанию до 4 человек», «за машину до 3
//   пассажиров»;
// - a closing «по записи» says what the caller has to do: «записаться нужно заранее».
// The figures stay the data's: only the words around them change.

// «2000 рублей за всё проживание», «2500 рублей в час»: a clause that is only a price
const PRICE_CLAUSE = /^\d[\d\s\u00a0]*\s*рубл[а-яё]*(?:\s+(?:за|в|на)\s[^,.;:—]+)?$/;
// what the people a price is for are called: riders of a car, else a company
const LIMIT_TAIL = /(\d[\d\s\u00a0]*\s*рубл[а-яё]*(?:\s+(?:за|в|на)\s[^,.;:—]+?)?),\s+до (\d+) (пассажир[а-яё]*|человек|гост[а-яё]*)(?=[,.;]|$)/g;
const CLOSING_RECORD = /,\s+по записи(?=\.?$)/;

/** Clauses of a sentence split at commas outside quotes and brackets (for telling a bare price clause). */
function commaClauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '«') depth++;
    if (ch === ')' || ch === '»') depth--;
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** One sentence with its glued tails said as speech. */
function sentenceTails(sentence: string): string {
  const end = /[.!?]$/.test(sentence) ? sentence.slice(-1) : '';
  const body = end ? sentence.slice(0, -1) : sentence;
  let t = body.replace(LIMIT_TAIL, (_m, price: string, n: string, who: string) =>
    /^пассажир/.test(who) ? `${price} за машину до ${n} ${who}` : `${price} за компанию до ${n} ${who}`,
  );
  t = t.replace(CLOSING_RECORD, ', записаться нужно заранее');
  const parts = commaClauses(t);
  // the first price clause after the opening one starts a sentence of its own: «Это стоит …»
  const at = parts.findIndex((p, i) => i > 0 && PRICE_CLAUSE.test(p.trim().replace(/\s+за (?:компанию|машину) до .*$/, '')));
  if (at > 0 && !/:\s|—/.test(parts.slice(0, at).join(','))) {
    const head = parts.slice(0, at).join(',').trim();
    const tail = parts.slice(at).join(',').trim();
    t = `${head}. Это стоит ${tail}`;
  }
  return `${t}${end}`;
}

/** A fact's sentences with the data tails glued to them said as speech. */
export function withoutDataTails(text: string): string {
  return text
    .split(/(?<=[.!?])\s+/)
    .map(sentenceTails)
    .join(' ');
}
