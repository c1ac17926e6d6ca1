import { houseFixture } from '../../kit/placement/placement-fixtures';
import { formErrorsOf } from '../../kit/forms/form-errors';
import { renderPage } from '../../kit/rendering/page-renderer';
import type { SignedInUser } from '../../kit';
import {
  NEW_ROOM,
  addBedErrorsFromService,
  addBedFormOf,
  bedsOfCounts,
  houseChoicesOf,
  houseErrorsFromService,
  normalisePostcode,
  parseAddBed,
  parseHouseDetails,
  parseNewHouse,
  roomRowsOf,
  typedHouseDetailsOf,
} from './house-form';

const details = {
  name: 'Rowan House',
  area: 'solihull',
  householdTypes: ['women', 'families'],
  accessibility: 'step-free-access',
  languages: ['en', 'sq'],
  line1: '12 Example Road',
  line2: '',
  town: 'Solihull',
  postcode: 'b91 3qb',
};

const hrefsOf = (parsed: { ok: boolean; errors?: { href: string }[] }) =>
  !parsed.ok && parsed.errors ? parsed.errors.map((error) => error.href) : [];

describe("a house's details and address", () => {
  it('reads every question into placement’s body, the postcode in capitals with its space', () => {
    expect(parseHouseDetails(details)).toEqual({
      ok: true,
      typed: expect.objectContaining({ postcode: 'b91 3qb', accessibility: ['step-free-access'] }) as unknown,
      body: {
        name: 'Rowan House',
        area: 'solihull',
        householdTypes: ['women', 'families'],
        accessibility: ['step-free-access'],
        languages: ['en', 'sq'],
        address: { line1: '12 Example Road', town: 'Solihull', postcode: 'B91 3QB' },
      },
    });
  });

  it('sends address line 2 only when given, and no accessibility or language as empty lists', () => {
    const parsed = parseHouseDetails({
      ...details,
      line2: 'Flat 2',
      accessibility: undefined,
      languages: '',
    });
    expect(parsed.ok && parsed.body).toMatchObject({
      accessibility: [],
      languages: [],
      address: { line1: '12 Example Road', line2: 'Flat 2' },
    });
  });

  it('asks for every required question left empty, in the order of the page', () => {
    const parsed = parseHouseDetails({});
    expect(!parsed.ok && parsed.errors.map((error) => [error.href, error.text])).toEqual([
      ['name', 'Enter the name of the house'],
      ['area', 'Select the area the house is in'],
      ['householdTypes', 'Select who the house is for'],
      ['line1', 'Enter address line 1, typically the building and street'],
      ['town', 'Enter town or city'],
      ['postcode', 'Enter postcode'],
    ]);
  });

  it.each([
    ['name', { name: 'x'.repeat(121) }, 'The name of the house must be 120 characters or fewer'],
    ['area', { area: 'atlantis' }, 'Select the area the house is in'],
    ['householdTypes', { householdTypes: 'dragons' }, 'Select who the house is for from the list'],
    ['accessibility', { accessibility: 'jetpack' }, 'Select accessibility features from the list'],
    ['languages', { languages: 'xx' }, 'Select languages from the list'],
    ['line1', { line1: 'x'.repeat(121) }, 'Address line 1 must be 120 characters or fewer'],
    ['line2', { line2: 'x'.repeat(121) }, 'Address line 2 must be 120 characters or fewer'],
    ['town', { town: 'x'.repeat(61) }, 'Town or city must be 60 characters or fewer'],
    ['postcode', { postcode: 'B1' }, 'Enter a full UK postcode, like B1 1AA'],
  ])('refuses a wrong %s with its own message', (href, change, text) => {
    const parsed = parseHouseDetails({ ...details, ...change });
    expect(!parsed.ok && parsed.errors).toEqual([{ field: href, href, text }]);
  });

  it('keeps a language the house has that the console does not name, and only that one', () => {
    expect(parseHouseDetails({ ...details, languages: ['en', 'cy'] }, ['cy']).ok).toBe(true);
    expect(parseHouseDetails({ ...details, languages: ['en', 'cy'] }, []).ok).toBe(false);
    const choices = houseChoicesOf(undefined, ['cy']);
    expect(choices.languages.at(-1)).toEqual({ value: 'cy', text: 'Language code cy', checked: false });
  });

  it('normalises postcodes as typed', () => {
    expect(normalisePostcode(' cv1  2gt ')).toBe('CV1 2GT');
    expect(normalisePostcode('B11AA')).toBe('B1 1AA');
    expect(normalisePostcode('b1')).toBe('B1');
  });

  it('prefills the edit form from the house and its address', () => {
    const typed = typedHouseDetailsOf(houseFixture(), {
      houseId: houseFixture().houseId,
      line1: '1 Lane',
      town: 'Solihull',
      postcode: 'B91 3QB',
    });
    expect(typed).toEqual({
      name: 'Rowan House',
      area: 'solihull',
      householdTypes: ['women'],
      accessibility: ['step-free-access'],
      languages: ['en', 'sq'],
      line1: '1 Lane',
      line2: '',
      town: 'Solihull',
      postcode: 'B91 3QB',
    });
    const choices = houseChoicesOf(typed);
    expect(choices.area.find((item) => item.checked)?.value).toBe('solihull');
    expect(choices.languages.filter((item) => item.checked).map((item) => item.value)).toEqual(['en', 'sq']);
  });
});

describe('a new house’s rooms and beds', () => {
  it('labels singles and doubles Bed 1, Bed 2…, and cots apart', () => {
    expect(bedsOfCounts(1, 1, 2)).toEqual([
      { label: 'Bed 1', kind: 'single' },
      { label: 'Bed 2', kind: 'double' },
      { label: 'Cot 1', kind: 'cot' },
      { label: 'Cot 2', kind: 'cot' },
    ]);
  });

  it('sends the rows filled in, ignoring empty ones, and remembers which row each came from', () => {
    const parsed = parseNewHouse({
      ...details,
      'room1-name': 'Front room',
      'room1-single': '2',
      'room3-name': 'Back room',
      'room3-double': '1',
      'room3-cot': '1',
      'room4-single': '0',
    });
    expect(parsed.ok && parsed.body.rooms).toEqual([
      {
        name: 'Front room',
        beds: [
          { label: 'Bed 1', kind: 'single' },
          { label: 'Bed 2', kind: 'single' },
        ],
      },
      {
        name: 'Back room',
        beds: [
          { label: 'Bed 1', kind: 'double' },
          { label: 'Cot 1', kind: 'cot' },
        ],
      },
    ]);
    expect(parsed.ok && parsed.rowsSent).toEqual([1, 3]);
  });

  it('needs at least one room with a bed', () => {
    const parsed = parseNewHouse(details);
    expect(!parsed.ok && parsed.errors).toEqual([
      { field: 'room1-name', href: 'room1-name', text: 'Enter at least one room with a bed' },
    ]);
  });

  it.each([
    [{ 'room2-single': '1' }, 'room2-name', 'Enter the name of room 2'],
    [{ 'room2-name': 'Attic' }, 'room2-single', 'Enter how many beds room 2 has'],
    [
      { 'room2-name': 'Attic', 'room2-double': 'two' },
      'room2-double',
      'The number of double beds in room 2 must be a whole number, like 2',
    ],
    [
      { 'room2-name': 'Attic', 'room2-single': '10', 'room2-cot': '3' },
      'room2-single',
      'Room 2 can have at most 12 beds and cots',
    ],
    [
      { 'room2-name': 'front room', 'room2-single': '1' },
      'room2-name',
      'Room 2 needs a name of its own: another room is called front room',
    ],
    [
      { 'room2-name': 'x'.repeat(61), 'room2-single': '1' },
      'room2-name',
      'The name of room 2 must be 60 characters or fewer',
    ],
  ])('refuses a wrong room row (%j) on its own question', (row, href, text) => {
    const parsed = parseNewHouse({ ...details, 'room1-name': 'Front room', 'room1-single': '1', ...row });
    expect(!parsed.ok && parsed.errors.map((error) => [error.href, error.text])).toEqual([[href, text]]);
    expect(!parsed.ok && parsed.rooms[1]).toMatchObject({
      name: (row as Record<string, string>)['room2-name'] ?? '',
    });
  });

  it('reports the details and the rooms together', () => {
    expect(hrefsOf(parseNewHouse({ 'room1-name': 'Attic' }))).toEqual([
      'name',
      'area',
      'householdTypes',
      'line1',
      'town',
      'postcode',
      'room1-single',
    ]);
  });

  it('gives six room rows, the typed ones as typed', () => {
    const rows = roomRowsOf([{ name: 'Attic', single: '1', double: '', cot: '' }]);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({ row: 1, name: 'Attic', single: '1', double: '', cot: '' });
    expect(rows[5]).toEqual({ row: 6, name: '', single: '', double: '', cot: '' });
  });
});

describe("placement's refusals of a house", () => {
  it('puts each problem on the question it is about, a room on the row it came from', () => {
    expect(
      houseErrorsFromService(
        [
          { field: 'name', rule: 'unique', message: 'your agency already has a house named Rowan House' },
          { field: 'address.postcode', rule: 'matches', message: 'postcode must be a UK postcode' },
          { field: 'rooms.1.name', rule: 'unique', message: 'each room of a house needs its own name' },
          {
            field: 'rooms.0.beds.1.label',
            rule: 'unique',
            message: 'each bed of a room needs its own label',
          },
          { field: 'mystery', rule: 'x', message: 'something else' },
        ],
        [2, 5],
      ),
    ).toEqual([
      { field: 'name', href: 'name', text: 'Your agency already has a house named Rowan House' },
      { field: 'postcode', href: 'postcode', text: 'Postcode must be a UK postcode' },
      { field: 'room5-name', href: 'room5-name', text: 'Each room of a house needs its own name' },
      { field: 'room2-beds', href: 'room2-single', text: 'Each bed of a room needs its own label' },
      { field: 'name', href: 'name', text: 'Something else' },
    ]);
  });
});

describe('adding a bed', () => {
  const house = houseFixture();
  const roomId = house.rooms[0].roomId;

  it('adds to an existing room by its name', () => {
    expect(parseAddBed({ bedRoom: roomId, bedLabel: 'Bed 3', bedKind: 'double' }, house)).toEqual({
      ok: true,
      typed: { room: roomId, newRoomName: '', label: 'Bed 3', kind: 'double' },
      body: { roomName: 'Room 1', label: 'Bed 3', kind: 'double' },
    });
  });

  it('adds to a new room, named', () => {
    expect(
      parseAddBed(
        { bedRoom: NEW_ROOM, newRoomName: 'Attic', bedLabel: 'Cot 1', bedKind: 'cot', _csrf: 'x' },
        house,
      ),
    ).toMatchObject({ ok: true, body: { roomName: 'Attic', label: 'Cot 1', kind: 'cot' } });
  });

  it('asks for the room, the label and the kind', () => {
    const parsed = parseAddBed({}, house);
    expect(!parsed.ok && parsed.errors.map((error) => [error.href, error.text])).toEqual([
      ['bedRoom', 'Select the room the bed is in'],
      ['bedLabel', 'Enter a label for the bed'],
      ['bedKind', 'Select the kind of bed'],
    ]);
  });

  it.each([
    [{ bedRoom: NEW_ROOM }, 'newRoomName', 'Enter the name of the new room'],
    [
      { bedRoom: NEW_ROOM, newRoomName: 'x'.repeat(61) },
      'newRoomName',
      'The name of the new room must be 60 characters or fewer',
    ],
    [{ bedRoom: '99999999-9999-4999-8999-999999999999' }, 'bedRoom', 'Select the room the bed is in'],
    [{ bedLabel: 'Bed 1' }, 'bedLabel', 'Room 1 already has a bed labelled Bed 1: enter another label'],
    [
      { bedRoom: NEW_ROOM, newRoomName: 'Room 1', bedLabel: 'Cot' },
      'bedLabel',
      'Room 1 already has a bed labelled Cot: enter another label',
    ],
    [{ bedLabel: 'x'.repeat(61) }, 'bedLabel', 'The label must be 60 characters or fewer'],
    [{ bedKind: 'bunk' }, 'bedKind', 'Select the kind of bed'],
  ])('refuses %j on its own question', (change, href, text) => {
    const parsed = parseAddBed({ bedRoom: roomId, bedLabel: 'Bed 9', bedKind: 'single', ...change }, house);
    expect(!parsed.ok && parsed.errors.map((error) => [error.href, error.text])).toEqual([[href, text]]);
  });

  it("maps placement's refusal onto the form", () => {
    const typed = { room: NEW_ROOM, newRoomName: 'Attic', label: 'Bed 1', kind: 'single' };
    expect(
      addBedErrorsFromService(
        [
          { field: 'roomName', rule: 'length', message: 'roomName must be shorter' },
          { field: 'label', rule: 'unique', message: 'Attic already has a bed labelled Bed 1' },
        ],
        typed,
      ).map((error) => error.href),
    ).toEqual(['newRoomName', 'bedLabel']);
  });

  it("offers the house's rooms with their beds, and a new room, the chosen one checked", () => {
    const form = addBedFormOf(house, { room: NEW_ROOM, newRoomName: 'Attic', label: '', kind: 'cot' });
    expect(form.rooms).toEqual([{ value: roomId, text: 'Room 1 (3 beds now)', checked: false }]);
    expect(form.newRoom).toEqual({ value: NEW_ROOM, text: 'A new room', checked: true });
    expect(form.kinds.find((kind) => kind.checked)?.value).toBe('cot');
  });
});

describe('the house forms render', () => {
  const response = { locals: { cspNonce: 'test-nonce' } } as never;
  const user: SignedInUser = {
    userId: 'user-1',
    email: 'sam@example.org',
    displayName: 'Sam Staff',
    agencyName: 'Rowan Trust',
    principal: { subject: 'user-1', role: 'safe-house-staff', agency: 'rowan-trust' },
    csrfToken: 'csrf-123',
  };

  it('the add-a-house form with six room rows, its errors linked and inline', () => {
    const parsed = parseNewHouse({ 'room2-name': 'Attic' });
    const html = renderPage(response, 'safe-house/my-houses/house-details', {
      title: 'Add a house',
      user,
      navigation: 'houses',
      action: '/safe-house/houses/new',
      submit: 'Add house',
      errors: formErrorsOf(parsed.ok ? [] : parsed.errors),
      typed: parsed.typed,
      choices: houseChoicesOf(parsed.typed),
      rooms: roomRowsOf(parsed.rooms),
    });
    expect(html).toContain('name="_csrf" value="csrf-123"');
    expect(html.match(/name="room\d-name"/g)).toHaveLength(6);
    expect(html).toContain('href="#room2-single"');
    expect(html).toContain('id="room2-beds-error"');
    expect(html).toContain('value="Attic"');
    expect(html).toContain('Add house');
  });

  it('the edit form without rooms, prefilled', () => {
    const typed = typedHouseDetailsOf(houseFixture(), {
      houseId: houseFixture().houseId,
      line1: '1 Lane',
      town: 'Solihull',
      postcode: 'B91 3QB',
    });
    const html = renderPage(response, 'safe-house/my-houses/house-details', {
      title: 'Change house details',
      user,
      navigation: 'houses',
      houseId: houseFixture().houseId,
      houseName: 'Rowan House',
      action: `/safe-house/houses/${houseFixture().houseId}/edit`,
      submit: 'Save changes',
      typed,
      choices: houseChoicesOf(typed),
    });
    expect(html).not.toContain('room1-name');
    expect(html).toContain('value="B91 3QB"');
    expect(html).toMatch(/value="solihull" checked/);
    expect(html).toContain('Back to the house');
  });
});
