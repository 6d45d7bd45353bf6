-- Neovim configuration for .vwo files (works from Neovim 0.7; on 0.8+ `vim.lsp.start` is shorter).
-- Put it in your init.lua, or `:luafile` it. The server is `vwo-language-server --stdio`, or
-- `node /path/to/vwo/out/server.cjs --stdio` from a checkout (set VWO_SERVER to that file).
-- (an autocommand rather than vim.filetype.add, which Neovim 0.7 only honours with do_filetype_lua)
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, { pattern = '*.vwo', command = 'setfiletype vwo' })

local M = {}

function M.cmd()
  local server = os.getenv('VWO_SERVER')
  if server and server ~= '' then return { 'node', server, '--stdio' } end
  return { 'vwo-language-server', '--stdio' }
end

--- Starts (once) the vwo language server and attaches it to buffer `buf`; returns the client id.
function M.attach(buf)
  if not M.client_id or vim.lsp.get_client_by_id(M.client_id) == nil then
    M.client_id = vim.lsp.start_client({
      name = 'vwo',
      cmd = M.cmd(),
      root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ':p:h'),
    })
  end
  vim.lsp.buf_attach_client(buf, M.client_id)
  return M.client_id
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'vwo',
  callback = function(args) M.attach(args.buf) end,
})

return M
