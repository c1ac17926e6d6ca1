import { signInTokenMatches } from './sign-in-csrf';

describe('the sign-in form token', () => {
  it('matches only the cookie it was issued with', () => {
    expect(signInTokenMatches('abcdefabcdefabcdefabcdefabcdefab', 'abcdefabcdefabcdefabcdefabcdefab')).toBe(
      true,
    );
    expect(signInTokenMatches('abcdefabcdefabcdefabcdefabcdefab', 'abcdefabcdefabcdefabcdefabcdefac')).toBe(
      false,
    );
    expect(signInTokenMatches('abcdefabcdefabcdefabcdefabcdefab', 'short')).toBe(false);
  });

  it('never matches when either is missing', () => {
    expect(signInTokenMatches(undefined, undefined)).toBe(false);
    expect(signInTokenMatches('', '')).toBe(false);
    expect(signInTokenMatches('abc', undefined)).toBe(false);
    expect(signInTokenMatches(undefined, 'abc')).toBe(false);
  });
});
