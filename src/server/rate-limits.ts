// Moved to src/http/rate-limits.ts. Kept while the phone channel's routes are being split (they import this path);
// remove once src/channels/twilio-media-streams*.ts import src/http/ directly.
export * from '../http/rate-limits.ts';
