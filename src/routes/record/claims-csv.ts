/**
 * An incident's claims as CSV, for a spreadsheet: RFC 4180 (CRLF, a header
 * row, quoting by csv-stringify), UTF-8 with a byte order mark, and formula
 * injection neutralised: csv-stringify's `escape_formulas` prefixes `'` to
 * a cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage
 * return (and their full-width forms), so a quote like `=HYPERLINK(…)` stays
 * text. Numbers are numbers, so a negative one would keep its sign.
 */
import { stringify } from 'csv-stringify/sync';
import type { ClaimShape } from '../../../shared/contract/incident';

/** The columns, in order: the claim as the API shows it, flattened. */
const COLUMNS: Record<string, (c: ClaimShape) => string | number | null> = {
  id: (c) => c.id,
  claimant: (c) => c.claimant.name,
  claimant_kind: (c) => c.claimant.kind,
  metric: (c) => c.metric,
  subject: (c) => c.subject,
  qualifier: (c) => c.qualifier,
  low: (c) => c.low,
  high: (c) => c.high,
  as_written: (c) => c.asWritten,
  claimed_on: (c) => c.claimedOn,
  status: (c) => c.status,
  supersedes: (c) => c.supersedes,
  source_url: (c) => c.sourceUrl,
  source_article: (c) => c.sourceArticle?.headline ?? null,
  quote: (c) => c.quote,
};

export function claimsCsv(claims: ClaimShape[]): string {
  const rows = claims.map((claim) => Object.values(COLUMNS).map((read) => read(claim) ?? ''));
  return stringify(rows, {
    header: true,
    columns: Object.keys(COLUMNS),
    record_delimiter: 'windows',
    bom: true,
    escape_formulas: true,
  });
}
