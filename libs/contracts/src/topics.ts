/**
 * One topic per producing service, keyed by journey id so each survivor's events stay in order; and
 * placement's house capacity, keyed by house id (counts of beds, about no one).
 */
export const TOPICS = {
  identification: 'waypoint.identification.events',
  referral: 'waypoint.referral.events',
  placement: 'waypoint.placement.events',
  placementCapacity: 'waypoint.placement.capacity',
} as const;
export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

/** Consumer groups; each has its own dead-letter topic. */
export const CONSUMER_GROUPS = {
  identification: 'waypoint.identification',
  referral: 'waypoint.referral',
  journey: 'waypoint.journey',
  placement: 'waypoint.placement',
} as const;
export type ConsumerGroup = (typeof CONSUMER_GROUPS)[keyof typeof CONSUMER_GROUPS];

export function deadLetterTopicOf(group: string): string {
  return `${group}.dlq`;
}

export const TOPIC_PARTITIONS = 6;

export function allTopics(): string[] {
  return [...Object.values(TOPICS), ...Object.values(CONSUMER_GROUPS).map(deadLetterTopicOf)];
}
