import { IsIn, IsISO8601, IsString, IsUUID, Length, Matches } from 'class-validator';
import {
  AGE_GROUPS,
  AREAS,
  COMPETENT_AUTHORITIES,
  type AgeGroup,
  type Area,
  type CompetentAuthority,
} from '../vocabulary';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

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
  @Matches(LOCAL_DATE)
  submittedOn!: string;

  /** The 5th England & Wales working day after submission. */
  @Matches(LOCAL_DATE)
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
