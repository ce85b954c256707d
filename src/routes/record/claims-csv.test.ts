import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ClaimShape } from '../../../shared/contract/incident';
import { claimsCsv } from './claims-csv';

const claim = (text: string): ClaimShape => ({
  id: 'clm_1',
  claimant: { name: text, kind: 'ngo' },
  metric: 'killed',
  subject: text,
  qualifier: 'exact',
  low: 3,
  high: null,
  asWritten: text,
  claimedOn: '2016-09-17',
  status: 'current',
  supersedes: null,
  sourceUrl: null,
  sourceArticle: { slug: 'a', headline: text, language: 'en' },
  quote: text,
});

describe('claimsCsv', () => {
  // What a spreadsheet would run as a formula, however it is dressed (quotes, separators, line breaks inside).
  const hostile = ['=1+1', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '=cmd|"/c calc"!A1', '"=1"', '＝1', 'a,"b"\r\nc'];

  it('keeps every cell text: a would-be formula gets an apostrophe, the rest is as written', () => {
    const csv = claimsCsv(hostile.map(claim));
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(hostile.length);
    for (const [i, text] of hostile.entries()) {
      const neutral = /^[=+\-@\t\r＝]/.test(text) ? `'${text}` : text;
      for (const column of ['claimant', 'subject', 'as_written', 'source_article', 'quote']) {
        expect(rows[i]?.[column], `${column} of ${JSON.stringify(text)}`).toBe(neutral);
      }
      expect(rows[i]?.low).toBe('3');
    }
  });

  it('writes CRLF records and quotes what needs quoting (RFC 4180)', () => {
    const csv = claimsCsv([claim('a,"b"\r\nc')]);
    expect(csv).toBe(
      '\uFEFFid,claimant,claimant_kind,metric,subject,qualifier,low,high,as_written,claimed_on,status,supersedes,source_url,source_article,quote\r\n' +
        'clm_1,"a,""b""\r\nc",ngo,killed,"a,""b""\r\nc",exact,3,,"a,""b""\r\nc",2016-09-17,current,,,"a,""b""\r\nc","a,""b""\r\nc"\r\n',
    );
  });
});
