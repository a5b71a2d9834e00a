// Keeps an LLM from changing facts while it rewords text: numbers (prices, dates, times, counts), booking
// codes and «quoted names» must survive unchanged, and no new ones may appear.

/** Facts a text states: digit sequences (thousands separators removed), codes like NB4821, «names». */
export function factsOf(text: string): Set<string> {
  const facts = new Set<string>();
  // "9 900", "9 900", "14:00", "2026-11-27", "+7 812 555-01-48" → their digits, grouped as written numbers
  for (const m of text.matchAll(/\d(?:[\d\u00a0\u202f ]*\d)?/g)) facts.add(m[0].replace(/[\u00a0\u202f ]/g, ''));
  for (const m of text.matchAll(/\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,}\b/g)) facts.add(m[0]);
  for (const m of text.matchAll(/«([^»]+)»/g)) facts.add(`«${m[1]!.trim().toLowerCase()}»`);
  return facts;
}

export interface FactCheck {
  ok: boolean;
  missing: string[];
  added: string[];
}

/**
 * The candidate keeps every number and code of the source and states none that `reference` (default: the
 * source) does not. A «name» counts as stated when the reference mentions it, quoted or not.
 */
export function checkFacts(source: string, candidate: string, reference: string = source): FactCheck {
  const required = [...factsOf(source)].filter((f) => !f.startsWith('«'));
  const allowed = factsOf(reference);
  const lowerReference = reference.toLowerCase();
  const said = factsOf(candidate);
  const missing = required.filter((f) => !said.has(f));
  const added = [...said].filter((f) => (f.startsWith('«') ? !lowerReference.includes(f.slice(1, -1)) : !allowed.has(f)));
  return { ok: missing.length === 0 && added.length === 0, missing, added };
}
