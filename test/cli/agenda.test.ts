import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ICAL from 'ical.js';
import { main } from '../../cli/main.js';
import { WORTEL } from '../hulp.js';
import { metBeheer } from '../language/beheer/hulp-beheer.js';

async function agenda(...argv: string[]): Promise<{ code: number; uit: string; fout: string }> {
    let uit = '';
    let fout = '';
    const code = await main(['agenda', ...argv], { stdout: t => { uit += t; }, stderr: t => { fout += t; } });
    return { code, uit, fout };
}

const VOORBEELDEN = path.join(WORTEL, 'examples');

interface Punt { datum: string; soort: string; status: string; titel: string; overeenkomst: string; verwerker: string | null; bestand: string; regel: number; uid: string }

describe('vwo agenda', () => {
    it('JSON over examples/: punten uit ten minste twee voorbeelden, op datum, met bestand:regel; afsluitcode 1 want er is iets te laat', async () => {
        const { code, uit } = await agenda(VOORBEELDEN, '--peildatum', '2026-12-02', '--format', 'json');
        assert.equal(code, 1);
        const json = JSON.parse(uit) as { peildatum: string; tot: null; punten: Punt[] };
        assert.equal(json.peildatum, '2026-12-02');
        assert.equal(json.tot, null);
        const overeenkomsten = new Set(json.punten.map(p => p.overeenkomst));
        assert.ok(overeenkomsten.size >= 2, [...overeenkomsten].join(', '));
        assert.deepEqual(json.punten.map(p => p.datum), [...json.punten.map(p => p.datum)].sort());
        const evaluatie = json.punten.find(p => p.overeenkomst === 'SociaalDomein' && p.soort === 'evaluatie')!;
        assert.deepEqual({ datum: evaluatie.datum, status: evaluatie.status, verwerker: evaluatie.verwerker }, { datum: '2026-11-12', status: 'te-laat', verwerker: 'Zorgregie Software B.V.' });
        assert.match(evaluatie.bestand, /sociaal-domein-wmo-jeugd\.vwo$/);
        assert.ok(json.punten.some(p => p.soort === 'tpm') && json.punten.some(p => p.soort === 'bezwaartermijn') && json.punten.some(p => p.soort === 'bewijs'));
        assert.equal(new Set(json.punten.map(p => p.uid)).size, json.punten.length, 'elk punt een eigen UID');
    });

    it('ICS: een iCalendar-parser leest evenveel afspraken terug, met dezelfde UIDs als de JSON en als bij een andere peildatum', async () => {
        const json = JSON.parse((await agenda(VOORBEELDEN, '--peildatum', '2026-12-02', '--format', 'json')).uit) as { punten: Punt[] };
        const { uit } = await agenda(VOORBEELDEN, '--peildatum', '2026-12-02', '--format', 'ics');
        const afspraken = new ICAL.Component(ICAL.parse(uit)).getAllSubcomponents('vevent').map(v => new ICAL.Event(v));
        assert.equal(afspraken.length, json.punten.length);
        assert.deepEqual(afspraken.map(a => a.uid), json.punten.map(p => p.uid));
        assert.deepEqual(afspraken.map(a => a.startDate.toString()), json.punten.map(p => p.datum));
        assert.ok(afspraken.every(a => a.startDate.isDate), 'hele-dag-afspraken');
        // a later reference date: the same items keep their UIDs, so a re-import updates them
        const later = JSON.parse((await agenda(VOORBEELDEN, '--peildatum', '2027-01-15', '--format', 'json')).uit) as { punten: Punt[] };
        const uidVan = (p: Punt) => `${p.overeenkomst}/${p.soort}/${p.titel}`;
        for (const p of later.punten) {
            const eerder = json.punten.find(q => uidVan(q) === uidVan(p));
            if (eerder) assert.equal(p.uid, eerder.uid, uidVan(p));
        }
    });

    it('twee bestanden met dezelfde overeenkomst en verwerker: elk eigen UIDs, zodat de agenda het ene niet door het andere overschrijft', async () => {
        const map = mkdtempSync(path.join(tmpdir(), 'vwo-agenda-'));
        try {
            const tekst = metBeheer('beheer { eigenaar "E" bewijs certificering "ISO 27001" geldig tot 2027-01-01 }');
            writeFileSync(path.join(map, 'a.vwo'), tekst);
            writeFileSync(path.join(map, 'b.vwo'), tekst);
            writeFileSync(path.join(map, 'c.vwo'), tekst.replace('naam "Leverancier B.V."', 'naam "Andere Leverancier B.V."'));
            const json = JSON.parse((await agenda(map, '--peildatum', '2026-12-02', '--format', 'json')).uit) as { punten: Punt[] };
            assert.equal(json.punten.length, 3);
            assert.equal(new Set(json.punten.map(p => p.uid)).size, 3, json.punten.map(p => `${p.bestand} ${p.uid}`).join('\n'));
            // the file only enters the key where it must: the agreement of the other supplier keeps its path-free UID
            const alleen = JSON.parse((await agenda(path.join(map, 'c.vwo'), '--peildatum', '2026-12-02', '--format', 'json')).uit) as { punten: Punt[] };
            assert.equal(alleen.punten[0].uid, json.punten.find(p => p.bestand.endsWith('c.vwo'))!.uid);
        } finally {
            rmSync(map, { recursive: true, force: true });
        }
    });

    it('--tot laat latere punten weg, te late punten blijven; tekst met een telling', async () => {
        const { uit } = await agenda(VOORBEELDEN, '--peildatum', '2026-12-02', '--tot', '2027-03-20');
        assert.match(uit, /2026-11-12 {2}te laat/);
        assert.match(uit, /2027-03-16 {2}gepland/);
        assert.doesNotMatch(uit, /2027-03-31/);
        assert.match(uit, /punten op de agenda \(peildatum 2 december 2026\): 4 te laat, 0 binnen 30 dagen\./);
    });

    it('afsluitcode 0 als niets te laat is, 2 bij verkeerd gebruik', async () => {
        assert.equal((await agenda(path.join(VOORBEELDEN, 'zaaksysteem-zwolle.vwo'), '--peildatum', '2026-12-02')).code, 0);
        for (const argv of [[VOORBEELDEN, '--format', 'pdf'], [VOORBEELDEN, '--peildatum', '2026-02-30'], [VOORBEELDEN, '--peildatum', '2026-12-02', '--tot', '2026-01-01'], [], ['bestaat-niet/']]) {
            const { code, fout } = await agenda(...argv);
            assert.equal(code, 2, argv.join(' '));
            assert.match(fout, /^vwo: /, argv.join(' '));
        }
    });

    it('vijandige tekst blijft tekst: geen stuurtekens in de terminal, geen extra afspraken of velden in ics, geldige JSON', async () => {
        const map = mkdtempSync(path.join(tmpdir(), 'vwo-agenda-'));
        try {
            const vijandig = 'Kwaad\\r\\nEND:VEVENT\\r\\nBEGIN:VEVENT\\r\\nUID:x; ,\u001b[31mrood\u202e';
            writeFileSync(path.join(map, 'v.vwo'), metBeheer(`beheer { eigenaar "E" bewijs certificering "${vijandig}" geldig tot 2026-01-01 }`)
                .replace('naam "Leverancier B.V."', `naam "<script>alert(1)</script>\u001b]0;titel\u0007"`));
            const tekst = await agenda(map, '--peildatum', '2026-12-02');
            assert.equal(tekst.code, 1);
            assert.doesNotMatch(tekst.uit, /[\u0000-\u0008\u000b-\u001f\u007f\u202e]/, 'geen stuurtekens');
            assert.match(tekst.uit, /U\+001B\[31mrood/);
            const ics = (await agenda(map, '--peildatum', '2026-12-02', '--format', 'ics')).uit;
            assert.doesNotMatch(ics, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
            const afspraken = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map(v => new ICAL.Event(v));
            assert.equal(afspraken.length, 1, 'alleen het verlopen certificaat: de tekst maakt geen tweede afspraak');
            assert.match(afspraken[0].summary, /END:VEVENT.*BEGIN:VEVENT.*UID:x; ,/, 'de tekst staat als tekst in de samenvatting');
            assert.match(afspraken[0].uid, /@vwo-agenda$/);
            assert.match(afspraken[0].description, /<script>alert\(1\)<\/script>/, 'platte tekst, geen HTML');
            const json = JSON.parse((await agenda(map, '--peildatum', '2026-12-02', '--format', 'json')).uit) as { punten: Punt[] };
            assert.match(json.punten[0].titel, /Kwaad\r\nEND:VEVENT/, 'JSON bewaart de tekst, ontsnapt');
            assert.equal(json.punten[0].verwerker, '<script>alert(1)</script>\u001b]0;titel\u0007');
        } finally {
            rmSync(map, { recursive: true, force: true });
        }
    });
});
