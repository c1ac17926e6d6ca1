import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { uuidParam } from '@waypoint/platform';
import { CurrentPrincipal, Roles, type Principal } from '@waypoint/auth';
import type { PotentialVictimRecord } from '../identification.entities';
import { IdentificationRepository, type PersonalDetails } from '../identification.repository';

export interface IdentificationView extends Omit<PotentialVictimRecord, 'identifiedAt'> {
  identifiedAt: string;
  personalDetails: PersonalDetails | null;
}

@Controller('identifications')
export class ViewIdentificationController {
  constructor(private readonly identifications: IdentificationRepository) {}

  /** Only the identifying agency sees the record; 404 for others, as existence is itself sensitive. */
  @Get(':journeyId')
  @Roles('first-responder')
  async view(
    @Param('journeyId', uuidParam('journeyId')) journeyId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<IdentificationView> {
    const found = await this.identifications.findForAgency(journeyId, principal);
    if (!found) throw new NotFoundException(`no identification ${journeyId} for your agency`);
    return {
      ...found.victim,
      identifiedAt: found.victim.identifiedAt.toISOString(),
      personalDetails: found.personalDetails,
    };
  }
}
