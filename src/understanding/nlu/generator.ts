// The offline command generator: intent classifier + Russian extractors → Rasa commands. It is the embedded
// default and what answers when the LLM fails, so it has to cope with answers, corrections and digressions.
// This class reads the message (openers aside, the intent, the values in context) and says which decision applies:
// leaving the request (call-off.ts), off the path (off-path.ts), or the rest in order (decide.ts).
import type { Entity } from '../../engine/events.ts';
import { bookingAndQuestion } from '../knowledge/clauses.ts';
import { loadMorph, type Morph } from '../lang-ru/index.ts';
import { splitOpening, usualForms } from '../lang-ru/spoken.ts';
import type { CommandGenerator, Understanding, UnderstandingContext } from '../types.ts';
import { withoutCallerAside } from './caller-aside.ts';
import { leave } from './call-off.ts';
import { takesOffer } from './closing-cues.ts';
import { lastBotTurn, offeredBooking } from './conversation-history.ts';
import { INSTEAD_OF, NOT_BUT, replaceNamePart } from './corrections.ts';
import { decide } from './decide.ts';
import { afterDeclinedPerson } from './declined-person.ts';
import { GeneratorProject, type OfflineGeneratorOptions } from './generator-project.ts';
import { factAsked } from './hotel-fact-questions.ts';
import { withoutExasperation } from './exasperation.ts';
import { insistsAfterRefusal, refusedAgain } from './insisting.ts';
import { leavesRequest } from './leaving.ts';
import { requestAfterStory, requestSaid } from './long-turn.ts';
import { type IntentPrediction, OUT_OF_SCOPE } from './model.ts';
import { offPathCommands, speaksEnglish } from './off-path.ts';
import { bookingWithItsPrice } from './priced-booking.ts';
import { correctionKeptInSentence } from './self-correction.ts';
import { hotelQuestionCue } from './question-cues.ts';
import { afterDecline, cueOrManage, intentWithValues } from './request-intent.ts';
import { farewellAtSummary } from './summary-farewell.ts';
import { minorsRuleBeside } from './minor-alone.ts';
import { unsupportedCommands } from './unsupported-requests.ts';
import { extractContext, toEntities, valuesInContext, withPreviousRequest } from './values-in-context.ts';

export type { OfflineGeneratorOptions } from './generator-project.ts';

export class OfflineCommandGenerator implements CommandGenerator {
  readonly name = 'nlu';
  private morph: Morph | null = null;
  private readonly project: GeneratorProject;

  constructor(private readonly options: OfflineGeneratorOptions) {
    this.project = new GeneratorProject(options);
  }

  async understand(text: string, context: UnderstandingContext): Promise<Understanding> {
    this.morph ??= await loadMorph();
    const project = this.project;
    const trimmed = text.trim();
    const base = { text, entities: [] as Entity[], source: this.name };
    if (!trimmed) {
      return { ...base, intent: { name: null, confidence: 0 }, commands: [{ command: 'error', errorType: 'rasa_internal_error_user_input_empty' }] };
    }
    if (trimmed.length > (this.options.maxLength ?? 1000)) {
      return { ...base, intent: { name: null, confidence: 0 }, commands: [{ command: 'error', errorType: 'rasa_internal_error_user_input_too_long' }] };
    }
    // «алло, здравствуйте, у вас есть wi-fi?»: the greeting and fillers never hide the request
    const opening = splitOpening(trimmed);
    // «один я, один, сколько можно спрашивать»: the annoyance asks nothing, the answer in it is read (exasperation.ts)
    // «…по пятое. Ой, вернее по шестое.»: a correction goes on with the sentence it corrects (self-correction.ts)
    const heard = correctionKeptInSentence(usualForms(opening.rest));
    // «бронь на него, Крылов Андрей, а я его помощница Марина» to the name question: the caller's own introduction
    // is set aside (caller-aside.ts), the guest's name is the answer
    const spoken = (context.requestedSlot === project.slot.guestName ? withoutCallerAside(heard) : null) ?? heard;
    const request = withoutExasperation(spoken) ?? spoken;
    // «…я к сыну в питер еду на несколько дней, хочу у вас номер снять»: the request after a story is what is read
    // for the intent (long-turn.ts); the values are read from the whole turn
    const asked = requestAfterStory(request) ?? request;
    const prediction = this.options.model.predict(asked);
    // a question by its shape (capacity, a price with dates, the address) is a question even mid-booking
    const lastBot = lastBotTurn(context.history);
    // «нет, не надо администратора, лучше скажите …»: a no, and the request said after it
    const declined = afterDeclinedPerson(asked);
    const asksHotel = hotelQuestionCue(declined || asked, lastBot, this.options.hotel ?? undefined);
    // nothing but «алло», «здравствуйте», «вы меня слышите?»: the caller opens (or checks) the line
    const greets = opening.only && (opening.greeted || (!context.activeFlow && /ал+[оеё]|слыш/i.test(trimmed)));
    // nothing but «ээ», «ну», «как его»: nothing was said
    let intent: IntentPrediction = greets
      ? { intent: 'greet', confidence: 1, ranking: prediction.ranking }
      : opening.only && !opening.greeted
        ? { intent: OUT_OF_SCOPE, confidence: 0, ranking: prediction.ranking }
        : asksHotel
          ? { intent: 'ask_hotel_info', confidence: 1, ranking: prediction.ranking }
          : declined !== null
            ? afterDecline(project, declined, context)
            : (cueOrManage(project, asked, context) ?? factAsked(project, asked, prediction, context));
    // «забронируйте комфорт на выходные. во сколько завтрак?»: a booking and a question, both taken (below);
    // «ну тогда бронируйте» after a price: the booking of the room just priced
    const bookNow =
      !context.activeFlow &&
      ((intent.intent === 'ask_hotel_info' && bookingAndQuestion(request)) || (intent.intent !== 'book_room' && intent.confidence < 1 && takesOffer(request)));
    // «хочу забронировать … с пятого по седьмое, сколько это будет стоить»: the booking, whose offer says the price
    // (priced-booking.ts)
    const pricedBooking = !context.activeFlow && !greets && bookingWithItsPrice(request);
    let twoRequests: IntentPrediction | null = bookNow || pricedBooking ? { intent: 'book_room', confidence: 1, ranking: prediction.ranking } : null;
    const contrast = NOT_BUT.exec(request);
    // «не комфорт, а люкс», «не 14-го, а 15-го»: only what comes after «а» is the value
    const instead = INSTEAD_OF.test(request);
    // «вместо стандарта комфорт»: the thing replaced is no value either
    const said = (contrast ? request.replace(NOT_BUT, '$1') : request).replace(INSTEAD_OF, ' ');
    const extractOptions = extractContext(project, context, this.morph);
    const extracted = valuesInContext(project, said, context, extractOptions);
    // a person declined is a no to the offer of one
    if (declined !== null && extracted.yesNo === null) extracted.yesNo = false;
    // the booking at hand, a price asked again, a rule asked about, a service ordered (request-intent.ts)
    const reconsidered = greets ? null : intentWithValues(project, request, intent, extracted, context, prediction.ranking);
    if (reconsidered) {
      intent = reconsidered;
      twoRequests = null;
    }
    // «Есть ли люкс на 12 декабря?» … «хочу забронировать» / «да» to «Хотите забронировать?»: the booking takes
    // the stay, room and guests the caller has just asked about.
    // «а на двоих?» right after the offer narrows the same question, so it keeps that stay too.
    const followsOffer = offeredBooking(context.history) && (intent.intent === 'affirm' || intent.intent === 'inform' || extracted.yesNo === true);
    const booksAfterQuestion = (twoRequests ?? intent).intent === 'book_room' || followsOffer;
    if (!context.activeFlow && booksAfterQuestion) withPreviousRequest(extracted, context.history, extractOptions);
    // «ну так можно на эти числа или нет?», «а почему нельзя?» after a refusal: the values refused, again, so the
    // refusal is said again (insisting.ts) — an answer, not a question about the hotel
    const insists = insistsAfterRefusal(project, request, context);
    if (insists) {
      refusedAgain(project, extracted, context, extractOptions);
      intent = { intent: 'inform', confidence: 1, ranking: prediction.ranking };
    }
    if (contrast) {
      // a correction of one part of the name already given keeps the other parts
      const renamed = replaceNamePart(context.slots[project.slot.guestName], contrast[2] ?? '', said.slice(contrast.index + (contrast[1]?.length ?? 0)));
      if (renamed) extracted.name = renamed;
    }
    // «такси до вокзала», «я вчера забыла у вас зарядку», «у меня бронь, приеду ночью» (unsupported-requests.ts): what
    // the assistant cannot do is said as such, never the nearest fact nor a booking with the date said
    const offPath =
      offPathCommands(request, context, this.options.flows, this.options.vocabulary, extracted.yesNo, lastBot, trimmed) ??
      (greets ? null : unsupportedCommands(request, context, this.options.vocabulary, this.options.flows));
    // «ну ладно, не важно», «я ничего не бронирую, я про ресторан»: the request in progress is left (leaving.ts)
    const leaving = context.activeFlow && !greets && !offPath ? leavesRequest(request, context.activeFlow === project.flow.book) : null;
    const decided = () => decide(project, request, twoRequests ?? intent, extracted, context, !!contrast || instead, asksHotel && !twoRequests && !insists);
    // «вы робот, наверное? ну ладно, мне нужен номер на одного…»: the question who answered is answered, and the
    // request said beside it is taken too — an aside never swallows the request
    const introduces = offPath?.length === 1 && offPath[0]?.command === 'start flow' && offPath[0].flow === this.options.vocabulary.flows.introduce;
    const besideAside = introduces && requestSaid(request) ? decided().filter((c) => c.command === 'start flow' || c.command === 'set slot') : [];
    // «спасибо, до свидания» to the booking summary: said once that it is not made yet (summary-farewell.ts)
    const atSummary = greets ? null : farewellAtSummary(project, request, context, extracted.yesNo);
    const commands = atSummary
      ? atSummary
      : leaving
        ? leave(project, leaving.rest, request, context)
        : offPath
          ? [...offPath, ...(besideAside.some((c) => c.command === 'start flow') ? besideAside : [])]
          : pricedBooking && extracted.stay.check_in
            ? decided().filter((c) => c.command !== 'knowledge')
            : decided();
    // «мне семнадцать, номер на одного»: the rule for minors said beside the booking (minor-alone.ts)
    const minors = minorsRuleBeside(project, request, context, commands);
    // (first: of flows started together the first runs first, so the rule comes before the booking's question)
    if (minors) commands.unshift(minors);
    return {
      text,
      intent: { name: intent.intent, confidence: intent.confidence },
      intentRanking: prediction.ranking,
      entities: toEntities(extracted),
      commands,
      source: this.name,
      opening: speaksEnglish(trimmed) ? 'other_language' : opening.only || intent.intent === 'greet' ? 'greeting' : 'request',
    };
  }
}
