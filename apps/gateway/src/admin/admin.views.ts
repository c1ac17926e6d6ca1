import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@waypoint/auth';

export class AgencyView {
  @ApiProperty({ example: 'west-midlands-police' })
  id!: string;

  @ApiProperty({ example: 'West Midlands Police' })
  name!: string;
}

export class AgencyList {
  @ApiProperty({ type: [AgencyView] })
  agencies!: AgencyView[];
}

/** A user account as administrators see it: never its password hash. */
export class UserView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'sam.patel@example.org' })
  email!: string;

  @ApiProperty({ example: 'Sam Patel' })
  displayName!: string;

  @ApiProperty({ example: 'west-midlands-police' })
  agencyId!: string;

  @ApiProperty({ enum: [...ROLES] })
  role!: Role;

  @ApiProperty({ description: 'A disabled user cannot sign in, and their sessions are ended' })
  disabled!: boolean;

  @ApiProperty({ type: 'integer', description: 'Failed sign-ins since the last success or unlock' })
  failedAttempts!: number;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'Set while sign-in is locked after repeated failures',
  })
  lockedUntil!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class UserList {
  @ApiProperty({ type: [UserView] })
  users!: UserView[];
}
