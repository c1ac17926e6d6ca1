import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/*
 * Envelope encryption of personal details. Each journey has its own random data key; the data
 * key is stored only wrapped (encrypted) by the master key from configuration. Destroying a
 * journey's wrapped key makes its details undecryptable by anyone, master key or not: erasure by
 * crypto-shredding. AES-256-GCM throughout, with the journey id bound in as additional data, so a
 * ciphertext or wrapped key copied onto another journey fails to open rather than decrypting.
 */

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Bumped when the master key rotates; stored beside every wrapped key. */
export const CURRENT_MASTER_KEY_VERSION = 1;

export class PersonalDataCipherError extends Error {
  override readonly name = 'PersonalDataCipherError';
}

function seal(key: Buffer, plaintext: Buffer, additionalData: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(additionalData, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, sealed: Buffer, additionalData: string): Buffer {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new PersonalDataCipherError('sealed value is truncated');
  const decipher = createDecipheriv(ALGORITHM, key, sealed.subarray(0, IV_BYTES), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(Buffer.from(additionalData, 'utf8'));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    // Never say which check failed: wrong key, wrong journey and tampering look the same.
    throw new PersonalDataCipherError('sealed value does not open with this key for this journey');
  }
}

const keyContext = (journeyId: string): string => `waypoint:journey-data-key:v1:${journeyId}`;
const detailsContext = (journeyId: string): string => `waypoint:personal-details:v1:${journeyId}`;

export interface WrappedJourneyKey {
  masterKeyVersion: number;
  wrappedKey: Buffer;
}

export class PersonalDataCipher {
  private readonly masterKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== KEY_BYTES) {
      throw new PersonalDataCipherError(`the master key must be ${KEY_BYTES} bytes, got ${masterKey.length}`);
    }
    this.masterKey = Buffer.from(masterKey);
  }

  /** From configuration text: the key as base64 (e.g. `openssl rand -base64 32`). */
  static fromBase64(text: string): PersonalDataCipher {
    const trimmed = text.trim();
    if (!/^[A-Za-z0-9+/]{43}=$/.test(trimmed)) {
      throw new PersonalDataCipherError('the master key must be 32 bytes of base64 (44 characters)');
    }
    return new PersonalDataCipher(Buffer.from(trimmed, 'base64'));
  }

  /** A fresh data key for a journey, returned wrapped for storage and in the clear for immediate use. */
  newJourneyKey(journeyId: string): { dataKey: Buffer; wrapped: WrappedJourneyKey } {
    const dataKey = randomBytes(KEY_BYTES);
    return {
      dataKey,
      wrapped: {
        masterKeyVersion: CURRENT_MASTER_KEY_VERSION,
        wrappedKey: seal(this.masterKey, dataKey, keyContext(journeyId)),
      },
    };
  }

  unwrapJourneyKey(journeyId: string, wrapped: WrappedJourneyKey): Buffer {
    if (wrapped.masterKeyVersion !== CURRENT_MASTER_KEY_VERSION) {
      throw new PersonalDataCipherError(`no master key of version ${wrapped.masterKeyVersion}`);
    }
    return open(this.masterKey, wrapped.wrappedKey, keyContext(journeyId));
  }

  sealDetails<T extends object>(journeyId: string, dataKey: Buffer, details: T): Buffer {
    return seal(dataKey, Buffer.from(JSON.stringify(details), 'utf8'), detailsContext(journeyId));
  }

  openDetails<T extends object>(journeyId: string, dataKey: Buffer, sealed: Buffer): T {
    return JSON.parse(open(dataKey, sealed, detailsContext(journeyId)).toString('utf8')) as T;
  }
}
