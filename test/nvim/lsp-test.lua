-- Neovim 0.7.2 (Debian) as a second real LSP client of the vwo language server, headless:
--   VWO_SERVER=out/server.cjs nvim --headless --clean -c "luafile test/nvim/lsp-test.lua" <werkmap>
-- Prints one "PASS …" or "FAIL …" line per check; test/nvim/nvim.sh counts them.
local werkmap = vim.fn.argv(0)
local hier = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
local vwo = dofile(hier .. '/vwo.lua')

local function zeg(s) io.stdout:write(s .. '\n') end
local function controle(naam, ok, uitleg)
  if ok then zeg('PASS nvim: ' .. naam) else zeg('FAIL nvim: ' .. naam .. (uitleg and (': ' .. uitleg) or '')) end
end

--- Opens a file; the FileType autocommand of vwo.lua attaches the server.
local function open(naam)
  vim.cmd('edit ' .. vim.fn.fnameescape(werkmap .. '/' .. naam))
  return vim.api.nvim_get_current_buf()
end

--- The 0-based position of the first occurrence of `zoek` in buffer `buf`, plus `verschuiving`.
local function positie(buf, zoek, verschuiving)
  for i, regel in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local kolom = regel:find(zoek, 1, true)
    if kolom then return { line = i - 1, character = kolom - 1 + (verschuiving or 0) } end
  end
  error("'" .. zoek .. "' niet gevonden")
end

local function verzoek(buf, methode, params)
  local antwoorden, fout = vim.lsp.buf_request_sync(buf, methode, params, 10000)
  if not antwoorden then return nil, fout end
  for _, a in pairs(antwoorden) do
    if a.err then return nil, vim.inspect(a.err) end
    return a.result
  end
end

local function hover_tekst(resultaat)
  if not resultaat or not resultaat.contents then return '' end
  local c = resultaat.contents
  if type(c) == 'string' then return c end
  if c.value then return c.value end
  local delen = {}
  for _, d in ipairs(c) do table.insert(delen, type(d) == 'string' and d or d.value) end
  return table.concat(delen, '\n')
end

local ok, fout = pcall(function()
  -- 1. attach and initialise
  local buf = open('zaaksysteem-met-fouten.vwo')
  controle('een .vwo-bestand krijgt filetype vwo', vim.bo[buf].filetype == 'vwo', vim.bo[buf].filetype)
  local id = vwo.client_id
  local klaar = vim.wait(15000, function()
    local c = id and vim.lsp.get_client_by_id(id)
    return c ~= nil and c.initialized == true
  end, 50)
  controle('vwo-language-server --stdio start en initialiseert', klaar)
  if not klaar then return end   -- the rest needs a server
  local client = vim.lsp.get_client_by_id(id)
  local caps = client and client.server_capabilities or {}
  controle('de server biedt hover, completion, documentSymbol, definition, references en rename',
    caps.hoverProvider and caps.completionProvider and caps.documentSymbolProvider and caps.definitionProvider
      and caps.referencesProvider and caps.renameProvider and true or false, vim.inspect(caps):sub(1, 300))

  -- 2. diagnostics
  local gekregen = vim.wait(20000, function() return #vim.diagnostic.get(buf) >= 2 end, 50)
  local per_code = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    per_code[tostring(code)] = d
  end
  controle('diagnoses komen binnen', gekregen, tostring(#vim.diagnostic.get(buf)))
  local cat = per_code['onbekende-categorie']
  controle('onbekende-categorie met Nederlandse melding op Schoenmaat',
    cat ~= nil and cat.message:find("'Schoenmaat' is geen categorie persoonsgegevens uit Bijlage 1", 1, true) ~= nil
      and cat.lnum == positie(buf, 'Schoenmaat').line and cat.severity == vim.diagnostic.severity.ERROR,
    cat and cat.message or vim.inspect(vim.tbl_keys(per_code)))
  local sub = per_code['subverwerker-niet-vermeld']
  controle('subverwerker-niet-vermeld op Printstraat',
    sub ~= nil and sub.message:find("subverwerker 'Printstraat'", 1, true) ~= nil, sub and sub.message)

  -- 3. hover
  local uri = vim.uri_from_bufnr(buf)
  local h = verzoek(buf, 'textDocument/hover', { textDocument = { uri = uri }, position = positie(buf, 'subverwerkers Rekencentrum', 3) })
  local tekst = hover_tekst(h)
  controle('hover op subverwerkers noemt art. 4.5 en Bijlage 1, tabel 3',
    tekst:find('art. 4.5', 1, true) ~= nil and tekst:find('Bijlage 1, tabel 3', 1, true) ~= nil, tekst:sub(1, 200))
  local h2 = verzoek(buf, 'textDocument/hover', { textDocument = { uri = uri }, position = positie(buf, 'PersoonlijkeGegevens, ', 2) })
  controle('hover op een catalogusnaam geeft uitleg', #hover_tekst(h2) > 0)

  -- 4. outline
  local symbolen = verzoek(buf, 'textDocument/documentSymbol', { textDocument = { uri = uri } }) or {}
  local namen = {}
  for _, s in ipairs(symbolen[1] and symbolen[1].children or {}) do namen[s.name] = true end
  controle('documentSymbol: Overeenkomst Zaaksysteem met Subverwerker Mailgateway',
    symbolen[1] ~= nil and symbolen[1].name == 'Overeenkomst Zaaksysteem' and namen['Subverwerker Mailgateway'] == true,
    vim.inspect(symbolen[1] and symbolen[1].name))

  -- 5. definition of a sub-processor reference
  local def = verzoek(buf, 'textDocument/definition', { textDocument = { uri = uri }, position = positie(buf, 'subverwerkers Mailgateway', 16) })
  local doel = def and (def[1] or def)
  local regel = doel and ((doel.range or doel.targetSelectionRange or {}).start or {}).line
  controle('definition springt naar subverwerker Mailgateway', regel == positie(buf, 'subverwerker Mailgateway {').line, vim.inspect(def))

  -- 6. completion after `persoonsgegevens ` on a new line in a processing
  local na = positie(buf, 'subverwerkers Rekencentrum').line
  vim.api.nvim_buf_set_lines(buf, na, na, false, { '        persoonsgegevens ' })
  vim.wait(500)   -- let the change reach the server (didChange is debounced)
  local lijst = verzoek(buf, 'textDocument/completion', { textDocument = { uri = uri }, position = { line = na, character = 25 } })
  local labels = {}
  for _, item in ipairs(lijst and (lijst.items or lijst) or {}) do labels[item.label] = true end
  local ontbreekt = {}
  for _, naam in ipairs({ 'Contactgegevens', 'PersoonlijkeGegevens', 'BSN', 'Gezondheidsgegevens', 'StrafrechtelijkeGegevens' }) do
    if not labels[naam] then table.insert(ontbreekt, naam) end
  end
  controle('completion na persoonsgegevens biedt de categorieën aan', #ontbreekt == 0, table.concat(ontbreekt, ', '))
end)
if not ok then zeg('FAIL nvim: lua-fout: ' .. tostring(fout)) end
for _, c in ipairs(vim.lsp.get_active_clients()) do c.stop() end
vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
vim.cmd('qa!')
