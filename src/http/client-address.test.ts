import { describe, expect, it } from 'vitest';
import { budgetKeyOf } from './client-address';

describe('the client a budget counts against', () => {
  it('is an IPv4 address itself', () => {
    expect(budgetKeyOf('203.0.113.7')).toBe('203.0.113.7');
    expect(budgetKeyOf('203.0.113.8')).toBe('203.0.113.8');
  });

  it('is the /64 of an IPv6 address, however it is written', () => {
    const key = '2001:db8:85a3:42::/64';
    for (const address of [
      '2001:db8:85a3:42::1',
      '2001:0DB8:85A3:0042:ffff:ffff:ffff:fffe',
      '2001:db8:85a3:42:1234:5678:9abc:def0',
      '2001:db8:85a3:42:0:0:10.1.2.3',
    ]) {
      expect(budgetKeyOf(address), address).toBe(key);
    }
    expect(budgetKeyOf('2001:db8:85a3:43::1')).toBe('2001:db8:85a3:43::/64');
    expect(budgetKeyOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(budgetKeyOf('::1')).toBe('0:0:0:0::/64');
  });

  it('is the IPv4 address an IPv6 one maps', () => {
    expect(budgetKeyOf('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(budgetKeyOf('::ffff:cb00:7107')).toBe('203.0.113.7');
  });

  it('is the header as sent when it is no address, so nothing is merged by mistake', () => {
    for (const odd of ['unknown', '1:2:3', '1::2::3', 'fe80::1%eth0', '1:2:3:4:5:6:7:8:9']) {
      expect(budgetKeyOf(odd), odd).toBe(odd);
    }
  });
});
