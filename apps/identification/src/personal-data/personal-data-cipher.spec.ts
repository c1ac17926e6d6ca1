import { randomBytes, randomUUID } from 'node:crypto';
import { PersonalDataCipher, PersonalDataCipherError } from './personal-data-cipher';

const details = {
  fullName: 'Amina Example',
  dateOfBirth: '1990-02-03',
  nationality: 'Albanian',
  contact: null,
};

function sealedFor(sut: PersonalDataCipher, journeyId = randomUUID()) {
  const { dataKey, wrapped } = sut.newJourneyKey(journeyId);
  return { journeyId, dataKey, wrapped, sealed: sut.sealDetails(journeyId, dataKey, details) };
}

describe('PersonalDataCipher', () => {
  const sut = new PersonalDataCipher(randomBytes(32));

  it('opens what it sealed, through the wrapped journey key', () => {
    const { journeyId, wrapped, sealed } = sealedFor(sut);

    const dataKey = sut.unwrapJourneyKey(journeyId, wrapped);

    expect(sut.openDetails(journeyId, dataKey, sealed)).toEqual(details);
  });

  it('stores no plaintext: neither the details nor the data key appear in what is stored', () => {
    const { dataKey, wrapped, sealed } = sealedFor(sut);

    expect(sealed.includes(Buffer.from('Amina'))).toBe(false);
    expect(wrapped.wrappedKey.includes(dataKey)).toBe(false);
  });

  it('seals the same details differently each time (random IV)', () => {
    const { journeyId, dataKey } = sealedFor(sut);

    expect(
      sut.sealDetails(journeyId, dataKey, details).equals(sut.sealDetails(journeyId, dataKey, details)),
    ).toBe(false);
  });

  it('refuses a tampered ciphertext', () => {
    const { journeyId, dataKey, sealed } = sealedFor(sut);
    sealed[sealed.length - 1] ^= 0x01;

    expect(() => sut.openDetails(journeyId, dataKey, sealed)).toThrow(PersonalDataCipherError);
  });

  it("refuses another journey's ciphertext and wrapped key (the journey id is bound in)", () => {
    const { dataKey, wrapped, sealed } = sealedFor(sut);
    const otherJourney = randomUUID();

    expect(() => sut.openDetails(otherJourney, dataKey, sealed)).toThrow(PersonalDataCipherError);
    expect(() => sut.unwrapJourneyKey(otherJourney, wrapped)).toThrow(PersonalDataCipherError);
  });

  it('refuses to unwrap with another master key', () => {
    const { journeyId, wrapped } = sealedFor(sut);

    expect(() => new PersonalDataCipher(randomBytes(32)).unwrapJourneyKey(journeyId, wrapped)).toThrow(
      PersonalDataCipherError,
    );
  });

  it('refuses a master key that is not 32 bytes of base64', () => {
    expect(() => PersonalDataCipher.fromBase64('too-short')).toThrow('32 bytes of base64');
    expect(() => PersonalDataCipher.fromBase64(randomBytes(16).toString('base64'))).toThrow(
      '32 bytes of base64',
    );
    expect(PersonalDataCipher.fromBase64(randomBytes(32).toString('base64'))).toBeInstanceOf(
      PersonalDataCipher,
    );
  });
});
