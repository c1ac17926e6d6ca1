import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  Inject,
  Post,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiFieldProblems, ErrorResponse } from '@waypoint/platform';
import type { Request, Response } from 'express';
import { GATEWAY_ENVIRONMENT, type GatewayEnvironment } from '../gateway-environment';
import { CurrentUser } from '../sessions/current-user.decorator';
import { SESSION_COOKIE, SessionsService } from '../sessions/sessions.service';
import type { SignedInUser } from '../sessions/signed-in-user';
import { ServiceClient } from '../services/service-client';
import { SessionCaller } from '../openapi/api-callers';
import { SignInDto } from './sign-in.dto';
import { IssuedToken, LockedResponse, SignedInView } from './session-api.views';

const viewOf = (user: SignedInUser): SignedInView => ({
  user: {
    userId: user.userId,
    email: user.email,
    displayName: user.displayName,
    role: user.principal.role,
    agency: user.principal.agency,
  },
  csrfToken: user.csrfToken,
});

/** Sign-in for programs and tests; the console's HTML sign-in calls SessionsService itself. */
@ApiTags('session')
@Controller('api')
export class SessionApiController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly services: ServiceClient,
    @Inject(GATEWAY_ENVIRONMENT) private readonly env: GatewayEnvironment,
  ) {}

  @Post('session')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({
    summary: 'Sign in: sets the session cookie and answers the CSRF token to send back',
    description:
      'Open to anyone. Five failed sign-ins for an email, known or not, lock it for a while (423); a wrong password and an unknown or disabled email are answered alike (401).',
  })
  @ApiCreatedResponse({
    description: `Signed in: the ${SESSION_COOKIE} cookie is set (HttpOnly, SameSite=Lax, Secure)`,
    type: SignedInView,
    headers: {
      'Set-Cookie': {
        description: `${SESSION_COOKIE}=<session token>; Path=/; HttpOnly; SameSite=Lax; Secure`,
        schema: { type: 'string' },
      },
    },
  })
  @ApiFieldProblems('email and password are required strings')
  @ApiUnauthorizedResponse({
    description: 'The email or password is wrong, or the account is disabled (the same answer for each)',
    type: ErrorResponse,
  })
  @ApiResponse({
    status: HttpStatus.LOCKED,
    description:
      'Locked after repeated failed sign-ins, even with the right password, until lockedUntil or an administrator unlocks it',
    type: LockedResponse,
    headers: {
      'Retry-After': { description: 'Seconds until sign-in is allowed again', schema: { type: 'integer' } },
    },
  })
  async signIn(
    @Body() dto: SignInDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignedInView> {
    const result = await this.sessions.signIn(dto.email, dto.password, { ip: request.ip });
    switch (result.outcome) {
      case 'invalid':
        throw new UnauthorizedException('email or password is wrong');
      case 'locked': {
        const seconds = Math.max(1, Math.ceil((result.until.getTime() - Date.now()) / 1000));
        response.setHeader('retry-after', String(seconds));
        throw new HttpException(
          {
            statusCode: HttpStatus.LOCKED,
            error: 'Locked',
            message: [
              `account locked after repeated failed sign-ins until ${result.until.toISOString()}: try again later or ask an administrator to unlock it`,
            ],
            lockedUntil: result.until.toISOString(),
          },
          HttpStatus.LOCKED,
        );
      }
      case 'signed-in':
        this.sessions.setSessionCookie(response, result.sessionToken);
        return viewOf(result.user);
    }
  }

  /** Who is signed in, and the CSRF token to send back (for a client that lost it). */
  @Get('session')
  @SessionCaller()
  @ApiOperation({ summary: 'Who is signed in, and the CSRF token to send back' })
  @ApiOkResponse({ description: 'The signed-in user', type: SignedInView })
  current(@CurrentUser() user: SignedInUser): SignedInView {
    return viewOf(user);
  }

  @Delete('session')
  @HttpCode(HttpStatus.NO_CONTENT)
  @SessionCaller()
  @ApiOperation({ summary: 'Sign out: the session is revoked and the cookie cleared' })
  @ApiNoContentResponse({ description: 'Signed out' })
  async signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.sessions.signOut(String((request.cookies as Record<string, string>)[SESSION_COOKIE]));
    this.sessions.clearSessionCookie(response);
  }

  /**
   * A short-lived service token for the signed-in user, for programs that call the services (or
   * this gateway's proxy) directly. Only a session can mint one: a token cannot renew itself.
   */
  @Post('tokens')
  @HttpCode(HttpStatus.CREATED)
  @SessionCaller()
  @ApiOperation({
    summary: 'A short-lived bearer token for the signed-in user',
    description:
      'For programs that call the services or the proxy directly. Only a session can mint one: a bearer token cannot renew itself (401).',
  })
  @ApiCreatedResponse({ description: 'The token', type: IssuedToken })
  async issueToken(@CurrentUser() user: SignedInUser): Promise<IssuedToken> {
    const ttl = this.env.SERVICE_TOKEN_TTL_SECONDS;
    const token = await this.services.mintFor(user.principal, ttl);
    return {
      token,
      tokenType: 'Bearer',
      expiresIn: ttl,
      expiresAt: new Date(Date.now() + ttl * 1000).toISOString(),
    };
  }
}
