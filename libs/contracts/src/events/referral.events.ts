import { IsIn, IsISO8601, IsString, IsUUID, Length } from 'class-validator';
import { IsLocalDate } from '../is-local-date';
import {
  AGE_GROUPS,
  AREAS,
  COMPETENT_AUTHORITIES,
  type AgeGroup,
  type Area,
  type CompetentAuthority,
} from '../vocabulary';

/** An NRM case was opened and submitted to a competent authority; the RG clock has started. */
export class NrmReferralSubmittedV1 {
  @IsUUID()
  journeyId!: string;

  @IsUUID()
  caseId!: string;

  @IsIn(COMPETENT_AUTHORITIES)
  competentAuthority!: CompetentAuthority;

  @IsISO8601({ strict: true })
  submittedAt!: string;

  /** Europe/London civil date of submission: day 0 of the statutory clock. */
  @IsLocalDate()
  submittedOn!: string;

  /** The 5th England & Wales working day after submission. */
  @IsLocalDate()
  reasonableGroundsDueOn!: string;

  @IsIn(AGE_GROUPS)
  ageGroup!: AgeGroup;

  @IsIn(AREAS)
  area!: Area;

  @IsString()
  @Length(1, 100)
  referringAgency!: string;
}

/** An adult declined an NRM referral: an anonymous Duty to Notify (MS1) record, no NRM case. */
export class DutyToNotifyRecordedV1 {
  @IsUUID()
  journeyId!: string;

  @IsUUID()
  notificationId!: string;

  @IsISO8601({ strict: true })
  notifiedAt!: string;

  @IsIn(AREAS)
  area!: Area;

  @IsString()
  @Length(1, 100)
  notifyingAgency!: string;
}
