/**
 * Deterministic (seeded) agreements for the benchmarks: the same content as `.vwo` and as the
 * YAML a team would otherwise write, plus the JSON Schema that YAML is validated with.
 */
import { BETROKKENEN, PERSOONSGEGEVENS } from '../language/referentie/catalogus.js';
import { willekeur } from '../test/willekeur.js';

const GEWONE = PERSOONSGEGEVENS.filter(c => c.klasse === 'gewoon').map(c => c.naam);
const LANDEN_EER = ['NL', 'BE', 'DE', 'FR', 'IE', 'SE'];
const INSTRUMENTEN_MET_MAATREGELEN = ['SCC', 'BCR'];

interface Verwerking { id: string; naam: string; doeleinden: string; betrokkenen: string[]; persoonsgegevens: string[]; subverwerkers: string[]; doorgifte?: { land: string; instrument: string; maatregelen: string } }
interface Subverwerker { id: string; naam: string; contact: string; kvk: string; uitbesteed: string; toepassing: string; land: string }

export interface Agreement { naam: string; verwerkingen: Verwerking[]; subverwerkers: Subverwerker[] }

function kies<T>(r: () => number, lijst: readonly T[], n: number): T[] {
    const kopie = [...lijst];
    const uit: T[] = [];
    while (uit.length < n && kopie.length) uit.push(kopie.splice(Math.floor(r() * kopie.length), 1)[0]);
    return uit;
}

/** An agreement with about `regels` lines of `.vwo`; processings and sub-processors grow with it. */
export function maakOvereenkomst(zaad: number, regels: number): Agreement {
    const r = willekeur(zaad);
    const aantalSub = Math.max(2, Math.round(regels / 60));
    const aantalVerwerkingen = Math.max(2, Math.round((regels - 60 - aantalSub * 9) / 9));
    const subverwerkers: Subverwerker[] = Array.from({ length: aantalSub }, (_, i) => {
        const buitenEer = i % 7 === 3;
        return {
            id: `Sub${i + 1}`,
            naam: `Leverancier ${i + 1} B.V.`,
            contact: `Plaats ${i + 1}, privacy@leverancier${i + 1}.example`,
            kvk: String(10000000 + Math.floor(r() * 89999999)),
            uitbesteed: `Uitbestede verwerking nummer ${i + 1} voor hosting en beheer`,
            toepassing: ['Datacenter', 'E-mail', 'Opslag', 'Back-up'][i % 4],
            land: buitenEer ? 'US' : LANDEN_EER[i % LANDEN_EER.length]
        };
    });
    const verwerkingen: Verwerking[] = Array.from({ length: aantalVerwerkingen }, (_, i) => {
        const subs = kies(r, subverwerkers, 1 + Math.floor(r() * 2));
        const buitenEer = subs.find(s => s.land === 'US');
        return {
            id: `Verwerking${i + 1}`,
            naam: `Verwerking nummer ${i + 1}`,
            doeleinden: `Het registreren en afhandelen van zaken van soort ${i + 1} door de gemeente`,
            betrokkenen: kies(r, BETROKKENEN.map(b => b.naam), 1 + Math.floor(r() * 3)),
            persoonsgegevens: kies(r, GEWONE, 1 + Math.floor(r() * 4)),
            subverwerkers: subs.map(s => s.id),
            doorgifte: buitenEer ? { land: 'US', instrument: INSTRUMENTEN_MET_MAATREGELEN[i % 2], maatregelen: 'Versleuteling met sleutels in de EER' } : undefined
        };
    });
    // Every sub-processor used at least once, so the agreement is clean.
    subverwerkers.forEach((s, i) => {
        const v = verwerkingen[i % verwerkingen.length];
        if (!v.subverwerkers.includes(s.id)) v.subverwerkers.push(s.id);
        if (s.land === 'US' && !v.doorgifte) v.doorgifte = { land: 'US', instrument: 'SCC', maatregelen: 'Versleuteling met sleutels in de EER' };
    });
    return { naam: `Overeenkomst${zaad}`, verwerkingen, subverwerkers };
}

export function alsVwo(o: Agreement): string {
    const regels: string[] = [
        `overeenkomst ${o.naam} {`,
        '    standaard "2.3-3"',
        '    hoofdovereenkomst "Hoofdovereenkomst voor de benchmark" gesloten 2024-03-01',
        '    diensten "Levering, hosting en beheer van een applicatie als SaaS-dienst"',
        '    verwerkingsverantwoordelijke {',
        '        gemeente "Benchmarkstad"',
        '        bestuursorgaan college',
        '        vertegenwoordiger "mevrouw A. de Vries" functie "gemeentesecretaris"',
        '    }',
        '    verwerker {',
        '        naam "Benchmark Software B.V."',
        '        vestigingsplaats "Gouda"',
        '        kvk "12345678"',
        '        vertegenwoordiger "de heer B. Jansen" functie "directeur"',
        '    }'
    ];
    for (const v of o.verwerkingen) {
        regels.push(`    verwerking ${v.id} {`,
            `        naam "${v.naam}"`,
            `        doeleinden "${v.doeleinden}"`,
            `        betrokkenen ${v.betrokkenen.join(', ')}`,
            `        persoonsgegevens ${v.persoonsgegevens.join(', ')}`,
            `        subverwerkers ${v.subverwerkers.join(', ')}`);
        if (v.doorgifte) regels.push(`        doorgifte ${v.doorgifte.land} instrument ${v.doorgifte.instrument} maatregelen "${v.doorgifte.maatregelen}"`);
        regels.push('    }');
    }
    for (const rol of ['verwerkingsverantwoordelijke', 'verwerker']) {
        regels.push(`    contactpersoon ${rol} {`, '        naam "Team privacy"', '        email "privacy@benchmark.example"',
            '        telefoon "010 000 0000"', '        buitenKantooruren "06 00000000"', '    }');
    }
    for (const s of o.subverwerkers) {
        regels.push(`    subverwerker ${s.id} {`, `        naam "${s.naam}"`, `        contact "${s.contact}"`, `        kvk "${s.kvk}"`,
            `        uitbesteed "${s.uitbesteed}"`, `        toepassing "${s.toepassing}"`, `        land ${s.land}`, '    }');
    }
    regels.push('    beveiliging {', '        normenstelsel BIO', '        toereikendheid certificering, externeControles "ISAE 3402 type II"', '    }',
        '    ondertekening {', '        ingangsdatum 2024-04-01',
        '        verwerkingsverantwoordelijke "A. de Vries" functie "gemeentesecretaris" plaats "Benchmarkstad" datum 2024-03-20',
        '        verwerker "B. Jansen" functie "directeur" plaats "Gouda" datum 2024-03-18', '    }', '}');
    return regels.join('\n') + '\n';
}

const q = (s: string) => JSON.stringify(s);

/** The same content as YAML, with the schema modeline yaml-language-server understands. */
export function alsYaml(o: Agreement, schemaUri: string): string {
    const regels: string[] = [
        `# yaml-language-server: $schema=${schemaUri}`,
        `overeenkomst: ${o.naam}`,
        'standaard: "2.3-3"',
        'hoofdovereenkomst:',
        '  titel: "Hoofdovereenkomst voor de benchmark"',
        '  gesloten: "2024-03-01"',
        'diensten: "Levering, hosting en beheer van een applicatie als SaaS-dienst"',
        'verwerkingsverantwoordelijke:',
        '  gemeente: "Benchmarkstad"',
        '  bestuursorgaan: college',
        '  vertegenwoordiger: "mevrouw A. de Vries"',
        '  functie: "gemeentesecretaris"',
        'verwerker:',
        '  naam: "Benchmark Software B.V."',
        '  vestigingsplaats: "Gouda"',
        '  kvk: "12345678"',
        '  vertegenwoordiger: "de heer B. Jansen"',
        '  functie: "directeur"',
        'verwerkingen:'
    ];
    for (const v of o.verwerkingen) {
        regels.push(`  - id: ${v.id}`, `    naam: ${q(v.naam)}`, `    doeleinden: ${q(v.doeleinden)}`,
            `    betrokkenen: [${v.betrokkenen.join(', ')}]`, `    persoonsgegevens: [${v.persoonsgegevens.join(', ')}]`,
            `    subverwerkers: [${v.subverwerkers.join(', ')}]`);
        if (v.doorgifte) regels.push('    doorgiften:', `      - land: ${v.doorgifte.land}`, `        instrument: ${v.doorgifte.instrument}`, `        maatregelen: ${q(v.doorgifte.maatregelen)}`);
    }
    regels.push('contactpersonen:');
    for (const rol of ['verwerkingsverantwoordelijke', 'verwerker']) {
        regels.push(`  - rol: ${rol}`, '    naam: "Team privacy"', '    email: "privacy@benchmark.example"', '    telefoon: "010 000 0000"', '    buitenKantooruren: "06 00000000"');
    }
    regels.push('subverwerkers:');
    for (const s of o.subverwerkers) {
        regels.push(`  - id: ${s.id}`, `    naam: ${q(s.naam)}`, `    contact: ${q(s.contact)}`, `    kvk: ${q(s.kvk)}`,
            `    uitbesteed: ${q(s.uitbesteed)}`, `    toepassing: ${q(s.toepassing)}`, `    land: ${s.land}`);
    }
    regels.push('beveiliging:', '  normenstelsel: BIO', '  toereikendheid: [certificering, externeControles]',
        'ondertekening:', '  ingangsdatum: "2024-04-01"');
    return regels.join('\n') + '\n';
}

/** What a team would write as a JSON Schema for the YAML: required fields, enums, if/then. */
export function jsonSchema(landen: readonly string[], instrumenten: readonly string[]): object {
    const tekst = { type: 'string', minLength: 1 };
    const datum = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' };
    const naam = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' };
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        required: ['overeenkomst', 'standaard', 'hoofdovereenkomst', 'diensten', 'verwerkingsverantwoordelijke', 'verwerker', 'verwerkingen', 'contactpersonen', 'beveiliging'],
        additionalProperties: false,
        properties: {
            overeenkomst: naam,
            standaard: { enum: ['2.3-3'] },
            hoofdovereenkomst: { type: 'object', required: ['titel', 'gesloten'], additionalProperties: false, properties: { titel: tekst, gesloten: datum } },
            diensten: tekst,
            verwerkingsverantwoordelijke: {
                type: 'object', required: ['gemeente', 'bestuursorgaan'], additionalProperties: false,
                properties: { gemeente: tekst, bestuursorgaan: { enum: ['college', 'burgemeester', 'raad'] }, vertegenwoordiger: tekst, functie: tekst }
            },
            verwerker: {
                type: 'object', required: ['naam'], additionalProperties: false,
                properties: { naam: tekst, vestigingsplaats: tekst, kvk: tekst, vertegenwoordiger: tekst, functie: tekst }
            },
            verwerkingen: {
                type: 'array', minItems: 1,
                items: {
                    type: 'object', required: ['id', 'naam', 'doeleinden', 'betrokkenen', 'persoonsgegevens'], additionalProperties: false,
                    properties: {
                        id: naam, naam: tekst, doeleinden: tekst,
                        betrokkenen: { type: 'array', minItems: 1, items: { enum: BETROKKENEN.map(b => b.naam) } },
                        persoonsgegevens: { type: 'array', minItems: 1, items: { enum: PERSOONSGEGEVENS.map(c => c.naam) } },
                        subverwerkers: { type: 'array', items: naam },
                        doorgiften: {
                            type: 'array',
                            items: {
                                type: 'object', required: ['land', 'instrument'], additionalProperties: false,
                                properties: { land: { enum: [...landen] }, instrument: { enum: [...instrumenten] }, maatregelen: tekst },
                                if: { properties: { instrument: { enum: ['SCC', 'BCR', 'Gedragscode', 'AdHoc'] } } },
                                then: { required: ['maatregelen'] }
                            }
                        }
                    }
                }
            },
            contactpersonen: {
                type: 'array', minItems: 2,
                items: {
                    type: 'object', required: ['rol', 'naam', 'email', 'telefoon', 'buitenKantooruren'], additionalProperties: false,
                    properties: { rol: { enum: ['verwerkingsverantwoordelijke', 'verwerker'] }, naam: tekst, email: tekst, telefoon: tekst, buitenKantooruren: tekst }
                }
            },
            subverwerkers: {
                type: 'array',
                items: {
                    type: 'object', required: ['id', 'naam', 'contact', 'uitbesteed', 'land'], additionalProperties: false,
                    properties: { id: naam, naam: tekst, contact: tekst, kvk: tekst, registratie: tekst, uitbesteed: tekst, toepassing: tekst, land: { enum: [...landen] } }
                }
            },
            beveiliging: {
                type: 'object', required: ['normenstelsel', 'toereikendheid'], additionalProperties: false,
                properties: { normenstelsel: tekst, toereikendheid: { type: 'array', minItems: 1, items: { enum: ['certificering', 'externeControles', 'tpm', 'eigenControles'] } }, gedragscode: tekst }
            },
            gibit: { type: 'boolean' },
            ondertekening: { type: 'object', properties: { ingangsdatum: datum } }
        }
    };
}
