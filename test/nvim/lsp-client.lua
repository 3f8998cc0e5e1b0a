-- Headless Neovim as an LSP client of the bundled OnRecord server (stdio). Run by nvim.test.ts.
-- Reads ONRECORD_SERVER (server.js) and ONRECORD_DRAFT (a Markdown file) from the environment,
-- prints what it sees, and exits 0 after "PASS" or 1 after "FAIL: why".
local server = os.getenv('ONRECORD_SERVER')
local draft = os.getenv('ONRECORD_DRAFT')

local function say(text) io.stdout:write(text .. '\n') end
local function finish(code) vim.cmd((code == 0 and 'qall!') or 'cquit 1') end
local function fail(why) say('FAIL: ' .. why); finish(1) end

-- Neovim 0.7 keeps the LSP code both at the top level and in user_data.lsp.
local function code_of(d) return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) end
local function lsp_of(d) return (d.user_data and d.user_data.lsp) or {} end
local function onrecord(bufnr, rule)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == 'onrecord' and (rule == nil or code_of(d) == rule) then table.insert(found, d) end
  end
  return found
end

vim.cmd('edit ' .. vim.fn.fnameescape(draft))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'markdown'

local client_id = vim.lsp.start_client({
  name = 'onrecord',
  cmd = { 'node', server, '--stdio' },
  cmd_env = { MALLOC_MMAP_THRESHOLD_ = '131072' },
  root_dir = vim.fn.fnamemodify(draft, ':p:h'),
})
if not client_id then return fail('the server did not start') end
vim.lsp.buf_attach_client(bufnr, client_id)
local client = vim.lsp.get_client_by_id(client_id)

-- 1. Neovim 0.7 has no pull diagnostics: the server must push them.
if not vim.wait(20000, function() return #onrecord(bufnr, 'bare-source') > 0 end, 20) then
  return fail('no bare-source diagnostic pushed')
end
for _, d in ipairs(onrecord(bufnr)) do
  local href = lsp_of(d).codeDescription and lsp_of(d).codeDescription.href or '-'
  say(string.format('diagnostic %d:%d %s %s <%s>', d.lnum + 1, d.col + 1, code_of(d), d.message, href))
end
local bare = onrecord(bufnr, 'bare-source')[1]
if not (lsp_of(bare).codeDescription and lsp_of(bare).codeDescription.href) then return fail('no codeDescription.href') end

-- 2. Quick fixes for the line, with the LSP diagnostics (and their data) as context.
local params = {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = { start = { line = bare.lnum, character = bare.col }, ['end'] = { line = bare.end_lnum, character = bare.end_col } },
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, bare.lnum) },
}
local response = client.request_sync('textDocument/codeAction', params, 10000, bufnr)
if not response or response.err or not response.result then return fail('codeAction failed: ' .. vim.inspect(response)) end
local chosen
for _, action in ipairs(response.result) do
  say('action: ' .. action.title .. (action.isPreferred and ' (preferred)' or ''))
  local d = action.diagnostics and action.diagnostics[1]
  if not chosen and action.isPreferred and action.edit and d and d.code == 'bare-source' then chosen = action end
end
if not chosen then return fail('no preferred quick fix for bare-source') end

-- 3. Apply it as the editor would, save, and check the file.
vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
vim.cmd('write')
local text = table.concat(vim.fn.readfile(draft), '\n')
say('after the fix: ' .. text:gsub('\n', '\\n'))
if not text:find('[TK: role] at [TK: organisation]', 1, true) then return fail('the fix was not applied') end

-- 4. The server lints the changed buffer and the finding goes.
if not vim.wait(20000, function() return #onrecord(bufnr, 'bare-source') == 0 end, 20) then
  return fail('bare-source still reported after the fix')
end
say('bare-source gone after the fix')
vim.lsp.stop_client(client_id)
say('PASS')
finish(0)
