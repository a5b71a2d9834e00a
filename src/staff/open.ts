// Where staff accounts live, chosen as the hotel system's store is: PostgreSQL when the deployment has a
// DATABASE_URL (shared by every instance), otherwise staff.sqlite in the data folder beside the bookings.
import { join } from 'node:path';
import { PostgresStaffStore } from './staff-postgres.ts';
import { SqliteStaffStore } from './staff-sqlite.ts';
import type { StaffStore } from './types.ts';

export interface StaffStoreLocation {
  /** PORTIER_DATA_DIR: where staff.sqlite is kept without a database URL. */
  dataDir: string;
  /** DATABASE_URL (postgresql://…): when set, the staff tables live there, in the hotel's schema. */
  databaseUrl?: string | null;
  /** PostgreSQL schema, default "portier" (tests use one of their own). */
  schema?: string;
}

export async function openStaffStore(location: StaffStoreLocation, now?: () => Date): Promise<StaffStore> {
  if (location.databaseUrl) return PostgresStaffStore.open({ connectionString: location.databaseUrl, schema: location.schema, now });
  return new SqliteStaffStore(join(location.dataDir, 'staff.sqlite'), now);
}
