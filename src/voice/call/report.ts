// What the server measured on one call, readable by the caller's side (`portier call`) at
// GET /webhooks/twilio_media_streams/calls/{CallSid}: which recogniser listened, how many caller turns went
// unheard for lack of one, and each turn's latency stages (ms from the VAD stop). No transcript is kept here.
export interface CallReport {
  call_id: string;
  recognizer: string;
  /** Caller turns that ended while no recogniser was available (answered with the key-press menu). */
  speech_ignored: number;
  turns: Record<string, number | string>[];
  outcome?: string;
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
