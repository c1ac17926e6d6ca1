import { IsString } from 'class-validator';
import { ServiceEnvironment } from '@waypoint/platform';

export class IdentificationEnvironment extends ServiceEnvironment {
  /** A file holding the master key for personal details: 32 bytes, base64. Required: no key, no start. */
  @IsString()
  PERSONAL_DATA_MASTER_KEY_PATH!: string;
}
