import { allTopics, TOPIC_PARTITIONS } from '@waypoint/contracts';
import { Kafka, logLevel } from 'kafkajs';

/** Topics are created explicitly (auto-create is off on our brokers) with several partitions. */
export async function ensureTopics(brokers: string): Promise<string[]> {
  const kafka = new Kafka({
    clientId: 'waypoint-infra',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = allTopics().filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: TOPIC_PARTITIONS,
          replicationFactor: 1,
          configEntries: [{ name: 'min.insync.replicas', value: '1' }],
        })),
      });
    }
    return missing;
  } finally {
    await admin.disconnect();
  }
}
