import { labelHits, labelPattern } from '../../scrape';

/** What fieldLabels found: each field's first valid value, and the elements carrying any of the labels. */
export interface FieldLabels<F extends string> {
  fields: Partial<Record<F, string>>;
  labelled: Element[];
}

/**
 * Values read by their own in-cell labels for several fields at once: ONE labelHits walk per root with all
 * the labels (the shared label rule, lib/scrape/labels.ts), each hit given to the fields whose label its text
 * carries, the first value per field that passes the field's check (an id needs digits, an amount starts
 * with one). Hits inside `skip` (remarks) never count. Walking once per root instead of once per label keeps
 * long lists fast in a real page and in jsdom alike.
 */
export function fieldLabels<F extends string>(
  roots: Iterable<Element>,
  labels: Record<F, string>,
  valid: Partial<Record<F, (value: string) => boolean>> = {},
  skip?: string,
): FieldLabels<F> {
  const names = Object.keys(labels) as F[];
  const any = names.map((f) => labels[f]).join('|');
  const fields: Partial<Record<F, string>> = {};
  const labelled: Element[] = [];
  for (const root of roots) {
    for (const hit of labelHits(root, any)) {
      if (skip && hit.el.closest(skip)) continue;
      labelled.push(hit.el);
      const own = [...hit.el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join('');
      for (const f of names) {
        if (fields[f] !== undefined || !labelPattern(labels[f]).test(own)) continue;
        if ((valid[f] ?? Boolean)(hit.value)) fields[f] = hit.value;
      }
    }
  }
  return { fields, labelled };
}
