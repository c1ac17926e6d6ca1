import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import {
  DECLINE_REASONS,
  IsLocalDate,
  MOVE_OUT_DESTINATIONS,
  MOVE_OUT_REASONS,
  type DeclineReason,
  type MoveOutDestination,
  type MoveOutReason,
} from '@waypoint/contracts';

export class MakeOfferDto {
  @ApiProperty({
    format: 'uuid',
    description:
      "An eligible house from the request's matches; the room and beds are matching's choice there, now",
  })
  @IsUUID()
  houseId!: string;
}

export class DeclineOfferDto {
  @ApiProperty({ enum: [...DECLINE_REASONS], enumName: 'DeclineReason' })
  @IsIn(DECLINE_REASONS)
  reason!: DeclineReason;
}

export class MoveInDto {
  @ApiProperty({
    type: 'string',
    format: 'date',
    description: 'The day the survivor arrived (London), not in the future',
  })
  @IsLocalDate()
  movedInOn!: string;
}

export class MoveOutDto {
  @ApiProperty({
    type: 'string',
    format: 'date',
    description: 'The day the survivor left, not in the future',
  })
  @IsLocalDate()
  movedOutOn!: string;

  @ApiProperty({ enum: [...MOVE_OUT_REASONS], enumName: 'MoveOutReason' })
  @IsIn(MOVE_OUT_REASONS)
  reason!: MoveOutReason;

  @ApiProperty({ enum: [...MOVE_OUT_DESTINATIONS], enumName: 'MoveOutDestination' })
  @IsIn(MOVE_OUT_DESTINATIONS)
  destination!: MoveOutDestination;
}
