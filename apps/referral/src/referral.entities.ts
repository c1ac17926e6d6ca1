import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgeGroup, Area, CompetentAuthority, ExploitationType } from '@waypoint/contracts';
import type { NrmCaseState, NrmCaseStatus } from './nrm-case/nrm-case';

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

  /** The state machine's whole state; `status` and `version` are kept equal to its own (a CHECK enforces it). */
  @Column('jsonb')
  state!: NrmCaseState;

  @Column('int')
  version!: number;
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
