import { mintTokenFromFile, ROLES, type Role } from '@waypoint/auth';
import { prepareInfrastructure } from './environment';
import { DEMO_CREDENTIALS_FILE, seedDemoAccounts } from './demo-accounts';
import { startMesh } from './mesh';
import { describePlacementSeed, seedPlacement } from './seed-placement';
import { replayJourney } from './replay';
import { PROFILES, testProfile, type Profile } from './profiles';
import { stopBroker } from './kafka-broker';

const USAGE = `usage: waypoint <command>
  start                      start Kafka, Postgres databases and every service (dev profile); Ctrl-C stops
  up [dev|test|bench]        prepare infrastructure only and leave the broker running
  down [dev|test|bench]      stop that profile's broker
  seed-demo [dev|test|bench]  create the demo agencies and users (one per role) and print their sign-ins
  replay-journey [profile]   rebuild the journey read model from the topics (journey service stopped)
  token <role> <agency> [subject]
                             print a development service token (roles: ${ROLES.join(', ')})`;

function profileArg(value: string | undefined): Profile {
  const name = (value ?? 'dev') as Profile['name'];
  // 'test' honours WAYPOINT_TEST_SLOT, as the test tiers do.
  const profile = name === 'test' ? testProfile() : PROFILES[name];
  if (!profile) throw new Error(`unknown profile '${value}': dev, test or bench`);
  return profile;
}

async function start(): Promise<void> {
  // KAFKA_BROKERS points the mesh at an existing cluster instead of the project's own broker.
  const infra = await prepareInfrastructure(PROFILES.dev, { brokers: process.env.KAFKA_BROKERS });
  const credentials = await seedDemoAccounts(infra);
  const mesh = await startMesh(infra, { echo: process.env.WAYPOINT_QUIET !== '1' });
  // The mesh is healthy: the region's safe houses, through placement's API (skips houses already there).
  let placementSeed: string;
  try {
    placementSeed = describePlacementSeed(
      await seedPlacement({
        placementUrl: mesh.services.placement.url,
        privateKeyPath: infra.keys.privateKeyPath,
      }),
    );
  } catch (error) {
    await mesh.stop();
    await infra.stop();
    throw error;
  }
  const token = await mintTokenFromFile(infra.keys.privateKeyPath, {
    subject: 'demo-officer-1',
    role: 'first-responder',
    agency: 'west-midlands-police',
  });
  const { gateway, identification, referral, journey, placement } = mesh.services;
  console.log(`
Waypoint is running (dev profile).
  gateway         ${gateway.url}   sign in: ${gateway.url}/sign-in; JSON API under /api (one entry point)
  identification  ${identification.url}   POST /identifications, GET /identifications/:journeyId
  referral        ${referral.url}   GET /referrals/:journeyId
  journey         ${journey.url}   GET /journeys/:journeyId
  placement       ${placement.url}   GET /houses, POST /placement-requests, GET /placement-requests/:id/matches
  health          GET <service>/health (no token)
  Kafka           ${infra.brokers}
  logs            .local/logs/dev-<service>.log

${placementSeed}

${describeCredentials(credentials)}

A first-responder token for agency west-midlands-police (valid 1 hour):
  export TOKEN=${token}
Another:  npm run infra -- token <role> <agency>

Try it:
  curl -s -X POST ${identification.url}/identifications -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
    -d '{"ageGroup":"adult","consent":"given","exploitationTypes":["labour"],"countyLines":false,"exploitedIn":"uk","indicators":["SIT-04"],"area":"birmingham","firstResponderOrganisationType":"police","personalDetails":{"fullName":"A Person"}}'
  curl -s ${journey.url}/journeys/<journeyId> -H "authorization: Bearer $TOKEN"

Ctrl-C stops the services and the broker.`);
  let stopping = false;
  const shutdown = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping services (draining in-flight work)…');
    await mesh.stop();
    await infra.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

function describeCredentials(credentials: Awaited<ReturnType<typeof seedDemoAccounts>>): string {
  const rows = credentials.map(
    (user) => `  ${user.role.padEnd(17)} ${user.email.padEnd(38)} ${user.password}   (${user.agencyId})`,
  );
  return `Demo sign-ins (kept in ${DEMO_CREDENTIALS_FILE}, mode 0600):\n${rows.join('\n')}`;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case 'start':
      return start();
    case 'up': {
      const infra = await prepareInfrastructure(profileArg(args[0]));
      console.log(`ready: KAFKA_BROKERS=${infra.brokers}`);
      return;
    }
    case 'seed-demo': {
      const infra = await prepareInfrastructure(profileArg(args[0]));
      try {
        console.log(describeCredentials(await seedDemoAccounts(infra)));
      } finally {
        await infra.stop();
      }
      return;
    }
    case 'replay-journey': {
      const infra = await prepareInfrastructure(profileArg(args[0]));
      await replayJourney(infra);
      console.log(
        'journey read model emptied and its consumer group rewound; start the journey service to rebuild',
      );
      return;
    }
    case 'down':
      await stopBroker(profileArg(args[0]).broker);
      return;
    case 'token': {
      const [role, agency, subject] = args;
      if (!role || !(ROLES as readonly string[]).includes(role) || !agency) throw new Error(USAGE);
      const infra = await import('./profiles');
      const { ensureDevelopmentKeyPair } = await import('@waypoint/auth');
      const keys = ensureDevelopmentKeyPair(infra.KEYS_DIR);
      console.log(
        await mintTokenFromFile(keys.privateKeyPath, {
          role: role as Role,
          agency,
          subject: subject ?? `${role}-demo`,
        }),
      );
      return;
    }
    default:
      throw new Error(USAGE);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
