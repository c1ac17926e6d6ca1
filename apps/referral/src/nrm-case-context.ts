import type { Provider } from '@nestjs/common';
import { WorkingDayCalendar } from '@waypoint/calendar';
import { SERVICE_ENVIRONMENT } from '@waypoint/platform';
import { parseStatutoryPeriods, type NrmCaseContext } from './nrm-case/nrm-case';
import { statutoryPeriodOverrides, type ReferralEnvironment } from './referral-environment';

export const NRM_CASE_CONTEXT = Symbol('NrmCaseContext');

/** The calendar and periods every case is counted with: docs/domain.md defaults unless configured. */
export const nrmCaseContextProvider: Provider = {
  provide: NRM_CASE_CONTEXT,
  inject: [WorkingDayCalendar, SERVICE_ENVIRONMENT],
  useFactory: (calendar: WorkingDayCalendar, env: ReferralEnvironment): NrmCaseContext => ({
    calendar,
    periods: parseStatutoryPeriods(statutoryPeriodOverrides(env)),
  }),
};
