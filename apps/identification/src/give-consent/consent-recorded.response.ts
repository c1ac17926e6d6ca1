import { ApiProperty } from '@nestjs/swagger';
import type { ConsentRecorded } from './give-consent.service';

export class ConsentRecordedResponse implements ConsentRecorded {
  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({ enum: ['given', 'declined'] })
  consent!: 'given' | 'declined';

  @ApiProperty({ format: 'date-time' })
  decidedAt!: string;
}
