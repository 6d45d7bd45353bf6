/** mulberry32: a small seeded random generator, the same on every machine (fuzzer, benchmark). */
export function willekeur(zaad: number): () => number {
    let a = zaad >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
