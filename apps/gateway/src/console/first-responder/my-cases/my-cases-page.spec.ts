import { renderPage, type SignedInUser } from '../../kit';

const response = { locals: { cspNonce: 'test-nonce' } } as never;
const user: SignedInUser = {
  userId: 'user-1',
  email: 'alex@example.gov.uk',
  displayName: 'Alex Officer',
  agencyName: 'West Midlands Police',
  principal: { subject: 'user-1', role: 'first-responder', agency: 'west-midlands-police' },
  csrfToken: 'csrf-123',
};

describe('the My cases page', () => {
  it('says when the agency has no cases, under the first responder navigation', () => {
    const html = renderPage(response, 'first-responder/my-cases/my-cases', {
      title: 'My cases',
      user,
      navigation: 'cases',
      rows: [],
    });
    expect(html).toContain('Your agency has no cases yet.');
    expect(html).toMatch(/govuk-service-navigation__item--active">[\s\S]*?My cases/);
  });
});
