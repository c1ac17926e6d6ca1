import type { Principal } from '@waypoint/auth';

/** Who is signed in on this request, as the console and the JSON API see them. */
export interface SignedInUser {
  userId: string;
  email: string;
  displayName: string;
  /** The agency's name, for people to read; principal.agency is its id. */
  agencyName: string;
  /** subject = userId, with the user's current role and agency. */
  principal: Principal;
  /** Must come back with every state-changing request made with the session cookie. */
  csrfToken: string;
}
