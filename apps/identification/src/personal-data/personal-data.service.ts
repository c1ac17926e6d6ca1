import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@waypoint/auth';
import { buildEvent, type EventOrigin } from '@waypoint/contracts';
import { commitUnitOfWork } from '@waypoint/messaging';
import { DataSource } from 'typeorm';
import { IdentificationRepository, type PersonalDetails } from '../identification.repository';
import type { PersonalDetailsDto } from '../record-identification/record-identification.dto';
import { NotInThisState } from '@waypoint/platform';
import { PlacementAccessRepository } from '../placement-access/placement-access.repository';

export interface PersonalDetailsCorrected {
  journeyId: string;
  personalDetails: PersonalDetails;
}

export interface PersonalDetailsForProvider {
  journeyId: string;
  personalDetails: PersonalDetails | null;
  personalDataErasedAt: string | null;
}

export interface PersonalDataErased {
  journeyId: string;
  erasedAt: string;
}

@Injectable()
export class PersonalDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identifications: IdentificationRepository,
    private readonly placementAccess: PlacementAccessRepository,
  ) {}

  /**
   * A safe-house provider's staff open the details of a survivor their provider accepted, until the
   * stay ends (placement's events open and close the grant); every opening is audited. 404 otherwise.
   */
  async forProvider(journeyId: string, by: Principal): Promise<PersonalDetailsForProvider> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.placementAccess.hasOpenGrant(journeyId, by.agency, manager))) {
        throw new NotFoundException(`no placement of journey ${journeyId} with your provider`);
      }
      const details = await this.identifications.personalDetailsOf(
        manager,
        journeyId,
        by,
        'safe-house-placement',
      );
      return {
        journeyId,
        personalDetails: details.status === 'held' ? details.details : null,
        personalDataErasedAt: details.status === 'erased' ? details.erasedAt.toISOString() : null,
      };
    });
  }

  async correct(
    journeyId: string,
    dto: PersonalDetailsDto,
    by: Principal,
  ): Promise<PersonalDetailsCorrected> {
    const details: PersonalDetails = {
      fullName: dto.fullName,
      dateOfBirth: dto.dateOfBirth ?? null,
      nationality: dto.nationality ?? null,
      contact: dto.contact ?? null,
    };
    await this.dataSource.transaction(async (manager) => {
      await this.requireOwnRecord(manager, journeyId, by);
      const erasedAt = await this.identifications.erasedAtOf(manager, journeyId);
      if (erasedAt) {
        throw new NotInThisState(
          `personal details of journey ${journeyId} were erased on ${erasedAt.toISOString()}`,
        );
      }
      await this.identifications.replacePersonalDetails(manager, journeyId, details, by);
    });
    return { journeyId, personalDetails: details };
  }

  async erase(journeyId: string, by: Principal, origin: EventOrigin): Promise<PersonalDataErased> {
    return commitUnitOfWork(this.dataSource, async (manager) => {
      const victim = await this.requireOwnRecord(manager, journeyId, by);
      const erasedBefore = await this.identifications.erasedAtOf(manager, journeyId);
      if (erasedBefore) return { journeyId, erasedAt: erasedBefore.toISOString() };
      const erasedAt = new Date();
      const event = buildEvent(
        'waypoint.identification.personal-data-erased.v1',
        journeyId,
        { journeyId, erasedAt: erasedAt.toISOString(), firstResponderAgency: victim.firstResponderAgency },
        origin,
        erasedAt,
      );
      await this.identifications.erasePersonalData(manager, journeyId, erasedAt, by, [event]);
      return { journeyId, erasedAt: erasedAt.toISOString() };
    });
  }

  private async requireOwnRecord(
    manager: Parameters<IdentificationRepository['lockForAgency']>[0],
    journeyId: string,
    by: Principal,
  ) {
    const victim = await this.identifications.lockForAgency(manager, journeyId, by.agency);
    if (!victim) throw new NotFoundException(`no identification ${journeyId} for your agency`);
    return victim;
  }
}
