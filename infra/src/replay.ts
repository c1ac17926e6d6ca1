import { CONSUMER_GROUPS, TOPICS } from '@waypoint/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import type { PreparedInfrastructure } from './environment';

/**
 * Rebuilds the journey read model from the topics: the journey consumer group goes back to
 * offset zero and the projection (with its inbox) is emptied, so the next journey start replays
 * every event. The journey service must be stopped: Kafka refuses to move an active group.
 */
export async function replayJourney(infra: PreparedInfrastructure): Promise<void> {
  const kafka = new Kafka({
    clientId: 'waypoint-replay',
    brokers: infra.brokers.split(','),
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([CONSUMER_GROUPS.journey]);
    if (groups.some((group) => group.members.length > 0)) {
      throw new Error(`stop the journey service first: group ${CONSUMER_GROUPS.journey} has active members`);
    }
    for (const topic of [TOPICS.identification, TOPICS.referral]) {
      await admin.resetOffsets({ groupId: CONSUMER_GROUPS.journey, topic, earliest: true });
    }
  } finally {
    await admin.disconnect();
  }
  const database = infra.databases.find((spec) => spec.service === 'journey')!;
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('TRUNCATE journey_event, journey');
    await client.query('DELETE FROM inbox_message WHERE consumer = $1', [CONSUMER_GROUPS.journey]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}
