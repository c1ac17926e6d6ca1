import type { Principal } from '@waypoint/auth';
import type { EntityManager } from 'typeorm';

export type SealedSubjectKind = 'house-address' | 'risk-notes';

/** Every opening of a sealed value, in the transaction that opens it: the read and its record commit together. */
export async function auditSealedRead(
  manager: EntityManager,
  kind: SealedSubjectKind,
  subjectId: string,
  reader: Principal,
  purpose: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO sealed_read (subject_kind, subject_id, reader_subject, reader_agency, reader_role, purpose)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [kind, subjectId, reader.subject, reader.agency, reader.role, purpose],
  );
}
