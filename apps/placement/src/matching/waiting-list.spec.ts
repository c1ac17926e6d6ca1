import fc from 'fast-check';
import type { MatchHouse } from './matching';
import { prioritise, requestsFitting, URGENCIES, type Urgency, type WaitingRequest } from './waiting-list';

const at = (iso: string) => new Date(iso);
const entry = (requestId: string, urgency: Urgency, waitingSince: string) => ({
  requestId,
  urgency,
  waitingSince: at(waitingSince),
});

describe('prioritise', () => {
  it('puts the most urgent first, then the longest waiting, then by requestId', () => {
    const sut = prioritise([
      entry('planned-old', 'planned', '2026-01-01T09:00:00Z'),
      entry('urgent-new', 'urgent', '2026-03-02T10:00:00Z'),
      entry('emergency-new', 'emergency', '2026-03-02T11:00:00Z'),
      entry('urgent-old', 'urgent', '2026-03-01T08:00:00Z'),
      entry('emergency-b', 'emergency', '2026-03-02T09:00:00Z'),
      entry('emergency-a', 'emergency', '2026-03-02T09:00:00Z'),
    ]);
    expect(sut.map((r) => r.requestId)).toEqual([
      'emergency-a',
      'emergency-b',
      'emergency-new',
      'urgent-old',
      'urgent-new',
      'planned-old',
    ]);
  });

  it('returns a new array and leaves the input in its order', () => {
    const input = [
      entry('b', 'planned', '2026-01-02T00:00:00Z'),
      entry('a', 'emergency', '2026-01-03T00:00:00Z'),
    ];
    const sut = prioritise(input);
    expect(sut).not.toBe(input);
    expect(input.map((r) => r.requestId)).toEqual(['b', 'a']);
  });

  it('refuses an invalid date rather than sorting it anywhere', () => {
    expect(() =>
      prioritise([entry('a', 'urgent', 'not a date'), entry('b', 'urgent', '2026-01-01')]),
    ).toThrow(/request a has an invalid waitingSince/);
  });

  it('gives one order whatever the input order', () => {
    const waiting = fc.uniqueArray(
      fc.record({
        requestId: fc.string({ minLength: 1, maxLength: 4 }),
        urgency: fc.constantFrom(...URGENCIES),
        waitingSince: fc.date({ min: at('2026-01-01'), max: at('2026-01-03'), noInvalidDate: true }),
      }),
      { selector: (r) => r.requestId, maxLength: 12 },
    );
    fc.assert(
      fc.property(
        waiting.chain((ws) => fc.tuple(fc.constant(ws), fc.shuffledSubarray(ws, { minLength: ws.length }))),
        ([ws, shuffled]) => {
          const sut = prioritise(ws);
          expect(prioritise(shuffled)).toEqual(sut);
          for (let i = 1; i < sut.length; i++) {
            const [a, b] = [sut[i - 1], sut[i]];
            const rank = URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency);
            expect(rank < 0 || (rank === 0 && a.waitingSince.getTime() <= b.waitingSince.getTime())).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('requestsFitting', () => {
  const house: MatchHouse = {
    houseId: 'h1',
    providerId: 'provider-1',
    name: 'Oak House',
    householdTypes: ['women', 'families'],
    area: 'coventry',
    accessibility: ['step-free-access'],
    languages: ['en'],
    rooms: [
      {
        roomId: 'r1',
        beds: [
          { bedId: 'b1', kind: 'double', free: true },
          { bedId: 'b2', kind: 'single', free: false },
        ],
      },
    ],
  };
  const waiting = (
    requestId: string,
    urgency: Urgency,
    since: string,
    rest: Partial<WaitingRequest> = {},
  ) => ({
    requestId,
    urgency,
    waitingSince: at(since),
    householdType: 'women' as const,
    dependants: [],
    accessibilityNeeds: [],
    languages: ['en'],
    pregnant: false,
    avoidAreas: ['birmingham' as const],
    exploitationArea: 'birmingham' as const,
    ...rest,
  });

  it('answers the waiting requests the house now takes, in priority order, with the beds each would use', () => {
    const sut = requestsFitting(house, [
      waiting('planned-woman', 'planned', '2026-01-01T00:00:00Z'),
      waiting('man', 'emergency', '2026-01-01T00:00:00Z', { householdType: 'men' }),
      waiting('mother', 'urgent', '2026-01-05T00:00:00Z', { dependants: [{ age: 6 }] }),
      waiting('teenager-too', 'emergency', '2026-01-02T00:00:00Z', { dependants: [{ age: 15 }] }),
      waiting('needs-a-lift', 'emergency', '2026-01-01T00:00:00Z', { accessibilityNeeds: ['lift'] }),
      waiting('from-coventry', 'emergency', '2026-01-01T00:00:00Z', {
        exploitationArea: 'coventry',
        avoidAreas: ['coventry'],
      }),
      waiting('urgent-woman', 'urgent', '2026-01-02T00:00:00Z'),
    ]);
    expect(sut.map((r) => [r.requestId, r.urgency, r.placement.roomId, r.placement.bedIds])).toEqual([
      ['urgent-woman', 'urgent', 'r1', ['b1']],
      ['mother', 'urgent', 'r1', ['b1']],
      ['planned-woman', 'planned', 'r1', ['b1']],
    ]);
  });

  it('answers nothing when the house still has no free bed', () => {
    const full: MatchHouse = {
      ...house,
      rooms: [{ roomId: 'r1', beds: [{ bedId: 'b1', kind: 'single', free: false }] }],
    };
    expect(requestsFitting(full, [waiting('a', 'emergency', '2026-01-01T00:00:00Z')])).toEqual([]);
  });
});
