import type { Provider } from '@nestjs/common';
import { WorkingDayCalendar } from '@waypoint/calendar';
import { parseStatutoryPeriods, type NrmCaseContext } from './nrm-case/nrm-case';

export const NRM_CASE_CONTEXT = Symbol('NrmCaseContext');

/** The calendar and periods every case is counted with; the periods are the DOMAIN.md defaults. */
export const nrmCaseContextProvider: Provider = {
  provide: NRM_CASE_CONTEXT,
  inject: [WorkingDayCalendar],
  useFactory: (calendar: WorkingDayCalendar): NrmCaseContext => ({
    calendar,
    periods: parseStatutoryPeriods(),
  }),
};
