import { BadRequestException, type ArgumentMetadata } from '@nestjs/common';
import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsString, Length, validate, ValidateNested } from 'class-validator';
import { createValidationPipe, fieldProblems, type FieldProblem } from './validation';

class PersonalDetails {
  @IsString()
  @Length(1, 200)
  fullName!: string;
}

class Alias {
  @IsString()
  @Length(1, 50)
  alias!: string;
}

class Submission {
  @IsIn(['adult', 'child'])
  ageGroup!: string;

  @ValidateNested()
  @Type(() => PersonalDetails)
  personalDetails!: PersonalDetails;

  @ValidateNested({ each: true })
  @Type(() => Alias)
  aliases!: Alias[];
}

const STRICT = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true } as const;

async function problemsOf(plain: object): Promise<FieldProblem[]> {
  return fieldProblems(await validate(plainToInstance(Submission, plain), STRICT));
}

const valid = { ageGroup: 'adult', personalDetails: { fullName: 'Jane Doe' }, aliases: [] };

describe('fieldProblems', () => {
  const sut = fieldProblems;

  it('reports nothing for a valid object', async () => {
    expect(sut([])).toEqual([]);
    await expect(problemsOf(valid)).resolves.toEqual([]);
  });

  it('names a top-level field with the rule it broke', async () => {
    await expect(problemsOf({ ...valid, ageGroup: 'teen' })).resolves.toEqual([
      { field: 'ageGroup', rule: 'isIn', message: expect.stringContaining('ageGroup') as string },
    ]);
  });

  it('names a nested field by its dotted path', async () => {
    await expect(problemsOf({ ...valid, personalDetails: { fullName: '' } })).resolves.toEqual([
      {
        field: 'personalDetails.fullName',
        rule: 'isLength',
        message: expect.stringContaining('fullName') as string,
      },
    ]);
  });

  it('names an array element field by its index', async () => {
    const problems = await problemsOf({ ...valid, aliases: [{ alias: 'ok' }, { alias: 7 }] });

    expect(problems.map(({ field, rule }) => `${field}: ${rule}`).sort()).toEqual([
      'aliases.1.alias: isLength',
      'aliases.1.alias: isString',
    ]);
  });

  it("reports an unknown property as rule 'unknownProperty' with a plain message", async () => {
    await expect(problemsOf({ ...valid, nickname: 'JD' })).resolves.toEqual([
      { field: 'nickname', rule: 'unknownProperty', message: 'nickname is not a recognised field' },
    ]);
  });

  it('reports an unknown nested property by its dotted path', async () => {
    await expect(
      problemsOf({ ...valid, personalDetails: { fullName: 'Jane Doe', shoeSize: 6 } }),
    ).resolves.toEqual([
      {
        field: 'personalDetails.shoeSize',
        rule: 'unknownProperty',
        message: 'personalDetails.shoeSize is not a recognised field',
      },
    ]);
  });

  it('prefixes every path when given a prefix', () => {
    expect(sut([{ property: 'area', constraints: { isIn: 'area must be one of …' } }], 'body')).toEqual([
      { field: 'body.area', rule: 'isIn', message: 'area must be one of …' },
    ]);
  });
});

describe('createValidationPipe', () => {
  const sut = createValidationPipe();
  const metadata: ArgumentMetadata = { type: 'body', metatype: Submission };

  it('transforms a valid body into an instance of its DTO', async () => {
    await expect(sut.transform(valid, metadata)).resolves.toBeInstanceOf(Submission);
  });

  it('answers 400 naming every problem field, including unknown ones', async () => {
    const transformed = sut.transform(
      { ...valid, ageGroup: 'teen', personalDetails: { fullName: 'x'.repeat(201) }, nickname: 'JD' },
      metadata,
    );

    await expect(transformed).rejects.toBeInstanceOf(BadRequestException);
    const response = await transformed.then(
      () => undefined,
      (error: BadRequestException) => error.getResponse(),
    );
    expect(response).toMatchObject({
      statusCode: 400,
      errors: expect.arrayContaining([
        expect.objectContaining({ field: 'ageGroup', rule: 'isIn' }),
        expect.objectContaining({ field: 'personalDetails.fullName', rule: 'isLength' }),
        { field: 'nickname', rule: 'unknownProperty', message: 'nickname is not a recognised field' },
      ]) as FieldProblem[],
    });
  });
});
