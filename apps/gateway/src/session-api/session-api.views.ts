import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@waypoint/auth';
import { ErrorResponse } from '@waypoint/platform';

export class SignedInUserView {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty({ example: 'first-responder@demo.waypoint.test' })
  email!: string;

  @ApiProperty({ example: 'Sam Patel' })
  displayName!: string;

  @ApiProperty({ enum: [...ROLES] })
  role!: string;

  @ApiProperty({ description: 'The agency the user signs in for', example: 'west-midlands-police' })
  agency!: string;
}

/** Who is signed in; never the session token itself, which only the HttpOnly cookie carries. */
export class SignedInView {
  @ApiProperty({ type: SignedInUserView })
  user!: SignedInUserView;

  @ApiProperty({
    description:
      'Send back as the x-csrf-token header on every state-changing request made with the session cookie',
  })
  csrfToken!: string;
}

export class IssuedToken {
  @ApiProperty({
    description:
      "A service token for the signed-in user (EdDSA JWT carrying the user's role and agency), for the services or this gateway's proxy",
  })
  token!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ type: 'integer', description: 'Seconds the token is valid for', example: 900 })
  expiresIn!: number;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}

/** A 423: the account is locked after repeated failed sign-ins. */
export class LockedResponse extends ErrorResponse {
  @ApiProperty({ format: 'date-time', description: 'When sign-in is allowed again' })
  lockedUntil!: string;
}
