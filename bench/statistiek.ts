/** Percentiles and the median-with-range the benchmark reports. */
export function percentiel(waarden: readonly number[], p: number): number {
    const gesorteerd = [...waarden].sort((a, b) => a - b);
    if (gesorteerd.length === 0) return NaN;
    const index = Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil((p / 100) * gesorteerd.length) - 1));
    return gesorteerd[index];
}

export interface Reeks { mediaan: number; min: number; max: number }

/** The median of repeated runs, with their min and max. */
export function reeks(waarden: readonly number[]): Reeks {
    return { mediaan: percentiel(waarden, 50), min: Math.min(...waarden), max: Math.max(...waarden) };
}

export function ms(waarde: number): string {
    return waarde >= 100 ? waarde.toFixed(0) : waarde >= 10 ? waarde.toFixed(1) : waarde.toFixed(2);
}

export function toon(r: Reeks, eenheid = 'ms'): string {
    return `${ms(r.mediaan)} ${eenheid} (${ms(r.min)}–${ms(r.max)})`;
}
