// Moved to src/http/input-clean.ts. Kept while the phone channel's routes are being split (they import this path);
// remove once src/channels/twilio-media-streams*.ts import src/http/ directly.
export * from '../http/input-clean.ts';
