// TwiML answered to Twilio's voice webhook: a bidirectional <Connect><Stream> with the call's parameters.
import { escapeXml } from '../voice/call/twilio-rest.ts';

export function streamTwiml(streamUrl: string, parameters: Record<string, string>): string {
  const params = Object.entries(parameters)
    .map(([name, value]) => `<Parameter name="${escapeXml(name)}" value="${escapeXml(value)}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Response><Connect><Stream url="${escapeXml(streamUrl)}">${params}</Stream></Connect></Response>`;
}

/** wss://{server_url}/webhooks/twilio_media_streams/websocket; an http(s) server_url maps to ws(s) like Rasa. */
export function streamUrlFor(serverUrl: string | undefined, requestHost: string, requestProtocol: string): string {
  const path = '/webhooks/twilio_media_streams/websocket';
  if (serverUrl) {
    const trimmed = serverUrl.replace(/\/+$/, '');
    if (/^https?:\/\//.test(trimmed)) return trimmed.replace(/^http/, 'ws') + path;
    if (/^wss?:\/\//.test(trimmed)) return trimmed + path;
    return `wss://${trimmed}${path}`;
  }
  return `${requestProtocol === 'https' ? 'wss' : 'ws'}://${requestHost}${path}`;
}

/** The public URL Twilio signed: configured server_url behind a proxy, else what the request says. */
export function publicRequestUrl(serverUrl: string | undefined, host: string, protocol: string, path: string): string {
  if (serverUrl) {
    const trimmed = serverUrl.replace(/\/+$/, '');
    const base = /^https?:\/\//.test(trimmed) ? trimmed : `https://${trimmed.replace(/^wss?:\/\//, '')}`;
    return base + path;
  }
  return `${protocol}://${host}${path}`;
}
