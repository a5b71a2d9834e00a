import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compilePythonRegex } from '../../../src/engine/flows/python-regex.ts';

describe('compilePythonRegex: braces as Python reads them', () => {
  test('a brace that starts no quantifier is itself (JSON in a text_matches)', () => {
    const re = compilePythonRegex('Your transactions:\\n {"amount": 500}');
    assert.equal(re.test('Your transactions:\n {"amount": 500}'), true);
    assert.equal(re.test('Your transactions: {"amount": 500}'), false);
    assert.equal(compilePythonRegex('a{}b').test('a{}b'), true);
    assert.equal(compilePythonRegex('x]y').test('x]y'), true);
  });
  test('quantifiers stay quantifiers, {,m} included', () => {
    assert.equal(compilePythonRegex('^\\d{4}$').test('2026'), true);
    assert.equal(compilePythonRegex('^\\d{4}$').test('202'), false);
    assert.equal(compilePythonRegex('^a{2,}$').test('aaa'), true);
    assert.equal(compilePythonRegex('^a{,2}$').test('aaa'), false);
    assert.equal(compilePythonRegex('^a{,2}$').test('aa'), true);
    assert.equal(compilePythonRegex('^[{}]$').test('}'), true);
  });
});
