/**
 * "Bedoelde u …?": de dichtstbijzijnde kandidaten bij een onbekende naam, met de
 * Damerau-Levenshtein-afstand (optimal string alignment), hoofdletterongevoelig.
 * Lineair in het aantal kandidaten; elke vergelijking is begrensd door de lengte van twee namen.
 */

import { skelet, verschil } from './gelijkenis.js';

/** Three rows of the distance table, reused between calls (no allocation per comparison). */
let rijen: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Afstand tussen twee teksten: invoegen, weglaten, vervangen en verwisselen van buren kosten 1. */
export function bewerkingsafstand(a: string, b: string, grens = Infinity): number {
    if (a === b) return 0;
    if (Math.abs(a.length - b.length) > grens) return grens + 1;
    if (rijen[0].length <= b.length) rijen = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
    let [tweeTerug, vorige, huidige] = rijen;
    for (let j = 0; j <= b.length; j++) vorige[j] = j;
    for (let i = 1; i <= a.length; i++) {
        huidige[0] = i;
        let rijMinimum = i;
        for (let j = 1; j <= b.length; j++) {
            const kosten = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
            let waarde = Math.min(vorige[j] + 1, huidige[j - 1] + 1, vorige[j - 1] + kosten);
            if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
                waarde = Math.min(waarde, tweeTerug[j - 2] + 1);
            }
            huidige[j] = waarde;
            if (waarde < rijMinimum) rijMinimum = waarde;
        }
        if (rijMinimum > grens) return grens + 1;
        [tweeTerug, vorige, huidige] = [vorige, huidige, tweeTerug];
    }
    return vorige[b.length];
}

/**
 * De kandidaten die het dichtst bij `naam` liggen (hoogstens `max`), mits dicht genoeg: een
 * afstand van ten hoogste een kwart van de langste naam, minstens 1 (en minstens 2 vanaf vier
 * tekens), en niet meer dan 1 verder dan de beste kandidaat. Een kandidaat die alleen in
 * hoofdletters verschilt, of die met de naam begint, gaat voor.
 */
export function suggesties(naam: string, kandidaten: Iterable<string>, max = 3): string[] {
    const klein = naam.toLowerCase();
    const gescoord: Array<{ kandidaat: string; score: number }> = [];
    const gezien = new Set<string>();
    for (const kandidaat of kandidaten) {
        // After parse recovery a declaration can lack its name, whatever the AST type says.
        if (typeof kandidaat !== 'string' || gezien.has(kandidaat) || kandidaat === naam) continue;
        gezien.add(kandidaat);
        const k = kandidaat.toLowerCase();
        const grens = Math.max(naam.length >= 4 ? 2 : 1, Math.floor(Math.max(naam.length, kandidaat.length) / 4));
        let score: number;
        if (k === klein) {
            score = 0;
        } else if (klein.length >= 4 && (k.startsWith(klein) || klein.startsWith(k))) {
            score = 0.5;
        } else {
            score = bewerkingsafstand(klein, k, grens);
            if (score > grens) continue;
        }
        gescoord.push({ kandidaat, score });
    }
    gescoord.sort((x, y) => x.score - y.score || x.kandidaat.localeCompare(y.kandidaat));
    const beste = gescoord[0]?.score ?? 0;
    return gescoord.filter(s => s.score <= beste + 1).slice(0, max).map(s => s.kandidaat);
}

/**
 * "Bedoelde u GB?" / "Bedoelde u GB of GG?" / "" — voor achter een bericht. Ziet een kandidaat
 * er hetzelfde uit als `naam` (een Cyrillische "о" in plaats van een Latijnse), dan staat erbij
 * welke letter verschilt: anders is de suggestie niet te begrijpen.
 */
export function bedoeldeU(kandidaten: readonly string[], naam?: string): string {
    if (kandidaten.length === 0) return '';
    const lijst = kandidaten.length === 1 ? kandidaten[0]
        : `${kandidaten.slice(0, -1).join(', ')} of ${kandidaten[kandidaten.length - 1]}`;
    const gelijk = naam === undefined ? undefined : kandidaten.find(k => skelet(k) === skelet(naam));
    return ` Bedoelde u ${lijst}?` + (gelijk ? ` '${naam}' en '${gelijk}' zien er hetzelfde uit, maar ${verschil(naam!, gelijk)}.` : '');
}
