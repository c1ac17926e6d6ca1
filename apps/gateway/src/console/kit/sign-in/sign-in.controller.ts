import { Body, Controller, ForbiddenException, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { GATEWAY_ENVIRONMENT, type GatewayEnvironment } from '../../../gateway-environment';
import { SESSION_COOKIE, SessionsService } from '../../../sessions/sessions.service';
import { requireCsrfToken, sessionUserOf } from '../../../sessions/signed-in.guard';
import { PageRenderer } from '../rendering/page-renderer';
import { templateBeside } from '../rendering/view-environment';
import { formErrorsOf } from '../forms/form-errors';
import type { FormBody } from '../forms/form-fields';
import { SIGN_IN_CSRF_COOKIE, SIGN_IN_CSRF_FIELD, signInToken, signInTokenMatches } from './sign-in-csrf';
import { checkSignIn, INVALID_SIGN_IN, lockedMessage, readSignIn, safeReturnTo } from './sign-in-form';

// HTML pages for people, not part of the JSON API's OpenAPI document.
const SIGN_IN_PAGE = templateBeside(__dirname, 'sign-in');

@ApiExcludeController()
@Controller()
export class SignInController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly pages: PageRenderer,
    @Inject(GATEWAY_ENVIRONMENT) private readonly env: GatewayEnvironment,
  ) {}

  private get secureCookies(): boolean {
    return this.env.SESSION_COOKIE_SECURE === 'true';
  }

  @Get('sign-in')
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @Query('returnTo') returnTo?: unknown,
    @Query('signedOut') signedOut?: unknown,
  ): Promise<void> {
    const target = safeReturnTo(typeof returnTo === 'string' ? returnTo : undefined);
    // Already signed in (a bookmark, the back button): straight on.
    if (await sessionUserOf(request, this.sessions)) return response.redirect(303, target);
    this.pages.send(response, SIGN_IN_PAGE, {
      title: 'Sign in to Waypoint',
      email: '',
      returnTo: target,
      signedOut: signedOut === '1',
      signInToken: signInToken(request, response, this.secureCookies),
    });
  }

  @Post('sign-in')
  async signIn(@Req() request: Request, @Res() response: Response, @Body() body: FormBody): Promise<void> {
    const cookies = request.cookies as Record<string, unknown> | undefined;
    if (!signInTokenMatches(cookies?.[SIGN_IN_CSRF_COOKIE], body?.[SIGN_IN_CSRF_FIELD])) {
      throw new ForbiddenException('sign-in form token missing or wrong');
    }
    const answers = readSignIn(body ?? {});
    const returnTo = safeReturnTo(answers.returnTo);
    const refuse = (errors: { field: string; href: string; text: string }[], status: number) =>
      this.pages.send(
        response,
        SIGN_IN_PAGE,
        {
          title: 'Sign in to Waypoint',
          email: answers.email,
          returnTo,
          errors: formErrorsOf(errors),
          signInToken: signInToken(request, response, this.secureCookies),
        },
        status,
      );
    const problems = checkSignIn(answers);
    if (problems.length > 0) return refuse(problems, 400);
    const result = await this.sessions.signIn(answers.email, answers.password, { ip: request.ip });
    switch (result.outcome) {
      case 'invalid':
        return refuse([{ field: 'email', href: 'email', text: INVALID_SIGN_IN }], 401);
      case 'locked':
        return refuse([{ field: 'email', href: 'email', text: lockedMessage(result.until) }], 401);
      case 'signed-in':
        this.sessions.setSessionCookie(response, result.sessionToken);
        return response.redirect(303, returnTo);
    }
  }

  /**
   * Signs out the session the cookie names (its CSRF token required, so another site cannot sign a user out).
   * With no live session there is nothing to end: the cookie is cleared and the user lands on sign-in anyway.
   */
  @Post('sign-out')
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    const user = await sessionUserOf(request, this.sessions);
    if (user) {
      requireCsrfToken(request, user);
      await this.sessions.signOut((request.cookies as Record<string, string>)[SESSION_COOKIE]);
    }
    this.sessions.clearSessionCookie(response);
    response.redirect(303, '/sign-in?signedOut=1');
  }
}
