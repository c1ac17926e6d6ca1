import { ApiProperty } from '@nestjs/swagger';
import type { PersonalDetails } from '../identification.repository';
import type { PersonalDataErased, PersonalDetailsCorrected } from './personal-data.service';

/** The survivor's identifying details, as held (sealed) by this service only: null where not recorded. */
export class PersonalDetailsResponse implements PersonalDetails {
  @ApiProperty({ example: 'Alex Example' })
  fullName!: string;

  @ApiProperty({ type: 'string', format: 'date', nullable: true, example: '1990-05-17' })
  dateOfBirth!: string | null;

  @ApiProperty({ type: 'string', nullable: true, example: 'Albanian' })
  nationality!: string | null;

  @ApiProperty({ type: 'string', nullable: true, example: '07700 900123' })
  contact!: string | null;
}

export class PersonalDetailsCorrectedResponse implements PersonalDetailsCorrected {
  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({ type: PersonalDetailsResponse })
  personalDetails!: PersonalDetailsResponse;
}

export class PersonalDataErasedResponse implements PersonalDataErased {
  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'When the details were first erased; erasing again answers the same',
  })
  erasedAt!: string;
}

export class PersonalDetailsForProviderResponse {
  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({
    type: PersonalDetailsResponse,
    nullable: true,
    description: 'null: none recorded, or erased',
  })
  personalDetails!: PersonalDetailsResponse | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  personalDataErasedAt!: string | null;
}
