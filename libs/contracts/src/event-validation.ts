import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import {
  EVENT_CATALOGUE,
  isKnownEventType,
  subjectFieldOf,
  type EventType,
  type PayloadOf,
} from './catalogue';
import { CloudEventEnvelope, type CloudEvent } from './cloud-event';

export type DecodedEvent =
  { ok: true; event: CloudEvent<PayloadOf<EventType>, EventType> } | { ok: false; reason: string };

/** Flattens class-validator errors into `path: rule` lines, e.g. `data.ageGroup: isIn`. */
export function describeValidationErrors(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((rule) => `${path}: ${rule}`);
    return [...own, ...describeValidationErrors(error.children ?? [], path)];
  });
}

const STRICT = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true } as const;

/**
 * Decodes a Kafka message value into a catalogued, validated event. Every consumer goes through
 * here, so a payload is held to the same rules at the Kafka edge as at the HTTP edge.
 */
export function decodeEvent(raw: Buffer | string | null): DecodedEvent {
  if (raw === null) return { ok: false, reason: 'empty message value' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8'));
  } catch (error) {
    return { ok: false, reason: `value is not JSON: ${(error as Error).message}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, reason: 'value is not a JSON object' };
  }
  const envelope = plainToInstance(CloudEventEnvelope, parsed);
  const envelopeErrors = validateSync(envelope, { forbidUnknownValues: true });
  if (envelopeErrors.length > 0) {
    return { ok: false, reason: `invalid envelope: ${describeValidationErrors(envelopeErrors).join('; ')}` };
  }
  if (!isKnownEventType(envelope.type)) {
    return { ok: false, reason: `unknown event type: ${envelope.type}` };
  }
  const payload = plainToInstance(EVENT_CATALOGUE[envelope.type].payload as new () => object, envelope.data);
  const payloadErrors = validateSync(payload, STRICT);
  if (payloadErrors.length > 0) {
    return {
      ok: false,
      reason: `invalid ${envelope.type} payload: ${describeValidationErrors(payloadErrors, 'data').join('; ')}`,
    };
  }
  // Consumers key their effects by either field; an event naming two journeys (or houses) is refused.
  const field = subjectFieldOf(envelope.type);
  if ((payload as Record<string, unknown>)[field] !== envelope.subject) {
    return { ok: false, reason: `subject ${envelope.subject} is not the payload's ${field}` };
  }
  const event = { ...(parsed as CloudEvent), data: payload } as CloudEvent<PayloadOf<EventType>, EventType>;
  return { ok: true, event };
}

/** Producers validate too: an event that would be refused downstream never reaches the outbox. */
export function assertValidPayload<T extends EventType>(type: T, data: PayloadOf<T>): void {
  const payload = plainToInstance(EVENT_CATALOGUE[type].payload as new () => object, data as object);
  const errors = validateSync(payload, STRICT);
  if (errors.length > 0) {
    throw new Error(
      `refusing to publish invalid ${type}: ${describeValidationErrors(errors, 'data').join('; ')}`,
    );
  }
}
