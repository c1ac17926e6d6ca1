import { FieldsRejected, NotInThisState, refusalBody } from './refusals';

describe('refusals', () => {
  it('answer 400 naming each field and rule, its messages in order', () => {
    const refusal = new FieldsRejected([
      { field: 'area', rule: 'isIn', message: 'area must be one of …' },
      { field: 'personalDetails.fullName', rule: 'isNotEmpty', message: 'fullName should not be empty' },
    ]);
    expect(refusal.getStatus()).toBe(400);
    expect(refusal.getResponse()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: ['area must be one of …', 'fullName should not be empty'],
      errors: [
        { field: 'area', rule: 'isIn', message: 'area must be one of …' },
        { field: 'personalDetails.fullName', rule: 'isNotEmpty', message: 'fullName should not be empty' },
      ],
    });
  });

  it('name one field wrong by one rule', () => {
    expect(FieldsRejected.because('journeyId', 'isUuid', 'journeyId must be a UUID').getResponse()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: ['journeyId must be a UUID'],
      errors: [{ field: 'journeyId', rule: 'isUuid', message: 'journeyId must be a UUID' }],
    });
  });

  it('answer 409 with the message and what the client needs to recover', () => {
    const refusal = new NotInThisState('the case is withdrawn', { currentStatus: 'withdrawn' });
    expect(refusal.getStatus()).toBe(409);
    expect(refusal.getResponse()).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: ['the case is withdrawn'],
      currentStatus: 'withdrawn',
    });
  });

  it('build the same body for the refusals made before Nest runs (413, 415)', () => {
    expect(
      refusalBody(413, 'Payload Too Large', [{ field: '(body)', rule: 'maxBodySize', message: 'too big' }]),
    ).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: ['too big'],
      errors: [{ field: '(body)', rule: 'maxBodySize', message: 'too big' }],
    });
  });
});
