// Minimal RIFF/WAVE reading (espeak-ng output) and writing (call recordings).
export interface PcmAudio {
  sampleRate: number;
  samples: Int16Array;
}

export class WavFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WavFormatError';
  }
}

/** Reads 16-bit PCM or 8-bit mu-law mono WAV. espeak-ng --stdout writes 0xFFFFFFFF data sizes: tolerate them. */
export function readWav(buf: Uint8Array, decodeMulaw?: (b: Uint8Array) => Int16Array): PcmAudio {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const tag = (at: number) => String.fromCharCode(...buf.subarray(at, at + 4));
  if (buf.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new WavFormatError('not a RIFF/WAVE file');
  let at = 12;
  let format = 0;
  let sampleRate = 0;
  let bits = 0;
  while (at + 8 <= buf.length) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      format = view.getUint16(body, true);
      sampleRate = view.getUint32(body + 4, true);
      bits = view.getUint16(body + 14, true);
    } else if (id === 'data') {
      const end = Math.min(buf.length, size === 0xffffffff ? buf.length : body + size);
      const data = buf.subarray(body, end);
      if (format === 1 && bits === 16) {
        const samples = new Int16Array(Math.floor(data.length / 2));
        for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(body + i * 2, true);
        return { sampleRate, samples };
      }
      if (format === 7 && bits === 8 && decodeMulaw) return { sampleRate, samples: decodeMulaw(data) };
      throw new WavFormatError(`unsupported WAV format ${format}/${bits} bit`);
    }
    at = body + size + (size % 2);
  }
  throw new WavFormatError('WAV file has no data chunk');
}

export function writeWavPcm16(samples: Int16Array, sampleRate: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples.length * 2, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples.length * 2, 40);
  return Buffer.concat([header, Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength)]);
}
