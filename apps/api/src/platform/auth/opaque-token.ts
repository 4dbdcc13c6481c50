import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Opaque bearer secrets (API tokens `trl_...`, refresh tokens `rt_...`). Each carries the tenant
 * and the token's id in clear, so the lookup can run under that tenant's row-level security, and
 * 256 random bits that are stored only as a SHA-256 hash. A forged tenant or id finds no row or a
 * hash that does not match.
 */
export interface OpaqueToken {
  tenantId: string;
  id: string;
  secret: Buffer;
}

const SECRET_BYTES = 32;

function uuidToBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

function bytesToUuid(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function mintOpaqueToken(
  prefix: string,
  tenantId: string,
  id: string,
): { token: string; secretHash: Buffer } {
  const secret = randomBytes(SECRET_BYTES);
  const ids = Buffer.concat([uuidToBytes(tenantId), uuidToBytes(id)]).toString('base64url');
  return {
    token: `${prefix}${ids}.${secret.toString('base64url')}`,
    secretHash: hashSecret(secret),
  };
}

export function parseOpaqueToken(prefix: string, token: string): OpaqueToken | null {
  if (!token.startsWith(prefix)) return null;
  // '.' separates the parts: it is not in the base64url alphabet ('_' and '-' are).
  const [ids, secret, ...rest] = token.slice(prefix.length).split('.');
  if (rest.length || !ids || !secret || !/^[A-Za-z0-9_-]+$/.test(ids + secret)) return null;
  const idBytes = Buffer.from(ids, 'base64url');
  const secretBytes = Buffer.from(secret, 'base64url');
  if (idBytes.length !== 32 || secretBytes.length !== SECRET_BYTES) return null;
  // Only the canonical encoding: base64url's last character carries unused bits, and accepting
  // its variants would make several strings one token.
  if (idBytes.toString('base64url') !== ids || secretBytes.toString('base64url') !== secret)
    return null;
  return {
    tenantId: bytesToUuid(idBytes.subarray(0, 16)),
    id: bytesToUuid(idBytes.subarray(16)),
    secret: secretBytes,
  };
}

export function hashSecret(secret: Buffer): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function secretMatches(secret: Buffer, storedHash: Buffer): boolean {
  const actual = hashSecret(secret);
  return actual.length === storedHash.length && timingSafeEqual(actual, storedHash);
}
