import { randomUUID } from 'node:crypto';
import {
  Body,
  ConflictException,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  Patch,
  Post,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiFieldProblems, ApiUuidParam, ErrorResponse, uuidParam, FieldsRejected } from '@waypoint/platform';
import { AccountsRepository, type Agency, type UserAccount } from '../accounts/accounts.repository';
import { hashPassword } from '../accounts/password-hashing';
import { CurrentCaller, type Caller } from '../callers/caller';
import { ApiCallers } from '../openapi/api-callers';
import {
  AGENCY_ID_PATTERN,
  agencyIdFromName,
  CreateAgencyDto,
  CreateUserDto,
  UpdateUserDto,
} from './admin.dto';
import { AgencyList, AgencyView, UserList, UserView } from './admin.views';

const viewOf = (user: UserAccount): UserView => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  agencyId: user.agencyId,
  role: user.role,
  disabled: user.disabled,
  failedAttempts: user.failedAttempts,
  lockedUntil: user.lockedUntil?.toISOString() ?? null,
  createdAt: user.createdAt.toISOString(),
});

/** An administrator manages agencies and the users who sign in for them. */
@ApiTags('admin')
@Controller('api/admin')
@ApiCallers({ administratorsOnly: true })
export class AdminController {
  constructor(private readonly accounts: AccountsRepository) {}

  @Get('agencies')
  @ApiOperation({ summary: 'Every agency' })
  @ApiOkResponse({ description: 'The agencies, by name', type: AgencyList })
  async agencies(): Promise<AgencyList> {
    return { agencies: await this.accounts.agencies() };
  }

  @Post('agencies')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Add an agency' })
  @ApiCreatedResponse({ description: 'The agency added', type: AgencyView })
  @ApiFieldProblems('name is required; id, if given, is 2-63 lower-case letters, digits and hyphens')
  @ApiConflictResponse({ description: 'An agency with this id already exists', type: ErrorResponse })
  async addAgency(@Body() dto: CreateAgencyDto): Promise<Agency> {
    const agency = { id: dto.id ?? agencyIdFromName(dto.name), name: dto.name.trim() };
    if (!AGENCY_ID_PATTERN.test(agency.id)) {
      throw FieldsRejected.because(
        'id',
        'matches',
        'id cannot be derived from this name: give one (lower-case letters, digits, hyphens)',
      );
    }
    if (!(await this.accounts.addAgency(agency)))
      throw new ConflictException(`agency ${agency.id} already exists`);
    return agency;
  }

  @Get('users')
  @ApiOperation({ summary: 'Every user account (never a password or its hash)' })
  @ApiOkResponse({ description: 'The users', type: UserList })
  async users(): Promise<UserList> {
    return { users: (await this.accounts.users()).map(viewOf) };
  }

  @Post('users')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Add a user who signs in for an agency with a role' })
  @ApiCreatedResponse({ description: 'The user added', type: UserView })
  @ApiFieldProblems('email, displayName, a known agencyId, role and an acceptable password')
  @ApiConflictResponse({
    description: 'A user with this email (whatever its case) exists',
    type: ErrorResponse,
  })
  async addUser(@Body() dto: CreateUserDto): Promise<UserView> {
    if (!(await this.accounts.agency(dto.agencyId))) {
      throw FieldsRejected.because('agencyId', 'exists', `agencyId ${dto.agencyId} is not a known agency`);
    }
    const id = randomUUID();
    const added = await this.accounts.addUser({
      id,
      email: dto.email,
      displayName: dto.displayName.trim(),
      agencyId: dto.agencyId,
      role: dto.role,
      passwordHash: await hashPassword(dto.password),
    });
    if (!added) throw new ConflictException('a user with this email already exists');
    return viewOf((await this.accounts.user(id))!);
  }

  @Patch('users/:id')
  @ApiOperation({ summary: "Change a user's role, disable or enable them, or unlock their sign-in" })
  @ApiUuidParam('id', 'The user')
  @ApiOkResponse({ description: 'The user as changed', type: UserView })
  @ApiFieldProblems('id must be a UUID; at least one of role, disabled, unlock, each of its type')
  @ApiNotFoundResponse({ description: 'No user with this id', type: ErrorResponse })
  @ApiConflictResponse({
    description: 'An administrator cannot disable or demote themselves',
    type: ErrorResponse,
  })
  async updateUser(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateUserDto,
    @CurrentCaller() caller: Caller,
  ): Promise<UserView> {
    if (dto.role === undefined && dto.disabled === undefined && dto.unlock === undefined) {
      throw FieldsRejected.because('(body)', 'atLeastOne', 'give at least one of role, disabled, unlock');
    }
    // Another administrator must do it, so the last one cannot lock everyone out by mistake.
    if (
      id === caller.principal.subject &&
      (dto.disabled === true || (dto.role ?? 'administrator') !== 'administrator')
    ) {
      throw new ConflictException('administrators cannot disable or demote themselves');
    }
    const updated = await this.accounts.updateUser(id, dto);
    if (!updated) throw new NotFoundException(`no user ${id}`);
    return viewOf(updated);
  }
}
