// Summaries the benchmark reports. Medians, not means: a run on a shared machine has outliers.

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}

/** Nearest-rank quantile (q = 0.95 is the 95th percentile). */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  if (q === 0.5 && sorted.length % 2 === 0) return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** 1234567 -> "1,234,567"; small values keep a decimal. */
export function grouped(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const [whole, fraction] = value.toFixed(decimals).split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction ? `${withCommas}.${fraction}` : withCommas;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value >= 1000 ? `${grouped(value / 1000, 2)} s` : `${grouped(value, value < 10 ? 1 : 0)} ms`;
}

export function mb(kb: number): string {
  return Number.isFinite(kb) ? `${grouped(kb / 1024, 0)} MB` : '–';
}

/** OnRecord's figure over the peer's, as the table prints it. */
export function ratio(onrecord: number, peer: number): string {
  if (!Number.isFinite(onrecord) || !Number.isFinite(peer) || peer === 0) return '';
  const r = onrecord / peer;
  return `×${r >= 10 ? grouped(r, 0) : r >= 1 ? r.toFixed(1) : r.toFixed(2)}`;
}
