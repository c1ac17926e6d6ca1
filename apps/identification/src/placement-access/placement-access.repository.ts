import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

@Injectable()
export class PlacementAccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Idempotent: a redelivered acceptance changes nothing, and a revoked grant is not reopened by it. */
  async grant(
    manager: EntityManager,
    grant: { offerId: string; requestId: string; journeyId: string; agency: string; grantedAt: Date },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO placement_access_grant (offer_id, request_id, journey_id, agency, granted_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (offer_id) DO NOTHING`,
      [grant.offerId, grant.requestId, grant.journeyId, grant.agency, grant.grantedAt],
    );
  }

  async revokeRequest(manager: EntityManager, requestId: string, at: Date): Promise<void> {
    await manager.query(
      'UPDATE placement_access_grant SET revoked_at = $2 WHERE request_id = $1 AND revoked_at IS NULL',
      [requestId, at],
    );
  }

  /**
   * Records a stay's end that arrived before its acceptance (events of one journey keep their order on
   * the topic, but a replay after a reset must still end revoked): the grant is written already revoked.
   */
  async revokedBeforeGranted(
    manager: EntityManager,
    grant: { offerId: string; requestId: string; journeyId: string; agency: string; at: Date },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO placement_access_grant (offer_id, request_id, journey_id, agency, granted_at, revoked_at)
       VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (offer_id) DO UPDATE SET revoked_at = coalesce(placement_access_grant.revoked_at, $5)`,
      [grant.offerId, grant.requestId, grant.journeyId, grant.agency, grant.at],
    );
  }

  async hasOpenGrant(
    journeyId: string,
    agency: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM placement_access_grant WHERE journey_id = $1 AND agency = $2 AND revoked_at IS NULL',
      [journeyId, agency],
    );
    return rows.length > 0;
  }
}
