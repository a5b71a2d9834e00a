// Drives e2e tests straight through the engine's MessageProcessor (no server, no stores): conversations live in
// memory. Used to test flows with `/` payload messages, or with any CommandGenerator.
import type { CommandGenerator, Understanding } from '../understanding.ts';
import type { SlotValue } from '../commands.ts';
import type { DialogueTracker } from '../dialogue/tracker.ts';
import type { TrackerEvent } from '../events.ts';
import type { MessageProcessor } from '../message-processor.ts';
import type { E2eDriver } from './e2e-runner.ts';

/** Understands nothing: only `/intent` and `/SetSlots(...)` payloads (which bypass generators) do anything. */
export const payloadOnlyGenerator: CommandGenerator = {
  name: 'payload-only',
  async understand(text: string): Promise<Understanding> {
    return { text, intent: { name: null, confidence: 0 }, entities: [], commands: [], source: 'none' };
  },
};

export class EngineDriver implements E2eDriver {
  private readonly trackers = new Map<string, DialogueTracker>();

  constructor(
    private readonly processor: MessageProcessor,
    private readonly generator: CommandGenerator = payloadOnlyGenerator,
    private readonly now: () => Date = () => new Date(),
    private readonly channel = 'rest',
  ) {}

  private trackerOf(senderId: string): DialogueTracker {
    let t = this.trackers.get(senderId);
    if (!t) {
      t = this.processor.tracker(senderId, []);
      this.trackers.set(senderId, t);
    }
    return t;
  }

  async setSlots(senderId: string, slots: Record<string, SlotValue>): Promise<void> {
    const timestamp = this.now().getTime() / 1000;
    const tracker = this.trackerOf(senderId);
    for (const [name, value] of Object.entries(slots)) tracker.append({ event: 'slot', name, value, timestamp });
  }

  async runTurn(senderId: string, text: string, metadata: Record<string, unknown>): Promise<TrackerEvent[]> {
    const out = await this.processor.handleMessage(this.trackerOf(senderId), { sender: senderId, text, channel: this.channel, metadata }, this.generator);
    return out.events;
  }
}
