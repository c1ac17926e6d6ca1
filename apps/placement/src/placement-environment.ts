import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { ServiceEnvironment } from '@waypoint/platform';

export class PlacementEnvironment extends ServiceEnvironment {
  /** A file holding placement's master key (32 bytes, base64): seals addresses and risk notes. Required. */
  @IsString()
  PLACEMENT_SEALING_KEY_PATH!: string;

  /** How long an offered bed is held for the provider's answer before it is free again. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 60)
  PLACEMENT_HOLD_MINUTES = 120;

  /**
   * Days of move-on a safe-house stay is planned to end after a negative RG or CG decision.
   * docs/domain.md: sources say 9 working days or "up to 14 days" (unconfirmed), so it is configured.
   */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  PLACEMENT_MOVE_ON_AFTER_NEGATIVE_DECISION_DAYS = 9;

  /**
   * Days after a positive CG a stay is planned to end: the guidance's minimum of 45 days of move-on, until
   * the post-NRM support service publishes each person's own move-on end.
   */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  PLACEMENT_MOVE_ON_AFTER_POSITIVE_CG_DAYS = 45;
}
