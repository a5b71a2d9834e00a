export { answerQuestion, type KnownStay, type KnowledgeAnswer, type KnowledgeServices, nightsWord, russianDate } from './answer.ts';
export { type Fact, hotelFacts } from './facts.ts';
export { FactIndex } from './search.ts';
