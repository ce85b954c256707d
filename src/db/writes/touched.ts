/**
 * What a request's writes changed that readers see. The write layer records
 * it on the write's author as each batch commits (`commitTouching`,
 * update.ts); the admin API purges it once the request is answered
 * (src/routes/admin/after-write.ts). A write held for review, refused, or
 * replayed for a repeated `Idempotency-Key` records nothing.
 */

/** The public reads a write can change, by slug. */
export type AffectedReads = { articles?: string[]; incidents?: string[]; ceasefires?: string[] };

export class TouchedReads {
  readonly #articles = new Set<string>();
  readonly #incidents = new Set<string>();
  readonly #ceasefires = new Set<string>();
  #written = false;

  /** A write committed and changed these reads. */
  add(reads: AffectedReads): void {
    this.#written = true;
    for (const slug of reads.articles ?? []) this.#articles.add(slug);
    for (const slug of reads.incidents ?? []) this.#incidents.add(slug);
    for (const slug of reads.ceasefires ?? []) this.#ceasefires.add(slug);
  }

  /** Whether any write committed: a purge then goes ahead even if it named no slug (it always covers the article listing). */
  get written(): boolean {
    return this.#written;
  }

  get reads(): AffectedReads {
    return { articles: [...this.#articles], incidents: [...this.#incidents], ceasefires: [...this.#ceasefires] };
  }
}
