import { readFileSync } from 'node:fs';
import type { Provider } from '@nestjs/common';
import { SERVICE_ENVIRONMENT } from '@waypoint/platform';
import { EnvelopeCipher, masterKeyFromBase64, SealingError, type WrappedKey } from '@waypoint/sealing';
import type { PlacementEnvironment } from '../placement-environment';

/*
 * Placement seals two things (libs/sealing): a safe house's address, under the house's own data key,
 * and a placement request's risk notes, under the journey's key, which `personal-data-erased`
 * destroys. The contexts are bound into every seal and must never change, or stored values stop
 * opening; they differ from identification's, so a value cannot be moved between the two.
 */

export class PlacementSealingError extends SealingError {
  override readonly name = 'PlacementSealingError';
}

export interface HouseAddress {
  line1: string;
  line2?: string;
  town: string;
  postcode: string;
}

export class PlacementSealing {
  private readonly houses: EnvelopeCipher;
  private readonly journeys: EnvelopeCipher;

  constructor(masterKey: Buffer) {
    this.houses = new EnvelopeCipher(
      masterKey,
      {
        key: (houseId) => `waypoint:house-data-key:v1:${houseId}`,
        value: (houseId) => `waypoint:house-address:v1:${houseId}`,
      },
      PlacementSealingError,
    );
    this.journeys = new EnvelopeCipher(
      masterKey,
      {
        key: (journeyId) => `waypoint:placement-journey-key:v1:${journeyId}`,
        value: (journeyId) => `waypoint:placement-risk-notes:v1:${journeyId}`,
      },
      PlacementSealingError,
    );
  }

  static fromBase64(text: string): PlacementSealing {
    return new PlacementSealing(masterKeyFromBase64(text, PlacementSealingError));
  }

  sealAddress(houseId: string, address: HouseAddress): { sealed: Buffer; wrapped: WrappedKey } {
    const { dataKey, wrapped } = this.houses.newSubjectKey(houseId);
    return { sealed: this.houses.sealValue(houseId, dataKey, address), wrapped };
  }

  openAddress(houseId: string, wrapped: WrappedKey, sealed: Buffer): HouseAddress {
    return this.houses.openValue<HouseAddress>(
      houseId,
      this.houses.unwrapSubjectKey(houseId, wrapped),
      sealed,
    );
  }

  newJourneyKey(journeyId: string): { dataKey: Buffer; wrapped: WrappedKey } {
    return this.journeys.newSubjectKey(journeyId);
  }

  journeyKey(journeyId: string, wrapped: WrappedKey): Buffer {
    return this.journeys.unwrapSubjectKey(journeyId, wrapped);
  }

  sealRiskNotes(journeyId: string, dataKey: Buffer, notes: string): Buffer {
    return this.journeys.sealValue(journeyId, dataKey, notes);
  }

  openRiskNotes(journeyId: string, dataKey: Buffer, sealed: Buffer): string {
    return this.journeys.openValue<string>(journeyId, dataKey, sealed);
  }
}

export const placementSealingProvider: Provider = {
  provide: PlacementSealing,
  inject: [SERVICE_ENVIRONMENT],
  useFactory: (env: PlacementEnvironment) =>
    PlacementSealing.fromBase64(readFileSync(env.PLACEMENT_SEALING_KEY_PATH, 'utf8')),
};
