import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser } from '../../../sessions/current-user.decorator';
import type { SignedInUser } from '../../../sessions/signed-in-user';
import { PageRenderer } from '../rendering/page-renderer';
import { templateBeside } from '../rendering/view-environment';
import { ConsolePage, EVERY_ROLE } from '../console-page.decorator';
import { landingPageOf } from '../role-pages';
import { signedInElsewhereView } from './home';

/** `/`: each role's first page, or, for a role without console pages yet, who they are signed in as. */
const SIGNED_IN_ELSEWHERE_PAGE = templateBeside(__dirname, 'signed-in-elsewhere');

@ConsolePage(...EVERY_ROLE)
@Controller()
export class HomeController {
  constructor(private readonly pages: PageRenderer) {}

  @Get()
  home(@CurrentUser() user: SignedInUser, @Res() response: Response): void {
    const landing = landingPageOf(user.principal.role);
    if (landing) return response.redirect(303, landing);
    this.pages.send(response, SIGNED_IN_ELSEWHERE_PAGE, {
      user,
      ...signedInElsewhereView(user.principal.role),
    });
  }
}
