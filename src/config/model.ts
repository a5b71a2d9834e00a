// The trained-model entry points under src/config, where `portier run` looks for them.
export { currentFingerprint, ensureTrainedModel, trainModel } from '../model/train.ts';
export type { ModelArtifact } from '../model/artifact.ts';
