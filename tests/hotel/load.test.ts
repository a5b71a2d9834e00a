import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ProjectLoadError } from '../../src/config/errors.ts';
import { loadHotel, parseHotel } from '../../src/config/hotel-file.ts';

test('loads the default hotel', () => {
  const h = loadHotel('data/hotel.yml');
  assert.equal(h.hotel.timezone, 'Europe/Moscow');
  assert.deepEqual(
    h.room_types.map((r) => r.code),
    ['standard', 'comfort', 'family', 'suite'],
  );
  assert.equal(h.room_types.find((r) => r.code === 'suite')?.price_weekend, 18000);
  assert.match(h.policies['pets'] ?? '', /8 кг/);
});

test('a wrong field is reported with file:line', () => {
  const text = `hotel:
  name: X
  timezone: Europe/Nowhere
  currency: RUB
  phone: "1"
  check_in_time: "14:00"
  check_out_time: "12:00"
room_types:
  - code: standard
    name: S
    max_guests: two
    count: 1
    price_weekday: 1
    price_weekend: 1
`;
  assert.throws(
    () => parseHotel('h.yml', text),
    (e: unknown) => {
      assert.ok(e instanceof ProjectLoadError);
      assert.match(e.message, /h\.yml:3:\d+: error: hotel\.timezone: unknown IANA time zone/);
      assert.match(e.message, /h\.yml:11:\d+: error: room_types\.0\.max_guests/);
      return true;
    },
  );
});

test('a missing file is a clear error', () => {
  assert.throws(() => loadHotel('nope/hotel.yml'), /nope\/hotel\.yml:1:1: error: cannot read the hotel description: file not found/);
});

test('duplicate room codes are refused', () => {
  const text = `hotel: {name: X, timezone: UTC, currency: RUB, phone: "1", check_in_time: "14:00", check_out_time: "12:00"}
room_types:
  - {code: a, name: A, max_guests: 1, count: 1, price_weekday: 1, price_weekend: 1}
  - {code: a, name: B, max_guests: 1, count: 1, price_weekday: 1, price_weekend: 1}
`;
  assert.throws(() => parseHotel('d.yml', text), /d\.yml:4:\d+: error: room_types\.1\.code: duplicate room type code "a"/);
});

test('broken YAML syntax is reported with its position', () => {
  assert.throws(() => parseHotel('b.yml', 'hotel: [\n'), /b\.yml:\d+:\d+: error:/);
});
