// G.711 mu-law, the only codec Twilio Media Streams speaks (8 kHz mono). Tables are built once at load.
const BIAS = 0x84;
const CLIP = 32635;

function segmentOf(value: number): number {
  let s = value >> 7;
  let seg = 0;
  if (s & 0xf0) {
    s >>= 4;
    seg += 4;
  }
  if (s & 0x0c) {
    s >>= 2;
    seg += 2;
  }
  if (s & 0x02) seg += 1;
  return seg;
}

function encodeOne(sample: number): number {
  let pcm = sample;
  let mask = 0xff;
  if (pcm < 0) {
    pcm = -pcm;
    mask = 0x7f;
  }
  if (pcm > CLIP) pcm = CLIP;
  pcm += BIAS;
  const seg = segmentOf(pcm);
  return (((seg << 4) | ((pcm >> (seg + 3)) & 0x0f)) ^ mask) & 0xff;
}

function decodeOne(byte: number): number {
  const u = ~byte & 0xff;
  let t = ((u & 0x0f) << 3) + BIAS;
  t <<= (u & 0x70) >> 4;
  return u & 0x80 ? BIAS - t : t - BIAS;
}

const DECODE = new Int16Array(256);
for (let i = 0; i < 256; i++) DECODE[i] = decodeOne(i);
const ENCODE = new Uint8Array(65536);
for (let i = 0; i < 65536; i++) ENCODE[i] = encodeOne(i - 32768);

/** 0xFF decodes to 0: digital silence on a G.711 line. */
export const MULAW_SILENCE = 0xff;

export function mulawDecode(bytes: Uint8Array): Int16Array {
  const out = new Int16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = DECODE[bytes[i]!]!;
  return out;
}

export function mulawEncode(pcm: Int16Array): Uint8Array {
  const out = new Uint8Array(pcm.length);
  for (let i = 0; i < pcm.length; i++) out[i] = ENCODE[pcm[i]! + 32768]!;
  return out;
}

export function mulawDecodeSample(byte: number): number {
  return DECODE[byte & 0xff]!;
}

export function mulawEncodeSample(sample: number): number {
  const s = Math.max(-32768, Math.min(32767, Math.round(sample)));
  return ENCODE[s + 32768]!;
}
