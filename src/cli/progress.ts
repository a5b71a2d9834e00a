// A progress bar for long CLI jobs; prints plain lines when stderr is not a terminal (CI, pipes).
import cliProgress from 'cli-progress';
import type { TrainProgress } from '../model/train.ts';

export function progressBar(stream: NodeJS.WriteStream = process.stderr): TrainProgress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{bar} {value}/{total} {label}',
      noTTYOutput: true,
      notTTYSchedule: 250,
      hideCursor: stream.isTTY === true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let done = 0;
  return {
    start(total) {
      bar.start(total, 0, { label: 'starting' });
    },
    step(label) {
      // A step is shown while it runs; the bar fills as each one finishes.
      bar.update(done, { label });
      done += 1;
    },
    stop() {
      bar.update(done, { label: 'done' });
      bar.stop();
    },
  };
}
