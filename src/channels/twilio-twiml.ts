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

export interface RequestOrigin {
  host: string;
  protocol: string;
  forwardedHost?: string;
  forwardedProto?: string;
}

/**
 * URLs Twilio may have signed: the configured server_url (behind a proxy or tunnel), the origin a proxy
 * forwarded, and the request's own Host. Each is still checked with HMAC, so trying several is safe.
 */
export function signedUrlCandidates(serverUrl: string | undefined, origin: RequestOrigin, path: string): string[] {
  const urls: string[] = [];
  if (serverUrl) {
    const trimmed = serverUrl.replace(/\/+$/, '');
    urls.push((/^https?:\/\//.test(trimmed) ? trimmed : `https://${trimmed.replace(/^wss?:\/\//, '')}`) + path);
  }
  if (origin.forwardedHost) urls.push(`${origin.forwardedProto ?? 'https'}://${origin.forwardedHost}${path}`);
  urls.push(`${origin.forwardedProto ?? origin.protocol}://${origin.host}${path}`);
  return [...new Set(urls)];
}
