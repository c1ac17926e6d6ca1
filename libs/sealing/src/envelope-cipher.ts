import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/*
 * Envelope encryption for what must stay sealed at rest (a survivor's personal details, a
 * placement's risk notes, a safe house's address). Each subject (a journey, a house) has its own
 * random data key, stored only wrapped (encrypted) by the master key from configuration.
 * Destroying a subject's wrapped key makes its values undecryptable by anyone, master key or not:
 * erasure by crypto-shredding. AES-256-GCM throughout, with the subject bound in as additional
 * data, so a ciphertext or wrapped key copied onto another subject fails to open rather than
 * decrypting.
 */

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Bumped when the master key rotates; stored beside every wrapped key. */
export const CURRENT_MASTER_KEY_VERSION = 1;

export class SealingError extends Error {
  override readonly name: string = 'SealingError';
}

function seal(
  key: Buffer,
  plaintext: Buffer,
  additionalData: string,
  fail: new (m: string) => Error,
): Buffer {
  if (key.length !== KEY_BYTES) throw new fail(`a key must be ${KEY_BYTES} bytes`);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(additionalData, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, sealed: Buffer, additionalData: string, fail: new (m: string) => Error): Buffer {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new fail('sealed value is truncated');
  const decipher = createDecipheriv(ALGORITHM, key, sealed.subarray(0, IV_BYTES), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(Buffer.from(additionalData, 'utf8'));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    // Never say which check failed: wrong key, wrong subject and tampering look the same.
    throw new fail('sealed value does not open with this key for this subject');
  }
}

export interface WrappedKey {
  masterKeyVersion: number;
  wrappedKey: Buffer;
}

/** The additional data bound into each seal: distinct per use, so values never cross uses. */
export interface SealingContexts {
  /** For a subject's wrapped data key: `waypoint:journey-data-key:v1:<journeyId>`. */
  key: (subject: string) => string;
  /** For a value sealed under that key. */
  value: (subject: string) => string;
}

/** The master key from configuration text: 32 bytes as base64 (e.g. `openssl rand -base64 32`). */
export function masterKeyFromBase64(text: string, fail: new (m: string) => Error = SealingError): Buffer {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]{43}=$/.test(trimmed)) {
    throw new fail('the master key must be 32 bytes of base64 (44 characters)');
  }
  return Buffer.from(trimmed, 'base64');
}

export class EnvelopeCipher {
  private readonly masterKey: Buffer;

  constructor(
    masterKey: Buffer,
    private readonly contexts: SealingContexts,
    /** The error this cipher throws, so each owner's callers see their own kind. */
    private readonly fail: new (message: string) => Error = SealingError,
  ) {
    if (masterKey.length !== KEY_BYTES) {
      throw new fail(`the master key must be ${KEY_BYTES} bytes, got ${masterKey.length}`);
    }
    this.masterKey = Buffer.from(masterKey);
  }

  /** A fresh data key for a subject, returned wrapped for storage and in the clear for immediate use. */
  newSubjectKey(subject: string): { dataKey: Buffer; wrapped: WrappedKey } {
    const dataKey = randomBytes(KEY_BYTES);
    return {
      dataKey,
      wrapped: {
        masterKeyVersion: CURRENT_MASTER_KEY_VERSION,
        wrappedKey: seal(this.masterKey, dataKey, this.contexts.key(subject), this.fail),
      },
    };
  }

  unwrapSubjectKey(subject: string, wrapped: WrappedKey): Buffer {
    if (wrapped.masterKeyVersion !== CURRENT_MASTER_KEY_VERSION) {
      throw new this.fail(`no master key of version ${wrapped.masterKeyVersion}`);
    }
    return open(this.masterKey, wrapped.wrappedKey, this.contexts.key(subject), this.fail);
  }

  sealValue<T>(subject: string, dataKey: Buffer, value: T): Buffer {
    return seal(dataKey, Buffer.from(JSON.stringify(value), 'utf8'), this.contexts.value(subject), this.fail);
  }

  openValue<T>(subject: string, dataKey: Buffer, sealed: Buffer): T {
    return JSON.parse(open(dataKey, sealed, this.contexts.value(subject), this.fail).toString('utf8')) as T;
  }
}
