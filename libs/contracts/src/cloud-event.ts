import {
  Equals,
  IsDefined,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';

/** CloudEvents 1.0, structured JSON mode, with Waypoint's correlation/causation extensions. */
export interface CloudEvent<T = unknown, Type extends string = string> {
  specversion: '1.0';
  id: string;
  source: string;
  type: Type;
  /** The pseudonymous journey id (a house's id for a house's event); also the Kafka key. */
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  correlationid: string;
  causationid?: string;
  data: T;
}

export const CLOUD_EVENT_CONTENT_TYPE = 'application/cloudevents+json; charset=UTF-8';

/** The envelope rules, checked before the payload so a broken envelope is named as such. */
export class CloudEventEnvelope {
  @Equals('1.0')
  specversion!: '1.0';

  @IsUUID()
  id!: string;

  @IsString()
  @Length(1, 200)
  source!: string;

  @IsString()
  @Matches(/^waypoint\.[a-z-]+\.[a-z-]+\.v\d+$/)
  type!: string;

  @IsUUID()
  subject!: string;

  @IsISO8601({ strict: true })
  time!: string;

  @Equals('application/json')
  datacontenttype!: 'application/json';

  @IsUUID()
  correlationid!: string;

  @IsOptional()
  @IsUUID()
  causationid?: string;

  @IsDefined()
  @IsObject()
  data!: Record<string, unknown>;
}
