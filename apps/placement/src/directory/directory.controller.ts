import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@waypoint/auth';
import type { EventOrigin } from '@waypoint/contracts';
import {
  ApiFieldProblems,
  ApiUuidParam,
  Authorised,
  ErrorResponse,
  RequestOrigin,
  uuidParam,
} from '@waypoint/platform';
import { DirectoryService, type HouseView } from './directory.service';
import { AddBedDto, AddHouseDto, EndOutOfServiceDto, OutOfServiceDto, UpdateHouseDto } from './house.dto';
import { HouseAddressResponse, HouseListResponse, HouseViewResponse } from './house-view.response';
import type { HouseAddress } from '../sealing/placement-sealing';

const NO_HOUSE = { description: 'No such house among those you may see', type: ErrorResponse };

@ApiTags('houses')
@Controller('houses')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Authorised('safe-house-staff', 'administrator')
  @ApiOperation({
    summary: "Add a house to your provider's directory",
    description: 'The provider is your agency. The address is sealed at rest and never published.',
  })
  @ApiCreatedResponse({ description: 'The house, its beds all free', type: HouseViewResponse })
  @ApiFieldProblems('The body is not a valid house, or repeats a room name, a bed label or a house name')
  add(
    @Body() dto: AddHouseDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<HouseView> {
    return this.directory.addHouse(dto, principal, origin);
  }

  @Get()
  @Authorised('placement-coordinator', 'safe-house-staff', 'administrator')
  @ApiOperation({
    summary: 'The vacancy board: houses with every bed by its state',
    description: "Coordinators see every provider's houses; a provider's staff see their own.",
  })
  @ApiOkResponse({ description: 'The houses and their beds, by provider and name', type: HouseListResponse })
  list(@CurrentPrincipal() principal: Principal): Promise<{ houses: HouseView[] }> {
    return this.directory.list(principal);
  }

  @Get(':houseId')
  @Authorised('placement-coordinator', 'safe-house-staff', 'administrator')
  @ApiOperation({ summary: 'One house, its rooms and beds by state, and its out-of-service periods' })
  @ApiUuidParam('houseId', 'The house id')
  @ApiOkResponse({ description: 'The house', type: HouseViewResponse })
  @ApiFieldProblems('houseId is not a UUID')
  @ApiNotFoundResponse(NO_HOUSE)
  view(
    @Param('houseId', uuidParam('houseId')) houseId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<HouseView> {
    return this.directory.view(houseId, principal);
  }

  @Put(':houseId')
  @HttpCode(HttpStatus.OK)
  @Authorised('safe-house-staff', 'administrator')
  @ApiOperation({
    summary: "Correct a house's details and address (its rooms and beds change through their own routes)",
    description: 'The address is re-sealed under a fresh house key. Offers already made keep their beds.',
  })
  @ApiUuidParam('houseId', 'The house id')
  @ApiOkResponse({ description: 'The house', type: HouseViewResponse })
  @ApiFieldProblems('houseId is not a UUID, the body is not valid house details, or the name is taken')
  @ApiNotFoundResponse(NO_HOUSE)
  update(
    @Param('houseId', uuidParam('houseId')) houseId: string,
    @Body() dto: UpdateHouseDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<HouseView> {
    return this.directory.updateHouse(houseId, dto, principal, origin);
  }

  @Post(':houseId/beds')
  @HttpCode(HttpStatus.CREATED)
  @Authorised('safe-house-staff', 'administrator')
  @ApiOperation({
    summary: 'Add a bed to a room of your house (a new room if none has the name)',
    description: 'A new bed is free: waiting requests it fits are shown to coordinators.',
  })
  @ApiUuidParam('houseId', 'The house id')
  @ApiCreatedResponse({ description: 'The house with the bed', type: HouseViewResponse })
  @ApiFieldProblems('houseId is not a UUID, the body is not a valid bed, or the room has a bed of that label')
  @ApiNotFoundResponse(NO_HOUSE)
  addBed(
    @Param('houseId', uuidParam('houseId')) houseId: string,
    @Body() dto: AddBedDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<HouseView> {
    return this.directory.addBed(houseId, dto, principal, origin);
  }

  @Post(':houseId/out-of-service')
  @HttpCode(HttpStatus.CREATED)
  @Authorised('safe-house-staff', 'administrator')
  @ApiOperation({
    summary: 'Take a bed out of service for a period, with a reason',
    description: 'No new offer uses the bed over the period; whoever is in it stays.',
  })
  @ApiUuidParam('houseId', 'The house id')
  @ApiCreatedResponse({ description: 'The house with the period', type: HouseViewResponse })
  @ApiFieldProblems(
    'houseId is not a UUID, the body is invalid, the bed is not in this house, or until is before from',
  )
  @ApiNotFoundResponse(NO_HOUSE)
  takeOutOfService(
    @Param('houseId', uuidParam('houseId')) houseId: string,
    @Body() dto: OutOfServiceDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<HouseView> {
    return this.directory.takeOutOfService(houseId, dto, principal, origin);
  }

  @Post(':houseId/out-of-service/:periodId/end')
  @HttpCode(HttpStatus.OK)
  @Authorised('safe-house-staff', 'administrator')
  @ApiOperation({ summary: 'Set the last day of an out-of-service period (the bed is back the day after)' })
  @ApiUuidParam('houseId', 'The house id')
  @ApiUuidParam('periodId', 'The out-of-service period id')
  @ApiOkResponse({ description: 'The house', type: HouseViewResponse })
  @ApiFieldProblems('houseId or periodId is not a UUID, or until is not a date on or after the start')
  @ApiNotFoundResponse({ description: 'No such house or period among yours', type: ErrorResponse })
  @ApiConflictResponse({ description: 'The period has already ended', type: ErrorResponse })
  endOutOfService(
    @Param('houseId', uuidParam('houseId')) houseId: string,
    @Param('periodId', uuidParam('periodId')) periodId: string,
    @Body() dto: EndOutOfServiceDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<HouseView> {
    return this.directory.endOutOfService(houseId, periodId, dto, principal, origin);
  }

  @Get(':houseId/address')
  @Authorised(
    'placement-coordinator',
    'safe-house-staff',
    'administrator',
    'first-responder',
    'advocate',
    'support-worker',
  )
  @ApiOperation({
    summary: "The house's address, to those allowed it; every read is audited",
    description:
      "The provider's staff and coordinators; and the agency bringing a survivor for an accepted offer, until the move-in.",
  })
  @ApiUuidParam('houseId', 'The house id')
  @ApiOkResponse({ description: 'The address', type: HouseAddressResponse })
  @ApiFieldProblems('houseId is not a UUID')
  @ApiNotFoundResponse({
    description: 'No such house, or not one whose address you may read',
    type: ErrorResponse,
  })
  address(
    @Param('houseId', uuidParam('houseId')) houseId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<HouseAddress & { houseId: string }> {
    return this.directory.address(houseId, principal);
  }
}
