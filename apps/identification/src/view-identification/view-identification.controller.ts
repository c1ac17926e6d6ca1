import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { uuidParam } from '@waypoint/platform';
import { CurrentPrincipal, Roles, type Principal } from '@waypoint/auth';
import { DataSource } from 'typeorm';
import { PotentialVictimRecord } from '../identification.entities';
import { IdentificationRepository, type PersonalDetails } from '../identification.repository';

export interface IdentificationView extends Omit<PotentialVictimRecord, 'identifiedAt'> {
  identifiedAt: string;
  /** null: none were recorded, or they were erased (then personalDataErasedAt says when). */
  personalDetails: PersonalDetails | null;
  personalDataErasedAt: string | null;
}

@Controller('identifications')
export class ViewIdentificationController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identifications: IdentificationRepository,
  ) {}

  /** Only the identifying agency sees the record; 404 for others, as existence is itself sensitive. */
  @Get(':journeyId')
  @Roles('first-responder')
  async view(
    @Param('journeyId', uuidParam('journeyId')) journeyId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<IdentificationView> {
    return this.dataSource.transaction(async (manager) => {
      const victim = await manager.findOneBy(PotentialVictimRecord, {
        journeyId,
        firstResponderAgency: principal.agency,
      });
      if (!victim) throw new NotFoundException(`no identification ${journeyId} for your agency`);
      const details = await this.identifications.personalDetailsOf(
        manager,
        journeyId,
        principal,
        'view-identification',
      );
      return {
        ...victim,
        identifiedAt: victim.identifiedAt.toISOString(),
        personalDetails: details.status === 'held' ? details.details : null,
        personalDataErasedAt: details.status === 'erased' ? details.erasedAt.toISOString() : null,
      };
    });
  }
}
