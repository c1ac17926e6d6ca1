/**
 * What a role's pages build on. A role folder imports this kit, `@waypoint/clients` and the libs,
 * never another role's folder or the gateway's own modules (eslint.config.mjs enforces it).
 */
export * from './console-page.decorator';
export * from './role-pages';
export * from './labels';
export * from './forms/form-errors';
export * from './forms/form-fields';
export * from './service-calls';
export * from './timeline/timeline.view-model';
export { PageRenderer, renderPage, type PageContext } from './rendering/page-renderer';
export { templateBeside } from './rendering/view-environment';
export { CurrentUser } from '../../sessions/current-user.decorator';
export type { SignedInUser } from '../../sessions/signed-in-user';
export * from './placement/placement.view-model';
