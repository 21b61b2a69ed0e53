import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const digestUnder = (zone: string) =>
  execFileSync('npx', ['tsx', 'tests/tools/tz-batch.ts'], { env: { ...process.env, TZ: zone }, encoding: 'utf8' }).trim();

describe('time-zone independence', () => {
  it('gives byte-identical results for every calculator under UTC, Europe/Rome and Pacific/Kiritimati', () => {
    const digests = ['UTC', 'Europe/Rome', 'Pacific/Kiritimati'].map(digestUnder);
    expect(digests[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(digests).size).toBe(1);
  }, 60_000);
});
