import { randomBytes } from 'node:crypto';
import { EnvelopeCipher, masterKeyFromBase64, SealingError } from './envelope-cipher';

const contexts = {
  key: (houseId: string) => `test:house-key:v1:${houseId}`,
  value: (houseId: string) => `test:house-address:v1:${houseId}`,
};

describe('EnvelopeCipher', () => {
  const sut = new EnvelopeCipher(randomBytes(32), contexts);

  it("opens a value under its subject's own key", () => {
    const { dataKey, wrapped } = sut.newSubjectKey('house-1');
    const sealed = sut.sealValue('house-1', dataKey, { line1: '1 Example Street' });
    expect(sealed.toString('utf8')).not.toContain('Example');
    expect(sut.openValue('house-1', sut.unwrapSubjectKey('house-1', wrapped), sealed)).toEqual({
      line1: '1 Example Street',
    });
  });

  it('refuses a value or key copied onto another subject, saying nothing of why', () => {
    const one = sut.newSubjectKey('house-1');
    const sealed = sut.sealValue('house-1', one.dataKey, 'x');
    expect(() => sut.openValue('house-2', one.dataKey, sealed)).toThrow(
      new SealingError('sealed value does not open with this key for this subject'),
    );
    expect(() => sut.unwrapSubjectKey('house-2', one.wrapped)).toThrow(SealingError);
  });

  it('keeps uses apart: a value sealed for one use does not open as another', () => {
    const other = new EnvelopeCipher(randomBytes(32), { ...contexts, value: (id) => `test:risk:v1:${id}` });
    const { dataKey } = other.newSubjectKey('j');
    expect(() => sut.openValue('j', dataKey, other.sealValue('j', dataKey, 'x'))).toThrow(SealingError);
  });

  it('takes the master key as 44 characters of base64 only', () => {
    expect(masterKeyFromBase64(randomBytes(32).toString('base64'))).toHaveLength(32);
    expect(() => masterKeyFromBase64('short')).toThrow('the master key must be 32 bytes of base64');
    expect(() => new EnvelopeCipher(randomBytes(16), contexts)).toThrow(
      'the master key must be 32 bytes, got 16',
    );
  });
});
