// What the knowledge answer is given (the clock, the hotel's data, its system, the conversation's stay) and gives.
import type { Hotel, Pms } from '../../hotel/types.ts';

export interface KnowledgeServices {
  now(): Date;
  hotel: Hotel;
  pms: Pms;
}

export interface KnowledgeAnswer {
  text: string;
  /** Where the answer came from: fact ids, "quote", "availability", or "none". */
  sources: string[];
}

/** A stay already agreed in the conversation (the booking's slots), used when the question names no dates. */
export interface KnownStay {
  check_in?: string | null;
  check_out?: string | null;
  adults?: number | null;
  /** The booking's children and their ages (slots), counted with the adults by the hotel's rule. */
  children?: number | null;
  children_ages?: number[] | null;
  room_type?: string | null;
  /** The caller's earlier messages, oldest first: «а за две ночи?» prices the room and dates asked about there. */
  history?: string[];
  /** The assistant's reply before this question: «а за доплату?» insists on what it refused (insisting.ts). */
  last_reply?: string;
  /** Room types the assistant named in its last answer («какие ещё?» then lists the others). */
  last_rooms?: string[];
}
