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
  UseGuards,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { GATEWAY_ENVIRONMENT, type GatewayEnvironment } from '../gateway-environment';
import { CurrentUser } from '../sessions/current-user.decorator';
import { SESSION_COOKIE, SessionsService } from '../sessions/sessions.service';
import { SignedInGuard } from '../sessions/signed-in.guard';
import type { SignedInUser } from '../sessions/signed-in-user';
import { ServiceClient } from '../services/service-client';
import { SignInDto } from './sign-in.dto';

export interface SignedInView {
  user: { userId: string; email: string; displayName: string; role: string; agency: string };
  /** Send back as the x-csrf-token header on every state-changing request made with the cookie. */
  csrfToken: string;
}

export interface IssuedToken {
  token: string;
  tokenType: 'Bearer';
  expiresIn: number;
  expiresAt: string;
}

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
@Controller('api')
export class SessionApiController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly services: ServiceClient,
    @Inject(GATEWAY_ENVIRONMENT) private readonly env: GatewayEnvironment,
  ) {}

  @Post('session')
  @HttpCode(HttpStatus.CREATED)
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
  @UseGuards(SignedInGuard)
  current(@CurrentUser() user: SignedInUser): SignedInView {
    return viewOf(user);
  }

  @Delete('session')
  @HttpCode(HttpStatus.NO_CONTENT)
  @UseGuards(SignedInGuard)
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
  @UseGuards(SignedInGuard)
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
