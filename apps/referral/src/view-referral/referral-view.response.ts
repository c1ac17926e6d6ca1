import { ApiProperty } from '@nestjs/swagger';
import {
  AGE_GROUPS,
  AREAS,
  COMPETENT_AUTHORITIES,
  EXPLOITATION_TYPES,
  NRM_CASE_STATUSES,
  type AgeGroup,
  type Area,
  type CompetentAuthority,
  type ExploitationType,
} from '@waypoint/contracts';
import { NRM_CASE_COMMAND_KINDS, type NrmCaseCommandKind, type NrmCaseStatus } from '../nrm-case/nrm-case';
import { CaseDeadlineResponse } from '../case-deadline.response';
import { NrmCaseStateResponse } from '../record-nrm-decision/nrm-case-view.response';

/** The nrm_case row as the controller returns it (referral.entities.ts NrmCaseRecord). */
export class NrmCaseRecordResponse {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({ enum: [...NRM_CASE_STATUSES], enumName: 'NrmCaseStatus' })
  status!: NrmCaseStatus;

  @ApiProperty({ enum: [...COMPETENT_AUTHORITIES], enumName: 'CompetentAuthority' })
  competentAuthority!: CompetentAuthority;

  @ApiProperty({ format: 'date-time' })
  submittedAt!: string;

  @ApiProperty({ type: 'string', format: 'date' })
  submittedOn!: string;

  @ApiProperty({ type: 'string', format: 'date' })
  reasonableGroundsDueOn!: string;

  @ApiProperty({ enum: [...AGE_GROUPS], enumName: 'AgeGroup' })
  ageGroup!: AgeGroup;

  @ApiProperty({ enum: [...AREAS], enumName: 'Area' })
  area!: Area;

  @ApiProperty({ enum: [...EXPLOITATION_TYPES], enumName: 'ExploitationType', isArray: true })
  exploitationTypes!: ExploitationType[];

  @ApiProperty({
    description: 'The agency that made the referral: the only agency that can see or change the case',
  })
  referringAgency!: string;

  @ApiProperty({ type: NrmCaseStateResponse })
  state!: NrmCaseStateResponse;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version!: number;
}

/** The duty_to_notify row (referral.entities.ts DutyToNotifyRecord): anonymous by design. */
export class DutyToNotifyResponse {
  @ApiProperty({ format: 'uuid' })
  notificationId!: string;

  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({ format: 'date-time' })
  notifiedAt!: string;

  @ApiProperty({ enum: [...AREAS], enumName: 'Area' })
  area!: Area;

  @ApiProperty({ enum: [...EXPLOITATION_TYPES], enumName: 'ExploitationType', isArray: true })
  exploitationTypes!: ExploitationType[];

  @ApiProperty()
  notifyingAgency!: string;
}

export class NrmReferralResponse {
  @ApiProperty({ enum: ['nrm'] })
  route!: 'nrm';

  @ApiProperty({ type: NrmCaseRecordResponse })
  nrmCase!: NrmCaseRecordResponse;

  @ApiProperty({
    type: CaseDeadlineResponse,
    nullable: true,
    description: 'What the case waits for next (London today); null when nothing',
  })
  nextDeadline!: CaseDeadlineResponse | null;

  @ApiProperty({
    enum: [...NRM_CASE_COMMAND_KINDS],
    enumName: 'NrmCaseCommandKind',
    isArray: true,
    description:
      'The commands the case allows today, so a client offers only those (each is still judged when sent)',
  })
  allowedCommands!: NrmCaseCommandKind[];
}

export class DutyToNotifyReferralResponse {
  @ApiProperty({ enum: ['duty-to-notify'] })
  route!: 'duty-to-notify';

  @ApiProperty({ type: DutyToNotifyResponse })
  dutyToNotify!: DutyToNotifyResponse;
}
