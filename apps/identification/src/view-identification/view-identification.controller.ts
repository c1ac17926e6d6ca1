import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurrentPrincipal, Roles, type Principal } from '@waypoint/auth';
import { DataSource } from 'typeorm';
import {
  PersonalDataAccessRecord,
  PersonalDetailsRecord,
  PotentialVictimRecord,
} from '../identification.entities';

export interface IdentificationView extends Omit<PotentialVictimRecord, 'identifiedAt'> {
  identifiedAt: string;
  personalDetails: Omit<PersonalDetailsRecord, 'journeyId'> | null;
}

@Controller('identifications')
export class ViewIdentificationController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Only the identifying agency sees the record; the read of personal details is audited. */
  @Get(':journeyId')
  @Roles('first-responder')
  async view(
    @Param('journeyId', new ParseUUIDPipe()) journeyId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<IdentificationView> {
    return this.dataSource.transaction(async (manager) => {
      const record = await manager.findOneBy(PotentialVictimRecord, {
        journeyId,
        firstResponderAgency: principal.agency,
      });
      // 404 rather than 403 for other agencies: existence of a record is itself sensitive.
      if (!record) throw new NotFoundException(`no identification ${journeyId} for your agency`);
      const details = await manager.findOneBy(PersonalDetailsRecord, { journeyId });
      if (details) {
        await manager.insert(PersonalDataAccessRecord, {
          journeyId,
          subject: principal.subject,
          agency: principal.agency,
          purpose: 'view-identification',
        });
      }
      const { journeyId: _, ...personalDetails } = details ?? { journeyId };
      return {
        ...record,
        identifiedAt: record.identifiedAt.toISOString(),
        personalDetails: details ? (personalDetails as Omit<PersonalDetailsRecord, 'journeyId'>) : null,
      };
    });
  }
}
