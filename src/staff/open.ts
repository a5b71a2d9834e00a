// Where staff accounts live: staff.sqlite in the data folder, beside the hotel's bookings.
import { join } from 'node:path';
import { SqliteStaffStore } from './staff-sqlite.ts';
import type { StaffStore } from './types.ts';

export function openStaffStore(dataDir: string, now?: () => Date): StaffStore {
  return new SqliteStaffStore(join(dataDir, 'staff.sqlite'), now);
}
