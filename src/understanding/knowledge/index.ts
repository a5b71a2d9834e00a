export { answerQuestion, type KnownStay, type KnowledgeAnswer, type KnowledgeServices } from './answer.ts';
export { nightsWord, russianDate } from './stay-answer.ts';
export { type Fact, hotelFacts } from './facts.ts';
export { FactIndex } from './search.ts';
