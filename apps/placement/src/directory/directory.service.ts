import { randomUUID } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import type { Principal } from '@waypoint/auth';
import { londonDateOf } from '@waypoint/calendar';
import { FieldsRejected, NotInThisState } from '@waypoint/platform';
import type { EventOrigin } from '@waypoint/contracts';
import { commitUnitOfWork, outboxInsert } from '@waypoint/messaging';
import { DataSource, type EntityManager } from 'typeorm';
import { houseCapacityEvent } from './house-capacity';
import { addressPurposeOf, canSeeHouse, isCoordinator, isProviderStaff } from '../access/need-to-know';
import { countByState, liveBedState, type BedCounts, type BedState } from '../beds/bed-state';
import { PlacementSealing, type HouseAddress } from '../sealing/placement-sealing';
import { auditSealedRead } from '../sealing/sealed-read-audit';
import {
  DirectoryRepository,
  type BedRow,
  type HouseRecord,
  type HouseScope,
  type OutOfServiceRecord,
} from './directory.repository';
import type {
  AddBedDto,
  AddHouseDto,
  EndOutOfServiceDto,
  OutOfServiceDto,
  UpdateHouseDto,
} from './house.dto';
import type { HouseViewResponse } from './house-view.response';

export type HouseView = HouseViewResponse;

export function houseViewOf(
  house: HouseRecord,
  beds: readonly BedRow[],
  outOfService: readonly OutOfServiceRecord[],
): HouseView {
  const rooms = new Map<string, HouseView['rooms'][number]>();
  const states: BedState[] = [];
  for (const bed of beds) {
    if (bed.houseId !== house.houseId) continue;
    const state = liveBedState(bed.openAllocation, bed.outOfServiceToday);
    states.push(state);
    const room = rooms.get(bed.roomId) ?? { roomId: bed.roomId, name: bed.roomName, beds: [] };
    room.beds.push({ bedId: bed.bedId, label: bed.label, kind: bed.kind, state });
    rooms.set(bed.roomId, room);
  }
  const bedIds = new Set(beds.filter((bed) => bed.houseId === house.houseId).map((bed) => bed.bedId));
  return {
    ...house,
    rooms: [...rooms.values()],
    bedCounts: countByState(states),
    outOfService: outOfService.filter((period) => bedIds.has(period.bedId)),
  };
}

function totalOf(houses: readonly HouseView[]): BedCounts {
  const total: BedCounts = { free: 0, held: 0, occupied: 0, 'out-of-service': 0 };
  for (const house of houses) {
    for (const state of Object.keys(total) as (keyof BedCounts)[]) total[state] += house.bedCounts[state];
  }
  return total;
}

/** Names repeated within a list (room names in a house, bed labels in a room) are refused by field. */
function firstRepeat(values: readonly string[]): number {
  const seen = new Set<string>();
  for (const [index, value] of values.entries()) {
    if (seen.has(value)) return index;
    seen.add(value);
  }
  return -1;
}

@Injectable()
export class DirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryRepository,
    private readonly sealing: PlacementSealing,
  ) {}

  /** The provider is the caller's own agency: staff keep their own provider's directory, no other. */
  async addHouse(dto: AddHouseDto, by: Principal, origin: EventOrigin): Promise<HouseView> {
    const repeatedRoom = firstRepeat(dto.rooms.map((room) => room.name));
    if (repeatedRoom >= 0) {
      throw FieldsRejected.because(
        `rooms.${repeatedRoom}.name`,
        'unique',
        'each room of a house needs its own name',
      );
    }
    for (const [index, room] of dto.rooms.entries()) {
      const repeatedBed = firstRepeat(room.beds.map((bed) => bed.label));
      if (repeatedBed >= 0) {
        throw FieldsRejected.because(
          `rooms.${index}.beds.${repeatedBed}.label`,
          'unique',
          'each bed of a room needs its own label',
        );
      }
    }
    const house: HouseRecord = {
      houseId: randomUUID(),
      providerAgency: by.agency,
      name: dto.name,
      area: dto.area,
      householdTypes: dto.householdTypes,
      accessibility: dto.accessibility,
      languages: dto.languages,
    };
    const address: HouseAddress = {
      line1: dto.address.line1,
      ...(dto.address.line2 !== undefined ? { line2: dto.address.line2 } : {}),
      town: dto.address.town,
      postcode: dto.address.postcode,
    };
    await commitUnitOfWork(this.dataSource, async (manager) => {
      if (await this.directory.houseNamed(manager, by.agency, dto.name)) {
        throw FieldsRejected.because('name', 'unique', `your agency already has a house named ${dto.name}`);
      }
      await this.directory.insertHouse(
        manager,
        house,
        dto.rooms.map((room) => ({
          roomId: randomUUID(),
          name: room.name,
          beds: room.beds.map((bed) => ({ bedId: randomUUID(), label: bed.label, kind: bed.kind })),
        })),
        this.sealing.sealAddress(house.houseId, address),
      );
      await this.announceCapacity(manager, house.houseId, origin);
    });
    return this.view(house.houseId, by);
  }

  /**
   * The provider's staff correct a house's details and address. Offers already made keep their beds;
   * matching judges new ones by the details as they are now.
   */
  async updateHouse(
    houseId: string,
    dto: UpdateHouseDto,
    by: Principal,
    origin: EventOrigin,
  ): Promise<HouseView> {
    await commitUnitOfWork(this.dataSource, async (manager) => {
      const current = await this.ownHouse(houseId, by);
      if (dto.name !== current.name && (await this.directory.houseNamed(manager, by.agency, dto.name))) {
        throw FieldsRejected.because('name', 'unique', `your agency already has a house named ${dto.name}`);
      }
      const house: HouseRecord = {
        houseId,
        providerAgency: current.providerAgency,
        name: dto.name,
        area: dto.area,
        householdTypes: dto.householdTypes,
        accessibility: dto.accessibility,
        languages: dto.languages,
      };
      const address: HouseAddress = {
        line1: dto.address.line1,
        ...(dto.address.line2 !== undefined ? { line2: dto.address.line2 } : {}),
        town: dto.address.town,
        postcode: dto.address.postcode,
      };
      await this.directory.updateHouse(manager, house, this.sealing.sealAddress(houseId, address));
      // Its counts are unchanged, but the area and provider they are reported under may not be.
      await this.announceCapacity(manager, houseId, origin);
    });
    return this.view(houseId, by);
  }

  async list(by: Principal): Promise<{ houses: HouseView[]; bedCounts: BedCounts }> {
    const scope: HouseScope = isCoordinator(by) ? { all: true } : { providerAgency: by.agency };
    const houses = await this.views(scope);
    return { houses, bedCounts: totalOf(houses) };
  }

  async view(houseId: string, by: Principal): Promise<HouseView> {
    await this.visibleHouse(houseId, by);
    const [view] = await this.views({ houseIds: [houseId] });
    return view;
  }

  async views(scope: HouseScope): Promise<HouseView[]> {
    const today = londonDateOf(new Date());
    const houses = await this.directory.houses(scope);
    const houseIds = houses.map((house) => house.houseId);
    const [beds, outOfService] = await Promise.all([
      this.directory.beds({ houseIds }, today),
      this.directory.outOfService(houseIds, today),
    ]);
    return houses.map((house) => houseViewOf(house, beds, outOfService));
  }

  async addBed(houseId: string, dto: AddBedDto, by: Principal, origin: EventOrigin): Promise<HouseView> {
    await commitUnitOfWork(this.dataSource, async (manager) => {
      await this.ownHouse(houseId, by);
      let roomId = await this.directory.roomNamed(manager, houseId, dto.roomName);
      if (roomId && (await this.directory.bedLabelTaken(manager, roomId, dto.label))) {
        throw FieldsRejected.because(
          'label',
          'unique',
          `${dto.roomName} already has a bed labelled ${dto.label}`,
        );
      }
      const bed = { bedId: randomUUID(), label: dto.label, kind: dto.kind };
      if (roomId) {
        await this.directory.insertBeds(manager, houseId, roomId, [bed]);
      } else {
        roomId = randomUUID();
        await this.directory.insertRoom(manager, houseId, { roomId, name: dto.roomName, beds: [bed] });
      }
      await this.announceCapacity(manager, houseId, origin);
    });
    return this.view(houseId, by);
  }

  async takeOutOfService(
    houseId: string,
    dto: OutOfServiceDto,
    by: Principal,
    origin: EventOrigin,
  ): Promise<HouseView> {
    if (dto.until !== undefined && dto.until < dto.from) {
      throw FieldsRejected.because('until', 'notBeforeFrom', 'until must be on or after from');
    }
    await commitUnitOfWork(this.dataSource, async (manager) => {
      await this.ownHouse(houseId, by);
      if (!(await this.directory.bedOfHouse(manager, houseId, dto.bedId))) {
        throw FieldsRejected.because('bedId', 'bedOfHouse', `bed ${dto.bedId} is not a bed of this house`);
      }
      await this.directory.insertOutOfService(
        manager,
        {
          periodId: randomUUID(),
          bedId: dto.bedId,
          from: dto.from,
          until: dto.until ?? null,
          reason: dto.reason,
        },
        by.subject,
      );
      await this.announceCapacity(manager, houseId, origin);
    });
    return this.view(houseId, by);
  }

  async endOutOfService(
    houseId: string,
    periodId: string,
    dto: EndOutOfServiceDto,
    by: Principal,
    origin: EventOrigin,
  ): Promise<HouseView> {
    await commitUnitOfWork(this.dataSource, async (manager) => {
      await this.ownHouse(houseId, by);
      const period = await this.directory.lockOutOfService(manager, houseId, periodId);
      if (!period) throw new NotFoundException(`no out-of-service period ${periodId} in this house`);
      if (dto.until < period.from) {
        throw FieldsRejected.because(
          'until',
          'notBeforeFrom',
          `until must be on or after the period's start, ${period.from}`,
        );
      }
      if (period.until !== null && period.until < londonDateOf(new Date())) {
        throw new NotInThisState(`the period ended on ${period.until}`, { until: period.until });
      }
      await this.directory.endOutOfService(manager, periodId, dto.until);
      await this.announceCapacity(manager, houseId, origin);
    });
    return this.view(houseId, by);
  }

  /** Opens the sealed address for someone allowed it, recording the read in the same transaction. */
  async address(houseId: string, by: Principal): Promise<HouseAddress & { houseId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const house = await this.directory.house(houseId, manager);
      if (!house) throw new NotFoundException(`no house ${houseId}`);
      const purpose = addressPurposeOf(
        by,
        house,
        await this.directory.agenciesAwaitingArrival(manager, houseId),
      );
      if (!purpose) throw new NotFoundException(`no house ${houseId}`);
      const sealed = (await this.directory.sealedAddress(manager, houseId))!;
      await auditSealedRead(manager, 'house-address', houseId, by, purpose);
      return { houseId, ...this.sealing.openAddress(houseId, sealed.wrapped, sealed.sealed) };
    });
  }

  /**
   * Any change to a house's beds announces its counts by state (house-capacity-changed.v1). A period
   * that starts or ends on a later day changes the counts on that day without an action here; the
   * next change at the house announces them (a known gap until a daily recount exists).
   */
  private async announceCapacity(
    manager: EntityManager,
    houseId: string,
    origin: EventOrigin,
  ): Promise<void> {
    const outbox = outboxInsert([await houseCapacityEvent(manager, houseId, origin)]);
    await manager.query(outbox.sql, outbox.params);
  }

  private async visibleHouse(houseId: string, by: Principal): Promise<HouseRecord> {
    const house = await this.directory.house(houseId);
    if (!house || !canSeeHouse(by, house)) throw new NotFoundException(`no house ${houseId}`);
    return house;
  }

  /** Only the provider's own staff change its houses (the routes admit no other role). */
  private async ownHouse(houseId: string, by: Principal): Promise<HouseRecord> {
    const house = await this.directory.house(houseId);
    if (!house || !isProviderStaff(by, house.providerAgency))
      throw new NotFoundException(`no house ${houseId}`);
    return house;
  }
}
