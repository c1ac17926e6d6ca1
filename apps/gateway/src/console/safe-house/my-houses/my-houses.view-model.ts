import type { LocalDate } from '@waypoint/calendar';
import {
  AREA_LABELS,
  OUT_OF_SERVICE_REASON_LABELS,
  bedCountCellsOf,
  bedNamesOf,
  choiceItemsOf,
  labelOf,
  oneOf,
  oneValue,
  parseDateInput,
  type BedCountCells,
  type FormBody,
  type FormError,
  type HouseAnswer,
  type PlacementSchemas,
  type TypedDate,
} from '../../kit';

type OutOfServiceReason = PlacementSchemas['OutOfServiceReason'];
type OutOfServiceBody = PlacementSchemas['OutOfServiceDto'];

const OUT_OF_SERVICE_REASONS = Object.keys(OUT_OF_SERVICE_REASON_LABELS) as OutOfServiceReason[];

export interface MyHouseRow {
  href: string;
  name: string;
  area: string;
  counts: BedCountCells;
}

export function myHouseRowsOf(houses: readonly HouseAnswer[]): MyHouseRow[] {
  return houses.map((house) => ({
    href: `/safe-house/houses/${encodeURIComponent(house.houseId)}`,
    name: house.name,
    area: labelOf(AREA_LABELS, house.area),
    counts: bedCountCellsOf(house.bedCounts),
  }));
}

/** What was typed into the out-of-service form, so a refused form comes back as it was. */
export interface TypedOutOfService {
  bedId: string;
  reason: string;
  from: TypedDate;
  until: TypedDate;
}

export type ParsedOutOfService =
  | { ok: true; body: OutOfServiceBody; typed: TypedOutOfService }
  | { ok: false; errors: FormError[]; typed: TypedOutOfService };

/**
 * The form taking a bed out of service: a bed of this house, a first day, an optional last day (not before the
 * first) and a reason category. Placement checks the same again; this gives GOV.UK messages first.
 */
export function parseOutOfServiceForm(body: FormBody, house: HouseAnswer): ParsedOutOfService {
  const bedId = oneValue(body, 'bedId');
  const reason = oneOf(body, 'reason', OUT_OF_SERVICE_REASONS);
  const from = parseDateInput(body, { name: 'from', what: 'The first day out of service', required: true });
  const until = parseDateInput(body, { name: 'until', what: 'The last day out of service', required: false });
  const typed: TypedOutOfService = { bedId, reason: reason ?? '', from: from.typed, until: until.typed };
  const errors: FormError[] = [];
  if (!bedNamesOf(house).has(bedId)) errors.push({ field: 'bedId', href: 'bedId', text: 'Select the bed' });
  if (!from.ok) errors.push(from.error);
  if (!until.ok) errors.push(until.error);
  if (from.ok && until.ok && from.value && until.value && until.value < from.value) {
    errors.push({
      field: 'until',
      href: 'until-day',
      text: 'The last day out of service must be the same as or after the first day',
    });
  }
  if (!reason) errors.push({ field: 'reason', href: 'reason', text: 'Select why the bed is out of service' });
  if (errors.length > 0 || !from.ok || !from.value || !until.ok || !reason)
    return { ok: false, errors, typed };
  return {
    ok: true,
    typed,
    body: { bedId, from: from.value, reason, ...(until.value ? { until: until.value } : {}) },
  };
}

export type ParsedEnd = { ok: true; until: LocalDate } | { ok: false; error: FormError; typed: TypedDate };

/** The last day of an open period; its inputs are prefixed by the period so each row has its own. */
export function parseEndOutOfServiceForm(body: FormBody, periodId: string): ParsedEnd {
  const name = `end-${periodId}`;
  const until = parseDateInput(body, { name, what: 'The last day out of service', required: true });
  if (!until.ok) return { ok: false, error: { ...until.error, field: name }, typed: until.typed };
  return until.value
    ? { ok: true, until: until.value }
    : {
        ok: false,
        error: { field: name, href: `${name}-day`, text: 'Enter the last day out of service' },
        typed: until.typed,
      };
}

export interface OutOfServiceFormView {
  beds: { value: string; text: string; selected: boolean }[];
  reasons: { value: string; text: string; checked: boolean }[];
  typed: TypedOutOfService;
}

export function outOfServiceFormOf(house: HouseAnswer, typed?: TypedOutOfService): OutOfServiceFormView {
  const empty = { day: '', month: '', year: '' };
  const shown = typed ?? { bedId: '', reason: '', from: empty, until: empty };
  return {
    beds: [
      { value: '', text: 'Select a bed', selected: shown.bedId === '' },
      ...[...bedNamesOf(house)].map(([bedId, name]) => ({
        value: bedId,
        text: name,
        selected: bedId === shown.bedId,
      })),
    ],
    reasons: choiceItemsOf(OUT_OF_SERVICE_REASON_LABELS, shown.reason),
    typed: shown,
  };
}
