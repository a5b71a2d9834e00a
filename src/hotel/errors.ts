// Typed errors of the hotel system. Messages are Russian so they can reach a caller or a staff member as is.

export type HotelField =
  | 'room_type'
  | 'check_in'
  | 'check_out'
  | 'adults'
  | 'children'
  | 'children_ages'
  | 'guest_name'
  | 'phone'
  | 'email'
  | 'special_requests'
  | 'code'
  | 'body';

/** Input that breaks a booking rule; `field` names the offending request field. */
export class HotelValidationError extends Error {
  constructor(
    readonly field: HotelField,
    readonly reason: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HotelValidationError';
  }
}

/** No room of the asked type is free on every night of the stay. */
export class NoAvailabilityError extends Error {
  constructor(
    readonly room_type: string,
    readonly check_in: string,
    readonly check_out: string,
  ) {
    super(`нет свободных номеров типа ${room_type} с ${check_in} по ${check_out}`);
    this.name = 'NoAvailabilityError';
  }
}

export class BookingNotFoundError extends Error {
  constructor(readonly code: string) {
    super(`бронирование ${code} не найдено`);
    this.name = 'BookingNotFoundError';
  }
}

/** The store itself failed (connection, migration); carries the store name for the log. */
export class HotelStoreError extends Error {
  constructor(
    readonly store: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${store}: ${message}`, options);
    this.name = 'HotelStoreError';
  }
}
