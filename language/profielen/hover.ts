import { AstUtils } from 'langium';
import type { Profiel } from '../generated/ast.js';
import type { Handleiding } from '../documentatie/handleiding.js';
import { kop, link, waarde } from '../documentatie/markdown.js';

/** A supplier profile, where an agreement names it and on its own name: who the supplier is and what the agreement takes over. */
export function profielHover(h: Handleiding, profiel: Profiel): string {
    const v = profiel.verwerker;
    const uri = AstUtils.getDocument(profiel).uri.path;
    const verwerker = v
        ? [v.naam && `**${waarde(v.naam)}**`, v.vestigingsplaats && `gevestigd te ${waarde(v.vestigingsplaats)}`, v.kvk && `KvK-nummer ${waarde(v.kvk)}`].filter(Boolean).join(', ')
        : 'Geen verwerker in het profiel.';
    const subverwerkers = profiel.subverwerkers.map(s => `- ${waarde(s.name)}: ${waarde(s.naam ?? '')}${s.land ? ` (${waarde(s.land)})` : ''}`);
    return [
        kop(`Leveranciersprofiel · ${waarde(profiel.name)}`),
        verwerker,
        subverwerkers.length > 0 ? `Subverwerkers die een verwerking kan noemen:\n\n${subverwerkers.join('\n')}` : 'Geen subverwerkers in het profiel.',
        `Bestand: ${waarde(uri.slice(uri.lastIndexOf('/') + 1))}. Wat de overeenkomst zelf invult, gaat voor.`,
        link(h, 'Leveranciersprofielen', 'leveranciersprofielen')
    ].join('\n\n');
}
