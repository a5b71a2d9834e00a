// Verifies JSON Web Tokens as Rasa does for --jwt-secret/--jwt-method and the socket channel's jwt_key: HS*
// methods take the shared secret, RS*/ES*/PS* methods a PEM public key. Expiry (exp/nbf) is checked by jose.
import { createSecretKey, type KeyObject } from 'node:crypto';
import { importSPKI, type JWTPayload, jwtVerify } from 'jose';

const METHODS = new Set(['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512', 'PS256', 'PS384', 'PS512']);

export class JwtConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JwtConfigError';
  }
}

export interface JwtVerifier {
  readonly method: string;
  /** The payload of a valid token; null for any token that is malformed, forged, expired or of another method. */
  verify(token: string): Promise<JWTPayload | null>;
}

export function jwtVerifier(secret: string, method = 'HS256'): JwtVerifier {
  const algorithm = method.toUpperCase();
  if (!METHODS.has(algorithm)) throw new JwtConfigError(`jwt method "${method}" is not supported (${[...METHODS].join(', ')})`);
  let key: Promise<KeyObject | Awaited<ReturnType<typeof importSPKI>>>;
  if (algorithm.startsWith('HS')) key = Promise.resolve(createSecretKey(Buffer.from(secret, 'utf8')));
  else key = importSPKI(secret, algorithm).catch(() => Promise.reject(new JwtConfigError(`jwt method ${algorithm} needs a PEM public key as the secret`)));
  // An unusable public key is reported at start, not at the first request.
  key.catch(() => undefined);
  return {
    method: algorithm,
    async verify(token: string): Promise<JWTPayload | null> {
      try {
        const { payload } = await jwtVerify(token, await key, { algorithms: [algorithm] });
        return payload;
      } catch {
        return null;
      }
    },
  };
}

/** The bearer token of an Authorization header, or null. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}
