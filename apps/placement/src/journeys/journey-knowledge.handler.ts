import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type {
  ConsentGivenLaterV1,
  DutyToNotifyRecordedV1,
  NrmCaseUpdatedV1,
  NrmReferralSubmittedV1,
  PersonalDataErasedV1,
  PlaceOfSafetyOfferedV1,
  PotentialVictimIdentifiedV1,
} from '@waypoint/contracts';
import { EventContext, OnEvent } from '@waypoint/messaging';
import { JourneyKnowledgeRepository } from './journey-knowledge.repository';
import { OffersService } from '../offers/offers.service';

/**
 * Learns, from identification's and referral's events, which agencies are involved in each journey
 * (they may ask for a place), where the person was exploited (always avoided), and the NRM decisions a
 * stay's planned end follows. Each write is idempotent, so a redelivered event changes nothing.
 */
@Controller()
export class JourneyKnowledgeHandler {
  constructor(
    private readonly knowledge: JourneyKnowledgeRepository,
    private readonly offers: OffersService,
  ) {}

  /**
   * Identified, offered a place of safety (an adult deciding may need a place now), or consenting
   * later: the first responder is involved, and the area is where the person was exploited.
   */
  @OnEvent(
    'waypoint.identification.potential-victim-identified.v1',
    'waypoint.identification.place-of-safety-offered.v1',
    'waypoint.identification.consent-given-later.v1',
  )
  async onFirstResponderInvolved(
    @Payload() event: PotentialVictimIdentifiedV1 | PlaceOfSafetyOfferedV1 | ConsentGivenLaterV1,
    @Ctx()
    context: EventContext<
      | 'waypoint.identification.potential-victim-identified.v1'
      | 'waypoint.identification.place-of-safety-offered.v1'
      | 'waypoint.identification.consent-given-later.v1'
    >,
  ): Promise<void> {
    const { manager } = context;
    await this.knowledge.involve(
      manager,
      event.journeyId,
      event.firstResponderAgency,
      new Date(context.event.time),
    );
    await this.knowledge.noteExploitationArea(manager, event.journeyId, event.area);
  }

  @OnEvent('waypoint.identification.personal-data-erased.v1')
  async onPersonalDataErased(
    @Payload() erased: PersonalDataErasedV1,
    @Ctx() context: EventContext<'waypoint.identification.personal-data-erased.v1'>,
  ): Promise<void> {
    await this.knowledge.shred(context.manager, erased.journeyId, new Date(erased.erasedAt));
  }

  @OnEvent('waypoint.referral.nrm-referral-submitted.v1')
  async onReferralSubmitted(
    @Payload() submitted: NrmReferralSubmittedV1,
    @Ctx() context: EventContext<'waypoint.referral.nrm-referral-submitted.v1'>,
  ): Promise<void> {
    await this.knowledge.involve(
      context.manager,
      submitted.journeyId,
      submitted.referringAgency,
      new Date(context.event.time),
    );
  }

  @OnEvent('waypoint.referral.duty-to-notify-recorded.v1')
  async onDutyToNotify(
    @Payload() notice: DutyToNotifyRecordedV1,
    @Ctx() context: EventContext<'waypoint.referral.duty-to-notify-recorded.v1'>,
  ): Promise<void> {
    await this.knowledge.involve(
      context.manager,
      notice.journeyId,
      notice.notifyingAgency,
      new Date(context.event.time),
    );
  }

  /** Decisions that end NRM support move a stay's planned end (stays/planned-move-out.ts). */
  @OnEvent('waypoint.referral.nrm-case-updated.v1')
  async onCaseUpdated(
    @Payload() update: NrmCaseUpdatedV1,
    @Ctx() context: EventContext<'waypoint.referral.nrm-case-updated.v1'>,
  ): Promise<void> {
    const { manager } = context;
    await this.knowledge.involve(
      manager,
      update.journeyId,
      update.referringAgency,
      new Date(context.event.time),
    );
    const negative =
      (update.outcome === 'negative' &&
        (update.change === 'reasonable-grounds-decided' || update.change === 'conclusive-grounds-decided')) ||
      (update.change === 'reconsideration-decided' && update.outcome === 'upheld');
    const positiveCg = update.change === 'conclusive-grounds-decided' && update.outcome === 'positive';
    if (!negative && !positiveCg) return;
    await this.knowledge.noteDecision(
      manager,
      update.journeyId,
      negative ? { negativeOn: update.occurredOn } : { positiveConclusiveGroundsOn: update.occurredOn },
    );
    await this.offers.replanMoveOut(manager, update.journeyId, context.originOfReaction());
  }
}
