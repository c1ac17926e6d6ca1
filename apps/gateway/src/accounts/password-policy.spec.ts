import { describePasswordProblem, passwordProblem } from './password-policy';

describe('password policy for new users', () => {
  const sut = passwordProblem;

  it.each(['correct horse', 'twelve chars', 'a'.repeat(256), 'no digits or symbols at all'])(
    'accepts %j: length, not composition',
    (password) => {
      expect(sut(password)).toBeNull();
    },
  );

  it.each(['', 'short', 'elevenchars', 'Tr0ub4dor&3'])('refuses %j as too short', (password) => {
    expect(sut(password)).toBe(password === '' ? 'blank' : 'too-short');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(sut('😀'.repeat(11))).toBe('too-short');
    expect(sut('😀'.repeat(12))).toBeNull();
  });

  it('refuses a password of spaces however long', () => {
    expect(sut(' '.repeat(20))).toBe('blank');
  });

  it('refuses more than 256 characters', () => {
    expect(sut('a'.repeat(257))).toBe('too-long');
  });

  it('says the rule in the message', () => {
    expect(describePasswordProblem('too-short')).toBe('password must be at least 12 characters');
  });
});
