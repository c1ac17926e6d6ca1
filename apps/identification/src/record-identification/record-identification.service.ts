import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@waypoint/auth';
import { buildEvent, type ConsentDecision, type EventOrigin } from '@waypoint/contracts';
import type { PotentialVictimRecord } from '../identification.entities';
import { IdentificationRepository, type PersonalDetails } from '../identification.repository';
import type { RecordIdentificationDto } from './record-identification.dto';

export interface IdentificationRecorded {
  journeyId: string;
  identifiedAt: string;
  consent: ConsentDecision;
}

@Injectable()
export class RecordIdentification {
  constructor(private readonly identifications: IdentificationRepository) {}

  async execute(
    dto: RecordIdentificationDto,
    by: Principal,
    origin: EventOrigin,
  ): Promise<IdentificationRecorded> {
    // A random (v4) id: the journey id travels everywhere, so it must reveal nothing, not even when.
    const journeyId = randomUUID();
    const identifiedAt = new Date();
    const consent: ConsentDecision = dto.ageGroup === 'child' ? 'not-required-child' : dto.consent!;
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
    const event = buildEvent(
      'waypoint.identification.potential-victim-identified.v1',
      journeyId,
      {
        journeyId,
        identifiedAt: identifiedAt.toISOString(),
        ageGroup: record.ageGroup,
        exploitationTypes: record.exploitationTypes,
        countyLines: record.countyLines,
        exploitedIn: record.exploitedIn,
        indicators: record.indicators,
        area: record.area,
        firstResponderAgency: record.firstResponderAgency,
        firstResponderOrganisationType: record.firstResponderOrganisationType,
        consent,
      },
      origin,
      identifiedAt,
    );
    const details: PersonalDetails | null = dto.personalDetails
      ? {
          fullName: dto.personalDetails.fullName,
          dateOfBirth: dto.personalDetails.dateOfBirth ?? null,
          nationality: dto.personalDetails.nationality ?? null,
          contact: dto.personalDetails.contact ?? null,
        }
      : null;
    await this.identifications.record(record, details, [event]);
    return { journeyId, identifiedAt: record.identifiedAt.toISOString(), consent };
  }
}
