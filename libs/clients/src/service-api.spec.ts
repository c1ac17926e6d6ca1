import { pathWith } from './service-api';

describe('pathWith', () => {
  it('fills each parameter of a template', () => {
    expect(pathWith('/referrals/{journeyId}/commands', { journeyId: 'abc' })).toBe('/referrals/abc/commands');
  });

  it('encodes values, so one cannot climb to another path', () => {
    expect(pathWith('/journeys/{journeyId}', { journeyId: '../admin?x=1' })).toBe(
      '/journeys/..%2Fadmin%3Fx%3D1',
    );
  });

  it('refuses a template whose parameter is missing', () => {
    expect(() => pathWith('/journeys/{journeyId}', {})).toThrow('path /journeys/{journeyId} needs journeyId');
  });

  it('puts the query after the path, encoded', () => {
    expect(pathWith('/identifications', {}, { awaiting: 'place-of-safety-decision', q: 'a&b' })).toBe(
      '/identifications?awaiting=place-of-safety-decision&q=a%26b',
    );
  });

  it('leaves a path without parameters as it is', () => {
    expect(pathWith('/referrals')).toBe('/referrals');
  });
});
