import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiFieldProblems, ApiUuidParam, Authorised, ErrorResponse, uuidParam } from '@waypoint/platform';
import { CurrentPrincipal, type Principal } from '@waypoint/auth';
import { IdentificationViewResponse } from './identification-view.response';
import { DataSource } from 'typeorm';
import { PotentialVictimRecord } from '../identification.entities';
import { IdentificationRepository, type PersonalDetails } from '../identification.repository';

export interface IdentificationView extends Omit<PotentialVictimRecord, 'identifiedAt'> {
  identifiedAt: string;
  /** null: none were recorded, or they were erased (then personalDataErasedAt says when). */
  personalDetails: PersonalDetails | null;
  personalDataErasedAt: string | null;
}

@ApiTags('identifications')
@Controller('identifications')
export class ViewIdentificationController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identifications: IdentificationRepository,
  ) {}

  /** Only the identifying agency sees the record; 404 for others, as existence is itself sensitive. */
  @Get(':journeyId')
  @Authorised('first-responder')
  @ApiOperation({
    summary: "The identifying agency's record of a journey, with its personal details",
    description: 'The read of personal details is audited.',
  })
  @ApiUuidParam('journeyId', 'The journey id')
  @ApiOkResponse({ description: 'The record', type: IdentificationViewResponse })
  @ApiFieldProblems('journeyId is not a UUID')
  @ApiNotFoundResponse({
    description: 'No such identification for your agency (whether it exists elsewhere is not said)',
    type: ErrorResponse,
  })
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
