// The models `portier models pull` knows: Russian speech recognisers and a Russian voice in sherpa-onnx's
// format, from sherpa-onnx's own GitHub releases (k2-fsa/sherpa-onnx, tags asr-models and tts-models).
//
// Checksums: sherpa-onnx's documentation publishes none. GitHub shows a SHA-256 digest for each release asset
// uploaded since mid-2025; the values below are those digests as recorded by other projects that pin these
// archives (this machine cannot reach GitHub to check them). `sha256_source` says where each one comes from.
// A pull verifies against `sha256` when it is set, and prints the computed digest when it is not.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

export const modelEntrySchema = z.object({
  /** Short, ours: `portier models pull <name>` and the folder under <data>/models/. */
  name: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lowercase letters, digits, . _ -'),
  kind: z.enum(['asr', 'tts']),
  description: z.string(),
  url: z.url(),
  /** SHA-256 of the archive as downloaded (hex); absent when no digest is published. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  sha256_source: z.string().optional(),
  /** Bytes of the archive, for the progress bar and a first check. */
  size: z.number().int().positive().optional(),
  licence: z.string(),
});

export type ModelEntry = z.infer<typeof modelEntrySchema>;

const ASR = 'https://github.com/k2-fsa/sherpa-onnx/releases/download/asr-models';
const TTS = 'https://github.com/k2-fsa/sherpa-onnx/releases/download/tts-models';
const DIGEST_SOURCE = 'GitHub release asset digest, as pinned by other projects; not published in sherpa-onnx docs';

export const MODEL_CATALOGUE: ModelEntry[] = [
  {
    name: 't-one-ru',
    kind: 'asr',
    description: 'T-one: streaming Russian telephony recogniser (8 kHz, CTC, 71.6 M parameters)',
    url: `${ASR}/sherpa-onnx-streaming-t-one-russian-2025-09-08.tar.bz2`,
    sha256: 'b9c907450e99a6e5049e279bf18368a17db0bdc5e63b7fa978943138debbe3ae',
    sha256_source: DIGEST_SOURCE,
    size: 128_468_156,
    licence: 'Apache-2.0',
  },
  {
    name: 'zipformer-small-ru',
    kind: 'asr',
    description: 'Small streaming Russian Zipformer from Vosk (16 kHz, int8 transducer): less accurate, cheaper to run',
    url: `${ASR}/sherpa-onnx-streaming-zipformer-small-ru-vosk-int8-2025-08-16.tar.bz2`,
    sha256: '6ba68a01ff3c5445aaf2d61e9b97b026f1149dcc9049d11af3f44f55176341d8',
    sha256_source: DIGEST_SOURCE,
    size: 24_110_855,
    licence: 'Apache-2.0',
  },
  {
    name: 'piper-ru-irina',
    kind: 'tts',
    description: 'Piper Russian female voice «Irina» (VITS, medium), with espeak-ng-data for sherpa-onnx',
    url: `${TTS}/vits-piper-ru_RU-irina-medium.tar.bz2`,
    sha256: '1fc0f54e5e084fe287c07909f2f6e0ba6d857864cf800e3ab80286a4e8233008',
    sha256_source: DIGEST_SOURCE,
    size: 67_153_308,
    licence: 'MIT (Piper voice); espeak-ng-data GPL-3.0',
  },
  {
    name: 'piper-ru-denis',
    kind: 'tts',
    description: 'Piper Russian male voice «Denis» (VITS, medium)',
    url: `${TTS}/vits-piper-ru_RU-denis-medium.tar.bz2`,
    sha256: 'efa4c18e0b5e32b81d1b6df36b9d312831e5d545200e27848ef926a4cd930300',
    sha256_source: DIGEST_SOURCE,
    size: 67_190_991,
    licence: 'MIT (Piper voice); espeak-ng-data GPL-3.0',
  },
];

/** Another catalogue (a mirror, a test): YAML `models: [entries]` in the same shape. */
export function readCatalogue(file: string): ModelEntry[] {
  const parsed = z.object({ models: z.array(modelEntrySchema).min(1) }).safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.models;
}
