import { errorsFromService, formErrorsOf, serviceMessageOf } from './form-errors';

describe('formErrorsOf', () => {
  it('is undefined without errors, so pages show no summary', () => {
    expect(formErrorsOf([])).toBeUndefined();
  });

  it('links each summary entry to its field and keeps the first message per field', () => {
    expect(
      formErrorsOf([
        { field: 'email', href: 'email', text: 'Enter your email address' },
        { field: 'email', href: 'email', text: 'second message' },
        { field: 'password', href: 'password', text: 'Enter your password' },
      ]),
    ).toEqual({
      summary: [
        { text: 'Enter your email address', href: '#email' },
        { text: 'Enter your password', href: '#password' },
      ],
      byField: { email: { text: 'Enter your email address' }, password: { text: 'Enter your password' } },
    });
  });
});

describe('reading service answers', () => {
  it('joins a message list into one sentence', () => {
    expect(serviceMessageOf({ message: ['a', 'b'] })).toBe('a. b');
    expect(serviceMessageOf({ message: 'case is withdrawn' })).toBe('case is withdrawn');
  });
});

describe('errorsFromService', () => {
  const fields = {
    outcome: { field: 'outcome', href: 'rg-outcome', text: 'Select the outcome' },
    personalDetails: { field: 'fullName', href: 'fullName' },
  };
  const fallback = { field: 'kind', href: 'rg' };

  it('maps a known field to the page, in our words', () => {
    expect(
      errorsFromService(
        [{ field: 'outcome', rule: 'isIn', message: 'outcome must be one of' }],
        fields,
        fallback,
      ),
    ).toEqual([{ field: 'outcome', href: 'rg-outcome', text: 'Select the outcome' }]);
  });

  it("maps a nested field by its top-level name, in the service's words when the page has none", () => {
    expect(
      errorsFromService(
        [{ field: 'personalDetails.fullName', rule: 'isIn', message: 'fullName must be shorter' }],
        fields,
        fallback,
      ),
    ).toEqual([{ field: 'fullName', href: 'fullName', text: 'FullName must be shorter' }]);
  });

  it('never drops a problem with a field the page does not know', () => {
    expect(
      errorsFromService([{ field: 'mystery', rule: 'isIn', message: 'mystery is wrong' }], fields, fallback),
    ).toEqual([{ field: 'kind', href: 'rg', text: 'Mystery is wrong' }]);
  });
});
