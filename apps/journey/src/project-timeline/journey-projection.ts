import type { CloudEvent, EventType, PayloadOf } from '@waypoint/contracts';

export type JourneyStage = 'identified' | 'awaiting-reasonable-grounds' | 'duty-to-notify-only';

/** Later stages outrank earlier ones, so events applied out of order still settle on the right stage. */
export const STAGE_RANK: Record<JourneyStage, number> = {
  identified: 10,
  'awaiting-reasonable-grounds': 20,
  'duty-to-notify-only': 20,
};

export interface Deadline {
  kind: 'reasonable-grounds-decision';
  dueOn: string;
}

/** How one event changes a journey. Summaries hold no personal data: nothing here identifies anyone. */
export interface JourneyChange {
  stage: JourneyStage;
  agency: string;
  summary: Record<string, unknown>;
  /** undefined: leave the next deadline as it is; null: the stage has no deadline. */
  deadline?: Deadline | null;
}

type Projector<T extends EventType> = (data: PayloadOf<T>) => JourneyChange;

const PROJECTORS: { [T in EventType]: Projector<T> } = {
  'waypoint.identification.potential-victim-identified.v1': (data) => ({
    stage: 'identified',
    agency: data.firstResponderAgency,
    summary: {
      ageGroup: data.ageGroup,
      exploitationTypes: data.exploitationTypes,
      countyLines: data.countyLines,
      exploitedIn: data.exploitedIn,
      area: data.area,
      consent: data.consent,
    },
  }),
  'waypoint.referral.nrm-referral-submitted.v1': (data) => ({
    stage: 'awaiting-reasonable-grounds',
    agency: data.referringAgency,
    summary: {
      competentAuthority: data.competentAuthority,
      submittedOn: data.submittedOn,
      reasonableGroundsDueOn: data.reasonableGroundsDueOn,
    },
    deadline: { kind: 'reasonable-grounds-decision', dueOn: data.reasonableGroundsDueOn },
  }),
  'waypoint.referral.duty-to-notify-recorded.v1': (data) => ({
    stage: 'duty-to-notify-only',
    agency: data.notifyingAgency,
    summary: { anonymous: true, area: data.area },
    deadline: null,
  }),
};

export function projectEvent<T extends EventType>(event: CloudEvent<PayloadOf<T>, T>): JourneyChange {
  return (PROJECTORS[event.type] as Projector<T>)(event.data);
}

export function journeyEventTypes(): EventType[] {
  return Object.keys(PROJECTORS) as EventType[];
}
