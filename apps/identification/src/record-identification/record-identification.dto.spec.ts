// The DTO decorates with class-transformer's @Type, which needs the Reflect metadata API at load time.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { describeValidationErrors } from '@waypoint/contracts';
import { RecordIdentificationDto } from './record-identification.dto';

/** The options the HTTP edge uses (createValidationPipe). */
const STRICT = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true } as const;

const adult = (): Record<string, unknown> => ({
  ageGroup: 'adult',
  exploitationTypes: ['labour'],
  countyLines: false,
  exploitedIn: 'uk',
  indicators: ['PHY-02', 'SIT-02', 'SIT-07'],
  area: 'birmingham',
  firstResponderOrganisationType: 'police',
  consent: 'given',
  personalDetails: {
    fullName: 'Jane Doe',
    dateOfBirth: '1990-05-17',
    nationality: 'Albanian',
    contact: '07700 900123',
  },
});

const child = (): Record<string, unknown> => {
  const { consent: _, ...rest } = adult();
  return { ...rest, ageGroup: 'child', exploitationTypes: ['criminal'], countyLines: true };
};

async function errorsOf(plain: Record<string, unknown>): Promise<ValidationError[]> {
  return validate(plainToInstance(RecordIdentificationDto, plain), STRICT);
}

async function problemsOf(plain: Record<string, unknown>): Promise<string[]> {
  return describeValidationErrors(await errorsOf(plain));
}

describe('RecordIdentificationDto', () => {
  it('accepts an adult who gave consent, with personal details', async () => {
    await expect(problemsOf(adult())).resolves.toEqual([]);
  });

  it('accepts an adult who declined (Duty to Notify)', async () => {
    await expect(problemsOf({ ...adult(), consent: 'declined' })).resolves.toEqual([]);
  });

  it('accepts a child without consent, since a child is never asked', async () => {
    await expect(problemsOf(child())).resolves.toEqual([]);
  });

  it('accepts a record without personal details', async () => {
    const { personalDetails: _, ...anonymous } = adult();

    await expect(problemsOf(anonymous)).resolves.toEqual([]);
  });

  it('turns personal details into their DTO so they are validated', () => {
    expect(plainToInstance(RecordIdentificationDto, adult()).personalDetails).toMatchObject({
      fullName: 'Jane Doe',
    });
  });

  it('refuses an adult without a consent decision, naming consent', async () => {
    const { consent: _, ...withoutConsent } = adult();

    const errors = await errorsOf(withoutConsent);

    expect(describeValidationErrors(errors)).toEqual(['consent: consentForAgeGroup']);
    expect(errors[0].constraints?.consentForAgeGroup).toBe(
      "consent must be 'given', 'declined' or 'undecided' (offered a place of safety) for an adult",
    );
  });

  it("accepts an adult offered a place of safety, consent 'undecided'", async () => {
    await expect(problemsOf({ ...adult(), consent: 'undecided' })).resolves.toEqual([]);
  });

  it("refuses a child marked 'undecided': a child is always referred", async () => {
    const { consent: _, ...child } = adult();
    await expect(problemsOf({ ...child, ageGroup: 'child', consent: 'undecided' })).resolves.toEqual([
      'consent: consentForAgeGroup',
    ]);
  });

  it("refuses an adult whose consent is 'not-required-child'", async () => {
    await expect(problemsOf({ ...adult(), consent: 'not-required-child' })).resolves.toEqual([
      'consent: consentForAgeGroup',
    ]);
  });

  it.each(['declined', 'given'])(
    "refuses a child with consent '%s', explaining that a child is always referred",
    async (consent) => {
      const errors = await errorsOf({ ...child(), consent });

      expect(errors.map((error) => error.property)).toEqual(['consent']);
      expect(errors[0].constraints?.consentForAgeGroup).toMatch(/a child is always referred/);
    },
  );

  it('refuses an unknown property', async () => {
    await expect(problemsOf({ ...adult(), nickname: 'JD' })).resolves.toEqual([
      'nickname: whitelistValidation',
    ]);
  });

  it('refuses an unknown property inside personal details', async () => {
    const plain = adult();
    plain.personalDetails = { fullName: 'Jane Doe', homeAddress: '1 High Street' };

    await expect(problemsOf(plain)).resolves.toEqual(['personalDetails.homeAddress: whitelistValidation']);
  });

  it('refuses a full name over 200 characters, naming personalDetails.fullName', async () => {
    const plain = adult();
    plain.personalDetails = { fullName: 'x'.repeat(201) };

    await expect(problemsOf(plain)).resolves.toEqual(['personalDetails.fullName: isLength']);
  });

  it('accepts a full name of exactly 200 characters', async () => {
    const plain = adult();
    plain.personalDetails = { fullName: 'x'.repeat(200) };

    await expect(problemsOf(plain)).resolves.toEqual([]);
  });

  it('refuses personal details without a full name', async () => {
    const plain = adult();
    plain.personalDetails = { nationality: 'Albanian' };

    await expect(problemsOf(plain)).resolves.toContain('personalDetails.fullName: isString');
  });

  it.each([['1990-5-17'], ['17/05/1990'], ['1990-05-17T00:00:00Z']])(
    'refuses a date of birth not written as YYYY-MM-DD (%s)',
    async (dateOfBirth) => {
      const plain = adult();
      plain.personalDetails = { fullName: 'Jane Doe', dateOfBirth };

      await expect(problemsOf(plain)).resolves.toEqual(['personalDetails.dateOfBirth: isLocalDate']);
    },
  );

  // date_of_birth is a Postgres `date`: an impossible date passes the regex, then fails in the
  // insert as SQLSTATE 22008, so the caller gets a 500 instead of a 400 naming the field.
  it('refuses a date of birth that is not a real date (31 February)', async () => {
    const plain = adult();
    plain.personalDetails = { fullName: 'Jane Doe', dateOfBirth: '1990-02-31' };

    await expect(problemsOf(plain)).resolves.toEqual([
      expect.stringMatching(/^personalDetails\.dateOfBirth: /),
    ]);
  });

  it('refuses personal details that are not an object', async () => {
    await expect(problemsOf({ ...adult(), personalDetails: 'Jane Doe' })).resolves.toContain(
      'personalDetails: isObject',
    );
  });

  it('refuses an indicator code that is not in the catalogue', async () => {
    await expect(problemsOf({ ...adult(), indicators: ['PHY-01', 'XYZ-99'] })).resolves.toEqual([
      'indicators: isIn',
    ]);
  });

  it('refuses the same indicator twice', async () => {
    await expect(problemsOf({ ...adult(), indicators: ['PHY-01', 'PHY-01'] })).resolves.toEqual([
      'indicators: arrayUnique',
    ]);
  });

  it('accepts no indicators at all', async () => {
    await expect(problemsOf({ ...adult(), indicators: [] })).resolves.toEqual([]);
  });

  it('refuses duplicate exploitation types', async () => {
    await expect(problemsOf({ ...adult(), exploitationTypes: ['labour', 'labour'] })).resolves.toEqual([
      'exploitationTypes: arrayUnique',
    ]);
  });

  it('refuses an empty list of exploitation types', async () => {
    await expect(problemsOf({ ...adult(), exploitationTypes: [] })).resolves.toEqual([
      'exploitationTypes: arrayMinSize',
    ]);
  });

  it('refuses an unknown exploitation type', async () => {
    await expect(problemsOf({ ...adult(), exploitationTypes: ['organ-harvesting'] })).resolves.toEqual([
      'exploitationTypes: isIn',
    ]);
  });

  it('refuses countyLines given as a string', async () => {
    await expect(problemsOf({ ...adult(), countyLines: 'false' })).resolves.toEqual([
      'countyLines: isBoolean',
    ]);
  });

  it('refuses an area outside the covered force areas', async () => {
    await expect(problemsOf({ ...adult(), area: 'manchester' })).resolves.toEqual(['area: isIn']);
  });
});
