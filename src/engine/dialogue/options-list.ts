// The «a, b or c» lists the engine builds for pattern contexts (clarification options, interrupted flows).
/** «a, b or c» (Rasa's clarification and interrupted-flow options), «или» for a Russian assistant. */
export function optionsList(names: readonly string[], language = 'ru'): string {
  if (names.length < 2) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${language === 'ru' ? 'или' : 'or'} ${names[names.length - 1]}`;
}
