/**
 * The stylesheet of the HTML document, shared by the exported page and the VS Code preview.
 * Colours come from `--vwo-*` variables: the exported page uses the light defaults given here,
 * the preview maps them to the VS Code theme (`media/voorbeeld.css`). The `@media print` part
 * lays the document out on A4 with page numbers where the browser supports margin boxes.
 */
export const DOCUMENT_CSS = `
:root {
  color-scheme: light dark;
}
.vwo-document {
  --tekst: var(--vwo-tekst, #1b1b1b);
  --achtergrond: var(--vwo-achtergrond, #ffffff);
  --rand: var(--vwo-rand, #8a8a8a);
  --kop-achtergrond: var(--vwo-kop-achtergrond, #eef1f5);
  --accent: var(--vwo-accent, #1f4e79);
  --invulveld: var(--vwo-invulveld, #9b1c1c);
  --invulveld-achtergrond: var(--vwo-invulveld-achtergrond, #fdecea);
  --afwijking: var(--vwo-afwijking, #8a5a00);
  --afwijking-achtergrond: var(--vwo-afwijking-achtergrond, #fff6e0);
  --gemarkeerd: var(--vwo-gemarkeerd, rgba(255, 200, 0, 0.25));
  font-family: var(--vwo-lettertype, Calibri, "Segoe UI", Arial, sans-serif);
  font-size: var(--vwo-lettergrootte, 11pt);
  line-height: 1.45;
  color: var(--tekst);
  background: var(--achtergrond);
  max-width: 52em;
  margin: 0 auto;
  padding: 1.5em 2em 3em;
}
.vwo-document h1 { font-size: 1.6em; margin: 0.2em 0 1em; color: var(--accent); }
.vwo-document h2 { font-size: 1.25em; margin: 1.6em 0 0.6em; color: var(--accent); break-after: avoid; }
.vwo-document h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; break-after: avoid; }
.vwo-document h3.lidkop { margin: 0.9em 0 0.2em; }
.vwo-document p { margin: 0.35em 0 0.6em; }
.vwo-document .nummer { font-weight: 600; margin-right: 0.35em; }
.vwo-document p.lid { padding-left: 2.6em; text-indent: -2.6em; }
.vwo-document p.lid .nummer { display: inline-block; min-width: 2.2em; text-indent: 0; }
.vwo-document p.lid.vervolg { padding-left: 2.6em; text-indent: 0; }
.vwo-document section.lid { scroll-margin-top: 1em; }
.vwo-document ol.overwegingen { list-style: none; padding-left: 0; }
.vwo-document ol.overwegingen li { padding-left: 2em; text-indent: -2em; margin: 0.3em 0; }
.vwo-document ol.overwegingen .label { display: inline-block; min-width: 1.8em; text-indent: 0; }
.vwo-document .toelichting { font-style: italic; }
.vwo-document .opmerking { font-size: 0.95em; }
.vwo-document p#colofon { margin-top: 3em; font-size: 0.85em; opacity: 0.8; }
.vwo-document .invulveld {
  color: var(--invulveld);
  background: var(--invulveld-achtergrond);
  border-bottom: 1px dashed var(--invulveld);
  padding: 0 0.15em;
}
.vwo-document .afwijking {
  border-left: 4px solid var(--afwijking);
  background: var(--afwijking-achtergrond);
  padding: 0.2em 0.8em;
  margin: 0.4em 0 0.8em;
}
.vwo-document .afwijking-label { color: var(--afwijking); font-size: 0.92em; margin: 0.3em 0; }
.vwo-document table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 0.9em; }
.vwo-document th, .vwo-document td {
  border: 1px solid var(--rand);
  padding: 0.3em 0.45em;
  vertical-align: top;
  text-align: left;
  overflow-wrap: break-word;
  hyphens: auto;
}
.vwo-document .tabel-houder { overflow-x: auto; margin: 0.5em 0 1em; }
.vwo-document .tabel-houder > table { margin: 0; }
.vwo-document table.kolommen-7 { min-width: 46em; }
.vwo-document thead th, .vwo-document table.labels tbody th { background: var(--kop-achtergrond); font-weight: 600; }
.vwo-document thead { display: table-header-group; }
.vwo-document tr { break-inside: avoid; }
.vwo-document table.ondertekening { break-inside: avoid; }
.vwo-document table.ondertekening td { border: none; width: 50%; padding: 0.1em 2em 0.1em 0; height: 1.4em; }
.vwo-document table.ondertekening .handtekening { border-bottom: 1px solid var(--tekst); height: 3em; margin-top: 1em; }
.vwo-document .keuze { margin: 0.4em 0 0.7em; }
.vwo-document .keuze > p:first-child { padding-left: 1.6em; text-indent: -1.6em; }
.vwo-document .vakje { display: inline-block; width: 1.3em; text-indent: 0; font-size: 1.1em; }
.vwo-document .invulregel { padding-left: 1.6em; }
.vwo-document .voetnoten { border-top: 1px solid var(--rand); margin-top: 2em; font-size: 0.88em; }
.vwo-document .voetnootverwijzing a { text-decoration: none; color: var(--afwijking); }
.vwo-document .gemarkeerd { background: var(--gemarkeerd); transition: background 1.5s; }
.vwo-document .paginaeinde { height: 0; }
@page {
  size: A4;
  margin: 2.2cm 2cm 2.4cm;
  @bottom-center { content: "Pagina " counter(page) " van " counter(pages); font-size: 9pt; }
}
@media print {
  .vwo-document { max-width: none; padding: 0; font-size: 10.5pt; --achtergrond: #ffffff; --tekst: #000000; }
  .vwo-document .paginaeinde { break-before: page; }
  .vwo-document .tabel-houder { overflow: visible; }
  .vwo-document table.kolommen-7 { min-width: 0; font-size: 8.5pt; }
  .vwo-document .invulveld { background: none; }
  .vwo-document a { color: inherit; text-decoration: none; }
  .vwo-document h2, .vwo-document h3 { break-after: avoid; }
  .vwo-document p { orphans: 3; widows: 3; }
}
`;
