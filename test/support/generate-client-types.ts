import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

export const CLIENT_SERVICES = ['identification', 'referral', 'journey', 'placement'] as const;
export type ClientService = (typeof CLIENT_SERVICES)[number];

/** Where a service's generated types are checked in, relative to the repository root. */
export function clientTypesPath(service: ClientService): string {
  return `libs/clients/src/generated/${service}.ts`;
}

/**
 * The TypeScript types of a service's HTTP API, from the OpenAPI document the service itself
 * serves at /openapi.json. The same function writes the checked-in files and, in the e2e tier,
 * regenerates them from the running services to detect drift, so both always agree on format.
 */
export async function generateClientTypesInProcess(
  service: ClientService,
  document: object,
): Promise<string> {
  // Loaded here, not at the top: only the child process (below) may load it, never jest.
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const nodes = await openapiTS(document as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
    exportType: false,
  });
  return [
    `/**`,
    ` * Generated from the ${service} service's own OpenAPI document (GET /openapi.json) by`,
    ` * \`npm run clients:generate\`. Do not edit: the e2e tier regenerates it from the running`,
    ` * service and fails on any difference.`,
    ` */`,
    astToString(nodes),
  ].join('\n');
}

/**
 * The same, in a child process: openapi-typescript loads ES modules through require(), which Node
 * 20.19+ does natively but jest's module runtime does not (jest supports it from Node 24.9).
 */
export function generateClientTypes(service: ClientService, document: object): string {
  const tsx = path.resolve(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  return execFileSync(tsx, [__filename, service], {
    input: JSON.stringify(document),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
}

async function main(service: string): Promise<void> {
  if (!(CLIENT_SERVICES as readonly string[]).includes(service))
    throw new Error(`unknown service ${service}`);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const document = JSON.parse(Buffer.concat(chunks).toString('utf8')) as object;
  process.stdout.write(await generateClientTypesInProcess(service as ClientService, document));
}

if (require.main === module) {
  main(process.argv[2] ?? '').catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
