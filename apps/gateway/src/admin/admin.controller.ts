import { randomUUID } from 'node:crypto';
import {
  BadRequestException,
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
  UseGuards,
} from '@nestjs/common';
import type { Role } from '@waypoint/auth';
import { uuidParam } from '@waypoint/platform';
import { AccountsRepository, type Agency, type UserAccount } from '../accounts/accounts.repository';
import { hashPassword } from '../accounts/password-hashing';
import { AdministratorGuard, ApiCallerGuard, CurrentCaller, type Caller } from '../callers/caller';
import {
  AGENCY_ID_PATTERN,
  agencyIdFromName,
  CreateAgencyDto,
  CreateUserDto,
  UpdateUserDto,
} from './admin.dto';

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  agencyId: string;
  role: Role;
  disabled: boolean;
  failedAttempts: number;
  lockedUntil: string | null;
  createdAt: string;
}

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

function fieldError(field: string, rule: string, message: string): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: [message],
    errors: [{ field, rule, message }],
  });
}

/** An administrator manages agencies and the users who sign in for them. */
@Controller('api/admin')
@UseGuards(ApiCallerGuard, AdministratorGuard)
export class AdminController {
  constructor(private readonly accounts: AccountsRepository) {}

  @Get('agencies')
  async agencies(): Promise<{ agencies: Agency[] }> {
    return { agencies: await this.accounts.agencies() };
  }

  @Post('agencies')
  @HttpCode(HttpStatus.CREATED)
  async addAgency(@Body() dto: CreateAgencyDto): Promise<Agency> {
    const agency = { id: dto.id ?? agencyIdFromName(dto.name), name: dto.name.trim() };
    if (!AGENCY_ID_PATTERN.test(agency.id)) {
      throw fieldError(
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
  async users(): Promise<{ users: UserView[] }> {
    return { users: (await this.accounts.users()).map(viewOf) };
  }

  @Post('users')
  @HttpCode(HttpStatus.CREATED)
  async addUser(@Body() dto: CreateUserDto): Promise<UserView> {
    if (!(await this.accounts.agency(dto.agencyId))) {
      throw fieldError('agencyId', 'exists', `agencyId ${dto.agencyId} is not a known agency`);
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
  async updateUser(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateUserDto,
    @CurrentCaller() caller: Caller,
  ): Promise<UserView> {
    if (dto.role === undefined && dto.disabled === undefined && dto.unlock === undefined) {
      throw fieldError('(body)', 'atLeastOne', 'give at least one of role, disabled, unlock');
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
