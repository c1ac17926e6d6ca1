import { randomUUID } from 'node:crypto';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { londonDateOf } from '@waypoint/calendar';
import {
  buildEvent,
  type AgeGroup,
  type Area,
  type ConsentGivenLaterV1,
  type EventOrigin,
  type ExploitationType,
  type FirstResponderOrganisationType,
  type PlaceOfSafetyLapsedV1,
  type PotentialVictimIdentifiedV1,
} from '@waypoint/contracts';
import { EventContext, OnEvent } from '@waypoint/messaging';
import { NRM_CASE_CONTEXT } from '../nrm-case-context';
import { openNrmCase, type NrmCaseContext } from '../nrm-case/nrm-case';
import type { DutyToNotifyRecord, NrmCaseRecord } from '../referral.entities';
import { ReferralRepository } from '../referral.repository';
import { statutoryClockTimers } from '../statutory-clocks/statutory-clock-timers';
import { competentAuthorityFor, referralRouteFor } from './referral-rules';

/** Opens an NRM case (or an anonymous Duty to Notify record) when a potential victim is identified. */
@Controller()
export class OpenReferralHandler {
  constructor(
    @Inject(NRM_CASE_CONTEXT) private readonly nrmCaseContext: NrmCaseContext,
    private readonly referrals: ReferralRepository,
  ) {}

  @OnEvent('waypoint.identification.potential-victim-identified.v1')
  async onPotentialVictimIdentified(
    @Payload() identified: PotentialVictimIdentifiedV1,
    @Ctx() context: EventContext<'waypoint.identification.potential-victim-identified.v1'>,
  ): Promise<void> {
    // The referral is made when the first responder records the decision (the event's time: the
    // identification itself, or the end of a place-of-safety wait), so its clock starts then, not
    // when this consumer happens to run; replays therefore compute the same dates.
    const referredAt = new Date(context.event.time);
    if (referralRouteFor(identified.ageGroup, identified.consent) === 'duty-to-notify') {
      await this.notify(context, {
        journeyId: identified.journeyId,
        notifiedAt: referredAt,
        area: identified.area,
        exploitationTypes: identified.exploitationTypes,
        notifyingAgency: identified.firstResponderAgency,
      });
      return;
    }
    await this.openCase(context, {
      journeyId: identified.journeyId,
      referredAt,
      ageGroup: identified.ageGroup,
      area: identified.area,
      exploitationTypes: identified.exploitationTypes,
      referringAgency: identified.firstResponderAgency,
      referrerType: identified.firstResponderOrganisationType,
    });
  }

  /**
   * An adult offered a place of safety did not decide within the window: the Duty to Notify is
   * owed now, anonymously. (If they decide later, a decline finds it already made and a consent
   * opens the NRM case beside it.)
   */
  @OnEvent('waypoint.identification.place-of-safety-lapsed.v1')
  async onPlaceOfSafetyLapsed(
    @Payload() lapsed: PlaceOfSafetyLapsedV1,
    @Ctx() context: EventContext<'waypoint.identification.place-of-safety-lapsed.v1'>,
  ): Promise<void> {
    await this.notify(context, {
      journeyId: lapsed.journeyId,
      notifiedAt: new Date(context.event.time),
      area: lapsed.area,
      exploitationTypes: lapsed.exploitationTypes,
      notifyingAgency: lapsed.firstResponderAgency,
    });
  }

  /** One anonymous Duty to Notify record per journey, however many routes lead to it. */
  private async notify(
    context: EventContext,
    notice: Omit<DutyToNotifyRecord, 'notificationId'>,
  ): Promise<void> {
    const { manager } = context;
    if (await this.referrals.hasDutyToNotify(manager, notice.journeyId)) return;
    const notification: DutyToNotifyRecord = { notificationId: randomUUID(), ...notice };
    await this.referrals.recordDutyToNotify(manager, notification, [
      buildEvent(
        'waypoint.referral.duty-to-notify-recorded.v1',
        notice.journeyId,
        {
          journeyId: notice.journeyId,
          notificationId: notification.notificationId,
          notifiedAt: notice.notifiedAt.toISOString(),
          area: notice.area,
          notifyingAgency: notice.notifyingAgency,
        },
        context.originOfReaction(),
      ),
    ]);
  }

  /**
   * An adult who declined has consented since: the NRM referral is made now, so its clock starts
   * from the consent. The anonymous Duty to Notify record made earlier stays: it was owed then.
   */
  @OnEvent('waypoint.identification.consent-given-later.v1')
  async onConsentGivenLater(
    @Payload() consent: ConsentGivenLaterV1,
    @Ctx() context: EventContext<'waypoint.identification.consent-given-later.v1'>,
  ): Promise<void> {
    await this.openCase(context, {
      journeyId: consent.journeyId,
      referredAt: new Date(consent.consentGivenAt),
      ageGroup: 'adult',
      area: consent.area,
      exploitationTypes: consent.exploitationTypes,
      referringAgency: consent.firstResponderAgency,
      referrerType: consent.firstResponderOrganisationType,
    });
  }

  private async openCase(context: EventContext, referral: Referral): Promise<void> {
    const { manager } = context;
    const origin: EventOrigin = context.originOfReaction();
    const { referredAt } = referral;
    const state = openNrmCase(
      {
        caseId: randomUUID(),
        journeyId: referral.journeyId,
        ageGroup: referral.ageGroup,
        competentAuthority: competentAuthorityFor(referral.referrerType),
        submittedOn: londonDateOf(referredAt),
      },
      this.nrmCaseContext,
    );
    const nrmCase: NrmCaseRecord = {
      caseId: state.caseId,
      journeyId: state.journeyId,
      status: state.status,
      competentAuthority: state.competentAuthority,
      submittedAt: referredAt,
      submittedOn: state.submittedOn,
      reasonableGroundsDueOn: state.reasonableGroundsDueOn,
      ageGroup: state.ageGroup,
      area: referral.area,
      exploitationTypes: referral.exploitationTypes,
      referringAgency: referral.referringAgency,
      state,
      version: state.version,
    };
    await this.referrals.openCase(
      manager,
      nrmCase,
      [
        buildEvent(
          'waypoint.referral.nrm-referral-submitted.v1',
          referral.journeyId,
          {
            journeyId: referral.journeyId,
            caseId: nrmCase.caseId,
            competentAuthority: nrmCase.competentAuthority,
            submittedAt: referredAt.toISOString(),
            submittedOn: nrmCase.submittedOn,
            reasonableGroundsDueOn: nrmCase.reasonableGroundsDueOn,
            ageGroup: nrmCase.ageGroup,
            area: nrmCase.area,
            referringAgency: nrmCase.referringAgency,
          },
          origin,
        ),
      ],
      statutoryClockTimers(state, nrmCase.referringAgency, origin),
    );
  }
}

interface Referral {
  journeyId: string;
  referredAt: Date;
  ageGroup: AgeGroup;
  area: Area;
  exploitationTypes: ExploitationType[];
  referringAgency: string;
  referrerType: FirstResponderOrganisationType;
}
