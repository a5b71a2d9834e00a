// The names of a booking project's flows and slots that the offline generator reasons about. The generator's rules
// (a stay said in one breath, a booking proved by its code, a change of dates) are about bookings in general; which
// flow starts a booking and which slot holds the check-in are the project's, so whoever assembles the understanding
// passes them in (for the hotel: hotel/booking-vocabulary.ts).

export interface BookingVocabulary {
  readonly flows: {
    /** Makes a new booking. */
    readonly book: string;
    /** Cancels an existing booking. */
    readonly cancel: string;
    /** Finds an existing booking and tells its details. */
    readonly find?: string;
    /** Changes an existing booking (dates, room, guests). */
    readonly change: string;
    /** Takes a «нет» to the assistant's offer to book. */
    readonly offerDeclined: string;
    /** Takes a «нет» to the offer of reception made in the middle of a request, which then goes on; optional. */
    readonly receptionDeclined?: string;
    /** Answers a caller who speaks English. */
    readonly englishSpeaker: string;
    /** Takes a complaint. */
    readonly complaint: string;
    /** Tells a caller without their booking code how else the booking is proved. */
    readonly codeLost: string;
    /** Reads the booking code the assistant offered to say («Повторить код?», «Продиктовать код брони?»); optional. */
    readonly codeRead?: string;
    /** Reads the whole booking summary when the one read again after a correction named only the fix; optional. */
    readonly summaryWhole?: string;
    /** Says at the summary, to a caller saying goodbye, that the booking is not made yet and asks to confirm it; optional. */
    readonly summaryLeftOpen?: string;
    /** Says the hotel's rule for minors to a minor who would stay without a grown-up, while booking; optional. */
    readonly minorAlone?: string;
    /** Says the assistant will wait («подождите минутку»). */
    readonly holdOn: string;
    /** The flow that tells the caller a later room's guests go into the next booking (several rooms); optional. */
    readonly nextRoomParty?: string;
    /** Says the part of a phone number dictated so far is taken down and waits for the rest; optional. */
    readonly phoneGoOn?: string;
    /** Answers «вы меня слышите?» during a request («Да, слышу вас»), then the question again. */
    readonly lineCheck: string;
    /** Says who answered («куда я попала?»). */
    readonly introduce: string;
    /** Answers a caller who calls the request off to think it over («я подумаю»); optional. */
    readonly thinkOver?: string;
    /** Answers a caller whose words were taken for a request they never made («я ничего не бронирую»); optional. */
    readonly requestMisread?: string;
    /** Says what the phone the caller is calling from proves («по этому номеру») while a booking is looked up. */
    readonly ownPhone?: string;
    /**
     * Offers to send the booking's code to its own phone or e-mail and sends it (the caller has no code, or asks for
     * the confirmation again); optional.
     */
    readonly codeReminder?: string;
    /** Answers a request the assistant does not cover (a taxi, a thing left behind, places in town); optional. */
    readonly unsupported?: string;
    /** Writes the guest's name right in the booking made or found here («фамилию не так записали»); optional. */
    readonly rename?: string;
    /** Offers reception to a group or an event's organiser (many rooms are agreed there, not booked one by one); optional. */
    readonly groupBooking?: string;
  };
  readonly slots: {
    readonly checkIn: string;
    readonly checkOut: string;
    /** The stay's length said before its first day («на три ночи»), kept until the check-in is said; optional. */
    readonly stayNights?: string;
    readonly adults: string;
    readonly children: string;
    readonly childrenAges: string;
    /** Whether the adults were taken from a bare count («нас четверо»), as the project marks it (read, never set). */
    readonly adultsAssumed?: string;
    readonly pet: string;
    /** The party a pet split into rooms (no room that takes pets holds it), as the project keeps it (read, never set by the model); optional. */
    readonly petPartyGuests?: string;
    /** The caller's wishes for the room («две раздельные кровати; детская кроватка»), as phrases; optional. */
    readonly roomWishes?: string;
    /** How many rooms the caller wants (one booking is one room). */
    readonly roomsWanted: string;
    readonly roomType: string;
    /** The room types the assistant has just offered, cheapest first. */
    readonly roomChoices: string;
    readonly guestName: string;
    readonly guestPhone: string;
    /** Slots an e-mail address fills, whichever of them the flow collects. */
    readonly guestEmails: readonly string[];
    /** Whether the caller's own number is the booking's phone (a yes/no question). */
    readonly useCallerPhone: string;
    readonly bookingReference: string;
    /** A phone or surname that proves an existing booking is the caller's. */
    readonly bookingProof: string;
    /** The code of a booking made or proven in this conversation: the one a change or cancellation said now is about. */
    readonly provenBooking: string;
    /** The caller's yes or no to the summary of a new booking. */
    readonly bookingConfirmation: string;
    /** What a «нет» to that summary wants corrected: dates, room_type, guests, guest_name or guest_phone. */
    readonly bookingFix: string;
    /** What of an existing booking changes: dates, room type or guests. */
    readonly changeTarget: string;
    readonly extraNights: string;
    readonly shiftDays: string;
    /** People added to the booking's party («добавьте коллегу»), applied to it when the change is quoted. */
    readonly extraAdults: string;
    /** The existing booking found, as the change flow reads it. */
    readonly foundCheckIn: string;
    readonly foundCheckOut: string;
    readonly foundAdults: string;
    /** The code of the booking found in this conversation (set by the lookup, kept after its flow ends). */
    readonly foundCode?: string;
    /**
     * How the last lookup ended; `code_lost` once the caller could not prove the booking and heard so (the flow
     * `codeLost`): a code said after it is that lookup again, a phone or surname said instead the same refusal.
     */
    readonly lookupStatus?: string;
    /** The caller's yes to having the booking's code sent, and the phone it goes to (the reminder flow); optional. */
    readonly codeReminderConfirmation?: string;
    readonly codeReminderPhone?: string;
    /** Dates the assistant proposed instead of unavailable ones. */
    readonly suggestedCheckIn: string;
    readonly suggestedCheckOut: string;
    /** What a complaint is about, «staff» or «hotel», set when the complaint flow starts; optional. */
    readonly complaintAbout?: string;
    /** The guest's name as it should be written, collected by the rename flow (one part or the whole); optional. */
    readonly renamedGuest?: string;
  };
}
