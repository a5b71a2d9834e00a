// A call on a server with no speech recogniser cannot hear words. Rather than greet with a question nobody can
// answer (and repeat it into the silence that follows), the line says it takes key presses only and offers them:
// 0 for reception, 1 for the hotel's address and phone. The facts come from hotel.yml; the wording is the line's.
// Silence gets a shorter prompt once, then the reception number and a goodbye: never the same greeting twice.
import type { BotMessage } from '../../channels/types.ts';

/** What the line may say about the hotel (hotel.yml `hotel:`). */
export interface HotelCard {
  name: string;
  city?: string;
  address?: string;
  phone: string;
}

export class KeypadLine {
  #silences = 0;
  #speechTurns = 0;

  constructor(
    readonly hotel: HotelCard,
    readonly callSid: string,
  ) {}

  /** Replaces the assistant's greeting, which asks a question the line cannot hear answered. */
  greeting(): BotMessage[] {
    const { name, city } = this.hotel;
    const title = city && !name.includes(city) ? `${name}, ${city}. ` : name ? `${name}. ` : '';
    return this.#say(`Здравствуйте! ${title}Сейчас эта линия не распознаёт речь и принимает только нажатия клавиш. ${this.#menu()}`);
  }

  /** A key other than 0 (0 transfers before this is asked). */
  onKey(digit: string): BotMessage[] {
    this.#silences = 0;
    if (digit === '1') return this.#say(`${this.#card()} ${this.#menu()}`);
    return this.#say(`Такой клавиши в меню нет. ${this.#menu()}`);
  }

  /** The caller spoke: say once why nothing was understood, then only the menu. */
  onSpeech(): BotMessage[] {
    this.#silences = 0;
    if (++this.#speechTurns === 1) return this.#say(`Извините, на этой линии я не слышу слов, только нажатия клавиш. ${this.#menu()}`);
    return this.#say(this.#menu());
  }

  onSilence(): BotMessage[] {
    if (++this.#silences === 1) return this.#say(this.#menu());
    return [
      { recipient_id: this.callSid, text: `Вы можете позвонить на ресепшен по номеру ${this.hotel.phone}. До свидания!`, call_control: { kind: 'hangup' } },
    ];
  }

  /** 0 was pressed but the call could not be transferred (no Twilio REST credentials, or Twilio refused). */
  transferFailed(): BotMessage[] {
    return this.#say(`Соединить с ресепшеном сейчас не получилось. Позвоните, пожалуйста, по номеру ${this.hotel.phone}.`);
  }

  #menu(): string {
    return 'Нажмите ноль, чтобы соединиться с ресепшеном, или единицу, чтобы услышать адрес и телефон отеля.';
  }

  #card(): string {
    const address = this.hotel.address ? `Адрес: ${this.hotel.address}. ` : '';
    return `${address}Телефон ресепшена: ${this.hotel.phone}.`;
  }

  #say(text: string): BotMessage[] {
    return [{ recipient_id: this.callSid, text }];
  }
}
