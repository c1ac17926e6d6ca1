import { ApiProperty } from '@nestjs/swagger';
import type { ConsentGiven } from './give-consent.service';

export class ConsentGivenResponse implements ConsentGiven {
  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({ enum: ['given'] })
  consent!: 'given';

  @ApiProperty({ format: 'date-time' })
  consentGivenAt!: string;
}
