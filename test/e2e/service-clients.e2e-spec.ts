/**
 * The gateway's service clients are typed from each service's own OpenAPI document. This
 * regenerates the types from the documents the running services serve and fails on any
 * difference from the checked-in files, so an answer shape can never change unseen by its callers.
 * `npm run clients:generate` runs this file with WAYPOINT_WRITE_CLIENTS=1 to write them instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../infra/src/profiles';
import { CLIENT_SERVICES, clientTypesPath, generateClientTypes } from '../support/generate-client-types';
import { bearer, http, uniqueAgency, urlsOf, useExclusiveMesh } from './support/e2e';

const mesh = useExclusiveMesh();
const writing = process.env.WAYPOINT_WRITE_CLIENTS === '1';

describe('generated service clients', () => {
  it.each(CLIENT_SERVICES)(
    "the %s types are those of the running service's own OpenAPI document",
    async (service) => {
      const token = await bearer('first-responder', uniqueAgency('clients'));
      const document = await http<object>('GET', `${urlsOf(mesh())[service]}/openapi.json`, { token });
      expect(document.status).toBe(200);
      const generated = generateClientTypes(service, document.body);
      const file = path.join(REPO_ROOT, clientTypesPath(service));
      if (writing) writeFileSync(file, generated);
      const checkedIn = readFileSync(file, 'utf8');
      if (checkedIn !== generated) {
        throw new Error(
          `${clientTypesPath(service)} differs from the ${service} service's OpenAPI document: run \`npm run clients:generate\` and commit the result`,
        );
      }
    },
  );
});
