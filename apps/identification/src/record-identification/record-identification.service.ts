import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@waypoint/auth';
import { WorkingDayCalendar } from '@waypoint/calendar';
import { buildEvent, type EventOrigin, type OutgoingEvent } from '@waypoint/contracts';
import type { ScheduledEvent } from '@waypoint/messaging';
import type { PotentialVictimRecord, RecordedConsent } from '../identification.entities';
import { IdentificationRepository, type PersonalDetails } from '../identification.repository';
import {
  identifiedEvent,
  placeOfSafetyDecisionDueOn,
  placeOfSafetyLapseTimer,
} from '../place-of-safety/place-of-safety';
import type { RecordIdentificationDto } from './record-identification.dto';

export interface IdentificationRecorded {
  journeyId: string;
  identifiedAt: string;
  consent: RecordedConsent;
  /** Set when the adult was offered a place of safety: the last day to decide. */
  placeOfSafetyDecisionDueOn?: string;
}

@Injectable()
export class RecordIdentification {
  constructor(
    private readonly identifications: IdentificationRepository,
    private readonly calendar: WorkingDayCalendar,
  ) {}

  async execute(
    dto: RecordIdentificationDto,
    by: Principal,
    origin: EventOrigin,
  ): Promise<IdentificationRecorded> {
    // A random (v4) id: the journey id travels everywhere, so it must reveal nothing, not even when.
    const journeyId = randomUUID();
    const identifiedAt = new Date();
    const consent: RecordedConsent = dto.ageGroup === 'child' ? 'not-required-child' : dto.consent!;
    const record: PotentialVictimRecord = {
      journeyId,
      identifiedAt,
      recordedBy: by.subject,
      firstResponderAgency: by.agency,
      firstResponderOrganisationType: dto.firstResponderOrganisationType,
      area: dto.area,
      ageGroup: dto.ageGroup,
      exploitationTypes: dto.exploitationTypes,
      countyLines: dto.countyLines,
      exploitedIn: dto.exploitedIn,
      indicators: dto.indicators,
      consent,
    };
    let events: OutgoingEvent[];
    let timers: ScheduledEvent[] = [];
    if (consent === 'undecided') {
      // No referral and no Duty to Notify yet: the adult is deciding. The lapse is scheduled with
      // the record, so it fires (once) even if this service is down when the window closes.
      const decisionDueOn = placeOfSafetyDecisionDueOn(identifiedAt, this.calendar);
      record.placeOfSafetyDecisionDueOn = decisionDueOn;
      events = [
        buildEvent(
          'waypoint.identification.place-of-safety-offered.v1',
          journeyId,
          {
            journeyId,
            identifiedAt: identifiedAt.toISOString(),
            decisionDueOn,
            area: record.area,
            firstResponderAgency: record.firstResponderAgency,
          },
          origin,
          identifiedAt,
        ),
      ];
      timers = [placeOfSafetyLapseTimer(record, decisionDueOn, origin)];
    } else {
      events = [identifiedEvent(record, consent, origin)];
    }
    const details: PersonalDetails | null = dto.personalDetails
      ? {
          fullName: dto.personalDetails.fullName,
          dateOfBirth: dto.personalDetails.dateOfBirth ?? null,
          nationality: dto.personalDetails.nationality ?? null,
          contact: dto.personalDetails.contact ?? null,
        }
      : null;
    await this.identifications.record(record, details, events, timers);
    return {
      journeyId,
      identifiedAt: record.identifiedAt.toISOString(),
      consent,
      ...(record.placeOfSafetyDecisionDueOn
        ? { placeOfSafetyDecisionDueOn: record.placeOfSafetyDecisionDueOn }
        : {}),
    };
  }
}
