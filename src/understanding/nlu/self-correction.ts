// A caller who corrects herself in the same message («…с третьего по пятое. Ой, вернее по шестое.») goes on with the
// sentence she corrects: the correction is no second request (a question to answer beside the booking), only the
// value said again. The date reader (lang-ru/dates.ts) takes the values after the marker over those before it.
const MARKER =
  '(?:ой|ай|ах|нет|а нет|хотя нет|вернее|точнее|точней|то есть|в смысле|поправлюсь|ошиб(?:ся|лась)|оговорил(?:ся|ась)|перепутал[аи]?|извините|простите)';
const SENTENCE_THEN_CORRECTION = new RegExp(`\\s*[.!;]+\\s*(?=${MARKER}(?![а-яёa-z]))`, 'gi');

/** The message with a sentence end before a self-correction made a comma, so the correction stays with its sentence. */
export function correctionKeptInSentence(text: string): string {
  return text.replace(SENTENCE_THEN_CORRECTION, ', ');
}
