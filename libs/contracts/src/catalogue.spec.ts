import { getMetadataStorage } from 'class-validator';
import {
  EVENT_CATALOGUE,
  isJourneyEventType,
  isKnownEventType,
  subjectFieldOf,
  topicOf,
  type EventType,
} from './catalogue';
import { TOPICS } from './topics';

/** Fragments of property names that suggest personal data, which must never enter Kafka. */
const PERSONAL_DATA_HINTS = [
  'name',
  'fullname',
  'dateofbirth',
  'birth',
  'dob',
  'nationality',
  'contact',
  'address',
  'phone',
  'email',
  'notes',
];

const catalogue = Object.entries(EVENT_CATALOGUE) as [EventType, (typeof EVENT_CATALOGUE)[EventType]][];

/** Every property a payload class declares: validated ones, and fields set up by the constructor. */
function declaredProperties(payload: new () => object): string[] {
  const validated = getMetadataStorage()
    .getTargetValidationMetadatas(payload, '', true, false)
    .map((metadata) => metadata.propertyName);
  return [...new Set([...validated, ...Object.keys(new payload())])];
}

function suggestsPersonalData(property: string): boolean {
  const normalised = property.toLowerCase().replace(/[^a-z]/g, '');
  return PERSONAL_DATA_HINTS.some((hint) => normalised.includes(hint));
}

describe('EVENT_CATALOGUE', () => {
  describe('data minimisation', () => {
    it.each(catalogue)('%s declares no property whose name suggests personal data', (type, entry) => {
      const properties = declaredProperties(entry.payload);

      // Its subject: the journey, or for a house's event the house (about no one).
      expect(properties).toContain(subjectFieldOf(type));
      expect(properties.filter(suggestsPersonalData)).toEqual([]);
    });

    it.each([
      'fullName',
      'dateOfBirth',
      'nationality',
      'contact',
      'homeAddress',
      'phoneNumber',
      'email',
      'notes',
    ])('the guard recognises %s as personal data', (property) => {
      expect(suggestsPersonalData(property)).toBe(true);
    });
  });

  it.each(catalogue)('%s is a literal, versioned type name of its producer', (type, entry) => {
    expect(type).toMatch(new RegExp(`^waypoint\\.${entry.producer}\\.[a-z-]+\\.v\\d+$`));
  });

  it.each(catalogue)(
    '%s is published on its producer topic (a house event on the producer capacity topic)',
    (type, entry) => {
      expect(topicOf(type)).toBe(
        isJourneyEventType(type) ? TOPICS[entry.producer] : TOPICS.placementCapacity,
      );
    },
  );

  it('recognises catalogued types and nothing else', () => {
    expect(isKnownEventType('waypoint.referral.nrm-referral-submitted.v1')).toBe(true);
    expect(isKnownEventType('waypoint.referral.nrm-referral-submitted.v2')).toBe(false);
    expect(isKnownEventType('toString')).toBe(false);
    expect(isKnownEventType('__proto__')).toBe(false);
  });
});
