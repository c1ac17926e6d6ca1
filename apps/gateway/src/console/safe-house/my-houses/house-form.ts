import { AREAS, HOUSEHOLD_TYPES } from '@waypoint/contracts';
import {
  ACCESSIBILITY_LABELS,
  AREA_LABELS,
  BED_KIND_LABELS,
  HOUSEHOLD_TYPE_LABELS,
  LANGUAGE_LABELS,
  allValues,
  choiceItemsOf,
  errorsFromService,
  oneOf,
  oneValue,
  type FieldOnPage,
  type FormBody,
  type FormError,
  type HouseAnswer,
  type PlacementSchemas,
  type ServiceFieldProblem,
} from '../../kit';

/** The bodies of placement's `POST /houses`, `PUT /houses/{houseId}` and `POST /houses/{houseId}/beds`. */
export type AddHouseBody = PlacementSchemas['AddHouseDto'];
export type UpdateHouseBody = PlacementSchemas['UpdateHouseDto'];
export type AddBedBody = PlacementSchemas['AddBedDto'];
export type HouseAddressAnswer = PlacementSchemas['HouseAddressResponse'];
type AccessibilityFeature = PlacementSchemas['AccessibilityFeature'];
type BedKind = PlacementSchemas['BedKind'];

const ACCESSIBILITY_FEATURES = Object.keys(ACCESSIBILITY_LABELS) as AccessibilityFeature[];
const BED_KINDS = Object.keys(BED_KIND_LABELS) as BedKind[];

/** How many rooms the add-a-house form has rows for (no JavaScript: a fixed number; more through "Add a bed"). */
export const ROOM_ROWS = 6;
/** Placement's limits, checked here first so the messages are GOV.UK's. */
const MAX_NAME = 120;
const MAX_ADDRESS_LINE = 120;
const MAX_TOWN = 60;
const MAX_ROOM_NAME = 60;
const MAX_BED_LABEL = 60;
const MAX_BEDS_PER_ROOM = 12;
const MAX_LANGUAGES = 20;
const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/;
const LANGUAGE_CODE = /^[a-z]{2}$/;

/** What was typed into the details questions, so a refused form comes back as it was. */
export interface TypedHouseDetails {
  name: string;
  area: string;
  householdTypes: string[];
  accessibility: string[];
  languages: string[];
  line1: string;
  line2: string;
  town: string;
  postcode: string;
}

/** One room row as typed: its name and how many beds of each kind. */
export interface TypedRoom {
  name: string;
  single: string;
  double: string;
  cot: string;
}

export type ParsedHouseDetails =
  | { ok: true; body: UpdateHouseBody; typed: TypedHouseDetails }
  | { ok: false; errors: FormError[]; typed: TypedHouseDetails };

export type ParsedNewHouse =
  | {
      ok: true;
      body: AddHouseBody;
      typed: TypedHouseDetails;
      rooms: TypedRoom[];
      /** The row (1 to ROOM_ROWS) of each room sent, so placement's `rooms.0` lands on its row. */
      rowsSent: number[];
    }
  | { ok: false; errors: FormError[]; typed: TypedHouseDetails; rooms: TypedRoom[] };

/** 'b91 3qb' and 'B913QB' as placement wants them: 'B91 3QB'. */
export function normalisePostcode(typed: string): string {
  const compact = typed.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/**
 * The house's details and address, as placement's `UpdateHouseDto`. `keptLanguages` are codes the house has
 * already (placement takes any ISO 639-1 code, the console names only its curated list): they stay choosable.
 */
export function parseHouseDetails(body: FormBody, keptLanguages: readonly string[] = []): ParsedHouseDetails {
  const name = oneValue(body, 'name');
  const area = oneOf(body, 'area', AREAS);
  const householdTypes = allValues(body, 'householdTypes');
  const accessibility = allValues(body, 'accessibility');
  const languages = allValues(body, 'languages');
  const line1 = oneValue(body, 'line1');
  const line2 = oneValue(body, 'line2');
  const town = oneValue(body, 'town');
  const postcodeTyped = oneValue(body, 'postcode');
  const postcode = normalisePostcode(postcodeTyped);
  const typed: TypedHouseDetails = {
    name,
    area: area ?? '',
    householdTypes,
    accessibility,
    languages,
    line1,
    line2,
    town,
    postcode: postcodeTyped,
  };
  const errors: FormError[] = [];
  if (name === '') errors.push({ field: 'name', href: 'name', text: 'Enter the name of the house' });
  else if (name.length > MAX_NAME) {
    errors.push({
      field: 'name',
      href: 'name',
      text: `The name of the house must be ${MAX_NAME} characters or fewer`,
    });
  }
  if (!area) errors.push({ field: 'area', href: 'area', text: 'Select the area the house is in' });
  if (householdTypes.length === 0) {
    errors.push({ field: 'householdTypes', href: 'householdTypes', text: 'Select who the house is for' });
  } else if (householdTypes.some((type) => !(HOUSEHOLD_TYPES as readonly string[]).includes(type))) {
    errors.push({
      field: 'householdTypes',
      href: 'householdTypes',
      text: 'Select who the house is for from the list',
    });
  }
  if (accessibility.some((feature) => !(ACCESSIBILITY_FEATURES as string[]).includes(feature))) {
    errors.push({
      field: 'accessibility',
      href: 'accessibility',
      text: 'Select accessibility features from the list',
    });
  }
  if (
    languages.some(
      (code) => !(code in LANGUAGE_LABELS) && !(keptLanguages.includes(code) && LANGUAGE_CODE.test(code)),
    )
  ) {
    errors.push({ field: 'languages', href: 'languages', text: 'Select languages from the list' });
  } else if (languages.length > MAX_LANGUAGES) {
    errors.push({
      field: 'languages',
      href: 'languages',
      text: `Select ${MAX_LANGUAGES} languages or fewer`,
    });
  }
  if (line1 === '') {
    errors.push({
      field: 'line1',
      href: 'line1',
      text: 'Enter address line 1, typically the building and street',
    });
  } else if (line1.length > MAX_ADDRESS_LINE) {
    errors.push({
      field: 'line1',
      href: 'line1',
      text: `Address line 1 must be ${MAX_ADDRESS_LINE} characters or fewer`,
    });
  }
  if (line2.length > MAX_ADDRESS_LINE) {
    errors.push({
      field: 'line2',
      href: 'line2',
      text: `Address line 2 must be ${MAX_ADDRESS_LINE} characters or fewer`,
    });
  }
  if (town === '') errors.push({ field: 'town', href: 'town', text: 'Enter town or city' });
  else if (town.length > MAX_TOWN) {
    errors.push({
      field: 'town',
      href: 'town',
      text: `Town or city must be ${MAX_TOWN} characters or fewer`,
    });
  }
  if (postcodeTyped === '') errors.push({ field: 'postcode', href: 'postcode', text: 'Enter postcode' });
  else if (!POSTCODE.test(postcode)) {
    errors.push({ field: 'postcode', href: 'postcode', text: 'Enter a full UK postcode, like B1 1AA' });
  }
  if (errors.length > 0 || !area) return { ok: false, errors, typed };
  return {
    ok: true,
    typed,
    body: {
      name,
      area,
      householdTypes: householdTypes as UpdateHouseBody['householdTypes'],
      accessibility: accessibility as AccessibilityFeature[],
      languages,
      address: { line1, ...(line2 !== '' ? { line2 } : {}), town, postcode },
    },
  };
}

/** The details form prefilled from placement's house and its address (the edit page). */
export function typedHouseDetailsOf(house: HouseAnswer, address: HouseAddressAnswer): TypedHouseDetails {
  return {
    name: house.name,
    area: house.area,
    householdTypes: [...house.householdTypes],
    accessibility: [...house.accessibility],
    languages: [...house.languages],
    line1: address.line1,
    line2: address.line2 ?? '',
    town: address.town,
    postcode: address.postcode,
  };
}

const COUNT_WORDS: Record<'single' | 'double' | 'cot', string> = {
  single: 'single beds',
  double: 'double beds',
  cot: 'cots',
};

/** A count as typed: '' is none; otherwise a whole number. Undefined when not one. */
function countOf(typed: string): number | undefined {
  if (typed === '') return 0;
  return /^\d{1,2}$/.test(typed) ? Number(typed) : undefined;
}

/**
 * The beds of a room from its counts, labelled as staff number them: singles and doubles 'Bed 1', 'Bed 2'…,
 * cots apart 'Cot 1', 'Cot 2'….
 */
export function bedsOfCounts(
  single: number,
  double: number,
  cot: number,
): { label: string; kind: BedKind }[] {
  const beds: { label: string; kind: BedKind }[] = [];
  for (let index = 0; index < single; index += 1)
    beds.push({ label: `Bed ${beds.length + 1}`, kind: 'single' });
  for (let index = 0; index < double; index += 1)
    beds.push({ label: `Bed ${beds.length + 1}`, kind: 'double' });
  for (let index = 1; index <= cot; index += 1) beds.push({ label: `Cot ${index}`, kind: 'cot' });
  return beds;
}

/**
 * The add-a-house form: the details and up to ROOM_ROWS room rows, each a name and counts of single beds,
 * double beds and cots. A row left empty is ignored; at least one room with a bed is needed.
 */
export function parseNewHouse(body: FormBody): ParsedNewHouse {
  const details = parseHouseDetails(body);
  const errors: FormError[] = details.ok ? [] : [...details.errors];
  const rooms: TypedRoom[] = [];
  const sent: AddHouseBody['rooms'] = [];
  const rowsSent: number[] = [];
  const namesSeen = new Set<string>();
  for (let row = 1; row <= ROOM_ROWS; row += 1) {
    const typed: TypedRoom = {
      name: oneValue(body, `room${row}-name`),
      single: oneValue(body, `room${row}-single`),
      double: oneValue(body, `room${row}-double`),
      cot: oneValue(body, `room${row}-cot`),
    };
    rooms.push(typed);
    const counts = (['single', 'double', 'cot'] as const).map(
      (kind) => [kind, countOf(typed[kind])] as const,
    );
    const empty = typed.name === '' && counts.every(([, count]) => count === 0);
    if (empty) continue;
    let rowOk = true;
    if (typed.name === '') {
      errors.push({
        field: `room${row}-name`,
        href: `room${row}-name`,
        text: `Enter the name of room ${row}`,
      });
      rowOk = false;
    } else if (typed.name.length > MAX_ROOM_NAME) {
      errors.push({
        field: `room${row}-name`,
        href: `room${row}-name`,
        text: `The name of room ${row} must be ${MAX_ROOM_NAME} characters or fewer`,
      });
      rowOk = false;
    } else if (namesSeen.has(typed.name.toLowerCase())) {
      errors.push({
        field: `room${row}-name`,
        href: `room${row}-name`,
        text: `Room ${row} needs a name of its own: another room is called ${typed.name}`,
      });
      rowOk = false;
    }
    namesSeen.add(typed.name.toLowerCase());
    const invalid = counts.find(([, count]) => count === undefined);
    if (invalid) {
      errors.push({
        field: `room${row}-beds`,
        href: `room${row}-${invalid[0]}`,
        text: `The number of ${COUNT_WORDS[invalid[0]]} in room ${row} must be a whole number, like 2`,
      });
      continue;
    }
    const [single, double, cot] = counts.map(([, count]) => count ?? 0);
    const total = single + double + cot;
    if (total === 0) {
      errors.push({
        field: `room${row}-beds`,
        href: `room${row}-single`,
        text: `Enter how many beds room ${row} has`,
      });
      continue;
    }
    if (total > MAX_BEDS_PER_ROOM) {
      errors.push({
        field: `room${row}-beds`,
        href: `room${row}-single`,
        text: `Room ${row} can have at most ${MAX_BEDS_PER_ROOM} beds and cots`,
      });
      continue;
    }
    if (!rowOk) continue;
    sent.push({ name: typed.name, beds: bedsOfCounts(single, double, cot) });
    rowsSent.push(row);
  }
  if (sent.length === 0 && !errors.some((error) => error.field.startsWith('room'))) {
    errors.push({ field: 'room1-name', href: 'room1-name', text: 'Enter at least one room with a bed' });
  }
  if (!details.ok || errors.length > 0) return { ok: false, errors, typed: details.typed, rooms };
  return { ok: true, body: { ...details.body, rooms: sent }, typed: details.typed, rooms, rowsSent };
}

const DETAIL_FIELDS: Record<string, FieldOnPage> = {
  name: { field: 'name', href: 'name' },
  area: { field: 'area', href: 'area' },
  householdTypes: { field: 'householdTypes', href: 'householdTypes' },
  accessibility: { field: 'accessibility', href: 'accessibility' },
  languages: { field: 'languages', href: 'languages' },
  'address.line1': { field: 'line1', href: 'line1' },
  'address.line2': { field: 'line2', href: 'line2' },
  'address.town': { field: 'town', href: 'town' },
  'address.postcode': { field: 'postcode', href: 'postcode' },
  address: { field: 'line1', href: 'line1' },
};

/**
 * Placement's 400 against the question it names. Its `rooms.N…` count the rooms sent, so each is put back on
 * the row it came from (`rowsSent`): `rooms.0.beds.2.label` on the beds of the first row filled in.
 */
export function houseErrorsFromService(
  problems: readonly ServiceFieldProblem[],
  rowsSent: readonly number[] = [],
): FormError[] {
  const fields: Record<string, FieldOnPage> = { ...DETAIL_FIELDS };
  rowsSent.forEach((row, index) => {
    fields[`rooms.${index}.name`] = { field: `room${row}-name`, href: `room${row}-name` };
    fields[`rooms.${index}`] = { field: `room${row}-beds`, href: `room${row}-single` };
  });
  const onPage = problems.map((problem) => {
    const room = /^(rooms\.\d+)\.(?!name$)/.exec(problem.field);
    return room && fields[room[1]] ? { ...problem, field: room[1] } : problem;
  });
  return errorsFromService(onPage, fields, { field: 'name', href: 'name' });
}

/** The details questions' choices, what was typed (or the house has) checked. */
export function houseChoicesOf(typed: TypedHouseDetails | undefined, keptLanguages: readonly string[] = []) {
  const extra = keptLanguages.filter((code) => !(code in LANGUAGE_LABELS));
  const languages: Record<string, string> = { ...LANGUAGE_LABELS };
  for (const code of extra) languages[code] = `Language code ${code}`;
  return {
    area: choiceItemsOf(AREA_LABELS, typed?.area),
    householdTypes: choiceItemsOf(HOUSEHOLD_TYPE_LABELS, typed?.householdTypes),
    accessibility: choiceItemsOf(ACCESSIBILITY_LABELS, typed?.accessibility),
    languages: choiceItemsOf(languages, typed?.languages),
  };
}

/** The room rows of the add-a-house form, as typed or empty. */
export function roomRowsOf(rooms: readonly TypedRoom[] | undefined): (TypedRoom & { row: number })[] {
  return Array.from({ length: ROOM_ROWS }, (_, index) => ({
    row: index + 1,
    ...(rooms?.[index] ?? { name: '', single: '', double: '', cot: '' }),
  }));
}

// ---------------------------------------------------------------------------------------------
// Adding a bed to a house: to one of its rooms, or to a new room.

/** The radio value for "a new room"; existing rooms are chosen by id, which no room name can collide with. */
export const NEW_ROOM = 'new-room';

export interface TypedBed {
  room: string;
  newRoomName: string;
  label: string;
  kind: string;
}

export type ParsedAddBed =
  { ok: true; body: AddBedBody; typed: TypedBed } | { ok: false; errors: FormError[]; typed: TypedBed };

/** The add-a-bed form: a room of the house (or a new one, named), the bed's label and kind. */
export function parseAddBed(body: FormBody, house: HouseAnswer): ParsedAddBed {
  const typed: TypedBed = {
    room: oneValue(body, 'bedRoom'),
    newRoomName: oneValue(body, 'newRoomName'),
    label: oneValue(body, 'bedLabel'),
    kind: oneOf(body, 'bedKind', BED_KINDS) ?? '',
  };
  const errors: FormError[] = [];
  const existing = house.rooms.find((room) => room.roomId === typed.room);
  let roomName: string | undefined;
  let roomBeds: readonly { label: string }[] = [];
  if (existing) {
    roomName = existing.name;
    roomBeds = existing.beds;
  } else if (typed.room === NEW_ROOM) {
    if (typed.newRoomName === '') {
      errors.push({ field: 'newRoomName', href: 'newRoomName', text: 'Enter the name of the new room' });
    } else if (typed.newRoomName.length > MAX_ROOM_NAME) {
      errors.push({
        field: 'newRoomName',
        href: 'newRoomName',
        text: `The name of the new room must be ${MAX_ROOM_NAME} characters or fewer`,
      });
    } else {
      const same = house.rooms.find((room) => room.name === typed.newRoomName);
      roomName = typed.newRoomName;
      roomBeds = same?.beds ?? [];
    }
  } else {
    errors.push({ field: 'bedRoom', href: 'bedRoom', text: 'Select the room the bed is in' });
  }
  if (typed.label === '')
    errors.push({ field: 'bedLabel', href: 'bedLabel', text: 'Enter a label for the bed' });
  else if (typed.label.length > MAX_BED_LABEL) {
    errors.push({
      field: 'bedLabel',
      href: 'bedLabel',
      text: `The label must be ${MAX_BED_LABEL} characters or fewer`,
    });
  } else if (roomName && roomBeds.some((bed) => bed.label === typed.label)) {
    errors.push({
      field: 'bedLabel',
      href: 'bedLabel',
      text: `${roomName} already has a bed labelled ${typed.label}: enter another label`,
    });
  }
  if (!typed.kind) errors.push({ field: 'bedKind', href: 'bedKind', text: 'Select the kind of bed' });
  if (errors.length > 0 || !roomName) return { ok: false, errors, typed };
  return { ok: true, typed, body: { roomName, label: typed.label, kind: typed.kind as BedKind } };
}

/** Placement's 400 on a bed against the question it names. */
export function addBedErrorsFromService(
  problems: readonly ServiceFieldProblem[],
  typed: TypedBed,
): FormError[] {
  const room: FieldOnPage =
    typed.room === NEW_ROOM
      ? { field: 'newRoomName', href: 'newRoomName' }
      : { field: 'bedRoom', href: 'bedRoom' };
  return errorsFromService(
    problems,
    {
      roomName: room,
      label: { field: 'bedLabel', href: 'bedLabel' },
      kind: { field: 'bedKind', href: 'bedKind' },
    },
    { field: 'bedRoom', href: 'add-bed' },
  );
}

export interface AddBedFormView {
  /** The house's rooms; the page adds "A new room" after them, and the new room's name under the choice. */
  rooms: { value: string; text: string; checked: boolean }[];
  newRoom: { value: string; text: string; checked: boolean };
  kinds: { value: string; text: string; checked: boolean }[];
  typed: TypedBed;
}

/** The add-a-bed form: the house's rooms by name (with their beds now), and "A new room". */
export function addBedFormOf(house: HouseAnswer, typed?: TypedBed): AddBedFormView {
  const shown = typed ?? { room: '', newRoomName: '', label: '', kind: '' };
  return {
    rooms: house.rooms.map((room) => ({
      value: room.roomId,
      text: `${room.name} (${room.beds.length} ${room.beds.length === 1 ? 'bed' : 'beds'} now)`,
      checked: shown.room === room.roomId,
    })),
    newRoom: { value: NEW_ROOM, text: 'A new room', checked: shown.room === NEW_ROOM },
    kinds: choiceItemsOf(BED_KIND_LABELS, shown.kind),
    typed: shown,
  };
}
