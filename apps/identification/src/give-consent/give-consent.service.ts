import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@waypoint/auth';
import { buildEvent, type EventOrigin } from '@waypoint/contracts';
import { outboxCommitted, outboxInsert } from '@waypoint/messaging';
import { DataSource } from 'typeorm';
import { IdentificationRepository } from '../identification.repository';

export interface ConsentGiven {
  journeyId: string;
  consent: 'given';
  consentGivenAt: string;
}

function conflict(message: string): ConflictException {
  return new ConflictException({ statusCode: 409, error: 'Conflict', message: [message] });
}

@Injectable()
export class GiveConsent {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identifications: IdentificationRepository,
  ) {}

  async execute(journeyId: string, by: Principal, origin: EventOrigin): Promise<ConsentGiven> {
    const given = await this.dataSource.transaction(async (manager) => {
      const victim = await this.identifications.lockForAgency(manager, journeyId, by.agency);
      if (!victim) throw new NotFoundException(`no identification ${journeyId} for your agency`);
      if (victim.ageGroup === 'child')
        throw conflict('a child is always referred: consent is not asked of a child');
      if (victim.consent === 'given') throw conflict(`consent was already given for journey ${journeyId}`);
      const consentGivenAt = new Date();
      const event = buildEvent(
        'waypoint.identification.consent-given-later.v1',
        journeyId,
        {
          journeyId,
          consentGivenAt: consentGivenAt.toISOString(),
          exploitationTypes: victim.exploitationTypes,
          area: victim.area,
          firstResponderAgency: victim.firstResponderAgency,
          firstResponderOrganisationType: victim.firstResponderOrganisationType,
        },
        origin,
        consentGivenAt,
      );
      const outbox = outboxInsert([event], 3);
      await manager.query(
        `WITH consented AS (UPDATE potential_victim SET consent = 'given', consent_given_later_at = $2
           WHERE journey_id = $1) ${outbox.sql}`,
        [journeyId, consentGivenAt, ...outbox.params],
      );
      return { journeyId, consent: 'given' as const, consentGivenAt: consentGivenAt.toISOString() };
    });
    outboxCommitted();
    return given;
  }
}
