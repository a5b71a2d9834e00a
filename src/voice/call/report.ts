// What the server measured on one call, readable by the caller's side (`portier call`) at
// GET /webhooks/twilio_media_streams/calls/{CallSid}: which recogniser listened, how many caller turns went
// unheard for lack of one, each turn's latency stages (ms from the VAD stop) and where on the caller's line
// each barge-in stopped the bot. No transcript is kept here.
export interface CallReport {
  call_id: string;
  recognizer: string;
  /** Caller turns that ended while no recogniser was available (answered with the key-press menu). */
  speech_ignored: number;
  turns: Record<string, number | string>[];
  /** Each time the caller's speech stopped the bot, in audio time of the caller's line (20 ms frames counted). */
  barge_ins: BargeInPoint[];
  outcome?: string;
}

export interface BargeInPoint {
  /** Caller audio decided by the VAD when the bot was stopped, from the start of the stream. */
  at_ms: number;
  /** Of that, the caller's speech counted towards the barge-in threshold (its onset: at_ms − speech_ms). */
  speech_ms: number;
}

/** Reports of calls that ended lately (the live ones are read from their sessions). */
export class RecentCallReports {
  readonly #reports = new Map<string, CallReport>();
  constructor(readonly capacity = 200) {}

  add(report: CallReport): void {
    this.#reports.set(report.call_id, report);
    if (this.#reports.size > this.capacity) this.#reports.delete(this.#reports.keys().next().value!);
  }

  get(callSid: string): CallReport | undefined {
    return this.#reports.get(callSid);
  }
}
