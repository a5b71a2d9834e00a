// Drives e2e tests through the assembled assistant exactly as a channel would: messages go in through the
// runtime, and each turn's events are read back from the tracker store the runtime writes to.
import type { Agent } from '../engine/messages.ts';
import type { TrackerStore } from '../stores/tracker-store.ts';
import type { SlotValue } from '../engine/commands.ts';
import type { TrackerEvent } from '../engine/events.ts';
import type { E2eDriver } from '../engine/testing/e2e-runner.ts';

export class RuntimeDriver implements E2eDriver {
  constructor(
    private readonly agent: Agent,
    private readonly trackers: TrackerStore,
    private readonly now: () => Date,
    private readonly channel = 'rest',
  ) {}

  async setSlots(senderId: string, slots: Record<string, SlotValue>): Promise<void> {
    const existing = await this.trackers.load(senderId);
    const timestamp = this.now().getTime() / 1000;
    const events: TrackerEvent[] = Object.entries(slots).map(([name, value]) => ({ event: 'slot', name, value, timestamp }));
    await this.trackers.append(senderId, events, existing.length);
  }

  async runTurn(senderId: string, text: string, metadata: Record<string, unknown>): Promise<TrackerEvent[]> {
    const before = (await this.trackers.load(senderId)).length;
    // a test's metadata may name the channel the message comes in on (`channel: twilio_media_streams`), so that what
    // only a call can do — put the caller through to reception — is tested where it happens
    const channel = typeof metadata['channel'] === 'string' ? metadata['channel'] : this.channel;
    await this.agent.handleMessage({ sender: senderId, text, channel, metadata });
    return (await this.trackers.load(senderId)).slice(before);
  }
}
