import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import type {
  PlaceOfSafetyLapsedV1,
  PotentialVictimIdentifiedV1,
  PersonalDataErasedV1,
} from '@waypoint/contracts';
import type { EventContext } from './event-context';
import { OnEvent } from './on-event.decorator';

const IDENTIFIED = 'waypoint.identification.potential-victim-identified.v1';
const LAPSED = 'waypoint.identification.place-of-safety-lapsed.v1';

// The lines under @ts-expect-error are the point of this file: `tsc -p tsconfig.json --noEmit`
// (run by `npm test`) checks specs too, and fails if any of them compiles, i.e. if a handler's
// type string and its payload or context type are no longer linked.
class Handlers {
  @OnEvent(IDENTIFIED)
  async onIdentified(_payload: PotentialVictimIdentifiedV1, _context: EventContext<typeof IDENTIFIED>) {}

  @OnEvent(IDENTIFIED, LAPSED)
  async onEither(
    _payload: PotentialVictimIdentifiedV1 | PlaceOfSafetyLapsedV1,
    _context: EventContext<typeof IDENTIFIED | typeof LAPSED>,
  ) {}

  // @ts-expect-error another event's payload for the identified event
  @OnEvent(IDENTIFIED)
  async wrongPayload(_payload: PlaceOfSafetyLapsedV1, _context: EventContext) {}

  // @ts-expect-error a payload whose fields are a subset of the identified event's is still another event's
  @OnEvent(IDENTIFIED)
  async subsetPayload(_payload: PersonalDataErasedV1, _context: EventContext) {}

  // @ts-expect-error the context of another event
  @OnEvent(IDENTIFIED)
  async wrongContext(_payload: PotentialVictimIdentifiedV1, _context: EventContext<typeof LAPSED>) {}

  // @ts-expect-error one event's payload for a handler of two
  @OnEvent(IDENTIFIED, LAPSED)
  async narrowPayload(_payload: PotentialVictimIdentifiedV1, _context: EventContext) {}
}

describe('OnEvent', () => {
  it('registers the handler for its event type with Nest', () => {
    expect(Reflect.getMetadata(PATTERN_METADATA, Handlers.prototype.onIdentified)).toEqual([IDENTIFIED]);
  });

  it('registers a handler of several types for each of them', () => {
    expect(Reflect.getMetadata(PATTERN_METADATA, Handlers.prototype.onEither)).toEqual([IDENTIFIED, LAPSED]);
  });

  it('refuses to declare a handler for no event type', () => {
    expect(() => OnEvent()).toThrow('at least one event type');
  });
});
