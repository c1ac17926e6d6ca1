import { EnvelopeCipher, masterKeyFromBase64, SealingError, type WrappedKey } from '@waypoint/sealing';

/*
 * Personal details, sealed by envelope encryption (libs/sealing): each journey has its own random
 * data key, stored only wrapped by the master key, so destroying a journey's wrapped key shreds its
 * details. The contexts below are bound into every seal and must never change: rows sealed under
 * them would no longer open.
 */

export { CURRENT_MASTER_KEY_VERSION } from '@waypoint/sealing';

export class PersonalDataCipherError extends SealingError {
  override readonly name = 'PersonalDataCipherError';
}

export type WrappedJourneyKey = WrappedKey;

const CONTEXTS = {
  key: (journeyId: string): string => `waypoint:journey-data-key:v1:${journeyId}`,
  value: (journeyId: string): string => `waypoint:personal-details:v1:${journeyId}`,
};

export class PersonalDataCipher {
  private readonly envelope: EnvelopeCipher;

  constructor(masterKey: Buffer) {
    this.envelope = new EnvelopeCipher(masterKey, CONTEXTS, PersonalDataCipherError);
  }

  /** From configuration text: the key as base64 (e.g. `openssl rand -base64 32`). */
  static fromBase64(text: string): PersonalDataCipher {
    return new PersonalDataCipher(masterKeyFromBase64(text, PersonalDataCipherError));
  }

  /** A fresh data key for a journey, returned wrapped for storage and in the clear for immediate use. */
  newJourneyKey(journeyId: string): { dataKey: Buffer; wrapped: WrappedJourneyKey } {
    return this.envelope.newSubjectKey(journeyId);
  }

  unwrapJourneyKey(journeyId: string, wrapped: WrappedJourneyKey): Buffer {
    return this.envelope.unwrapSubjectKey(journeyId, wrapped);
  }

  sealDetails<T extends object>(journeyId: string, dataKey: Buffer, details: T): Buffer {
    return this.envelope.sealValue(journeyId, dataKey, details);
  }

  openDetails<T extends object>(journeyId: string, dataKey: Buffer, sealed: Buffer): T {
    return this.envelope.openValue<T>(journeyId, dataKey, sealed);
  }
}
