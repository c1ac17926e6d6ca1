import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgeGroup, Area, CompetentAuthority, ExploitationType } from '@waypoint/contracts';

export const NRM_CASE_STATUSES = ['awaiting-reasonable-grounds'] as const;
export type NrmCaseStatus = (typeof NRM_CASE_STATUSES)[number];

@Entity('nrm_case')
export class NrmCaseRecord {
  @PrimaryColumn('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'journey_id', unique: true })
  journeyId!: string;

  @Column('text')
  status!: NrmCaseStatus;

  @Column('text', { name: 'competent_authority' })
  competentAuthority!: CompetentAuthority;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt!: Date;

  @Column('date', { name: 'submitted_on' })
  submittedOn!: string;

  @Column('date', { name: 'reasonable_grounds_due_on' })
  reasonableGroundsDueOn!: string;

  @Column('text', { name: 'age_group' })
  ageGroup!: AgeGroup;

  @Column('text')
  area!: Area;

  @Column('text', { name: 'exploitation_types', array: true })
  exploitationTypes!: ExploitationType[];

  @Column('text', { name: 'referring_agency' })
  referringAgency!: string;
}

/** An anonymous Duty to Notify record: deliberately nothing that identifies the person. */
@Entity('duty_to_notify')
export class DutyToNotifyRecord {
  @PrimaryColumn('uuid', { name: 'notification_id' })
  notificationId!: string;

  @Column('uuid', { name: 'journey_id', unique: true })
  journeyId!: string;

  @Column('timestamptz', { name: 'notified_at' })
  notifiedAt!: Date;

  @Column('text')
  area!: Area;

  @Column('text', { name: 'exploitation_types', array: true })
  exploitationTypes!: ExploitationType[];

  @Column('text', { name: 'notifying_agency' })
  notifyingAgency!: string;
}
