// The preview's script (runs in the webview under a strict CSP with a nonce). It only shows
// what the extension sends: the rendered HTML fragment (escaped by the server's writer), a
// status line (set as text, never as HTML), and the anchor to scroll to.
(function () {
    'use strict';
    const vscode = acquireVsCodeApi();
    const inhoud = document.getElementById('inhoud');
    const melding = document.getElementById('melding');
    let staat = vscode.getState() || { scrollY: 0 };
    let eerste = true;
    let gemarkeerd;

    window.addEventListener('message', function (event) {
        const bericht = event.data || {};
        if (bericht.type === 'inhoud') {
            const scrollY = eerste ? staat.scrollY || 0 : window.scrollY;
            if (typeof bericht.html === 'string') inhoud.innerHTML = bericht.html;
            melding.textContent = bericht.melding || '';
            melding.hidden = !bericht.melding;
            window.scrollTo(0, scrollY);
            eerste = false;
            if (typeof bericht.uri === 'string' && staat.uri !== bericht.uri) {
                staat = Object.assign({}, staat, { uri: bericht.uri });
                vscode.setState(staat);
            }
        } else if (bericht.type === 'naarAnker') {
            const doel = document.getElementById(bericht.anker);
            if (!doel) return;
            doel.scrollIntoView({ block: 'start', behavior: 'smooth' });
            if (gemarkeerd) gemarkeerd.classList.remove('gemarkeerd');
            gemarkeerd = doel;
            doel.classList.add('gemarkeerd');
            setTimeout(function () { doel.classList.remove('gemarkeerd'); }, 1500);
        }
    });

    let wacht;
    window.addEventListener('scroll', function () {
        clearTimeout(wacht);
        wacht = setTimeout(function () {
            staat = Object.assign({}, staat, { scrollY: window.scrollY });
            vscode.setState(staat);
        }, 100);
    }, { passive: true });

    vscode.postMessage({ type: 'klaar' });
}());
