import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@waypoint/auth';
import { buildEvent, type EventOrigin, type OutgoingEvent } from '@waypoint/contracts';
import { cancelScheduledEvents, commitUnitOfWork, outboxInsert } from '@waypoint/messaging';
import { DataSource } from 'typeorm';
import { IdentificationRepository } from '../identification.repository';
import { identifiedEvent } from '../place-of-safety/place-of-safety';
import { NotInThisState } from '@waypoint/platform';

export interface ConsentRecorded {
  journeyId: string;
  consent: 'given' | 'declined';
  decidedAt: string;
}

function conflict(message: string): NotInThisState {
  return new NotInThisState(message);
}

@Injectable()
export class GiveConsent {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identifications: IdentificationRepository,
  ) {}

  async execute(
    journeyId: string,
    decision: 'given' | 'declined',
    by: Principal,
    origin: EventOrigin,
  ): Promise<ConsentRecorded> {
    return commitUnitOfWork(this.dataSource, async (manager) => {
      const victim = await this.identifications.lockForAgency(manager, journeyId, by.agency);
      if (!victim) throw new NotFoundException(`no identification ${journeyId} for your agency`);
      if (victim.ageGroup === 'child')
        throw conflict('a child is always referred: consent is not asked of a child');
      if (victim.consent === 'given') throw conflict(`consent was already given for journey ${journeyId}`);
      if (victim.consent === 'declined' && decision === 'declined') {
        throw conflict(`consent was already declined for journey ${journeyId}; it can still be given`);
      }
      const decidedAt = new Date();
      let event: OutgoingEvent;
      if (victim.consent === 'undecided') {
        // The place-of-safety decision: the identification is published now, with it. If the
        // window had lapsed, the Duty to Notify was already recorded and referral keeps it.
        await cancelScheduledEvents(manager, journeyId);
        event = identifiedEvent(victim, decision, origin, decidedAt);
      } else {
        event = buildEvent(
          'waypoint.identification.consent-given-later.v1',
          journeyId,
          {
            journeyId,
            consentGivenAt: decidedAt.toISOString(),
            exploitationTypes: victim.exploitationTypes,
            area: victim.area,
            firstResponderAgency: victim.firstResponderAgency,
            firstResponderOrganisationType: victim.firstResponderOrganisationType,
          },
          origin,
          decidedAt,
        );
      }
      const outbox = outboxInsert([event], 4);
      await manager.query(
        `WITH decided AS (UPDATE potential_victim SET consent = $2,
           consent_given_later_at = CASE WHEN consent = 'declined' THEN $3::timestamptz ELSE consent_given_later_at END
           WHERE journey_id = $1) ${outbox.sql}`,
        [journeyId, decision, decidedAt, ...outbox.params],
      );
      return { journeyId, consent: decision, decidedAt: decidedAt.toISOString() };
    });
  }
}
