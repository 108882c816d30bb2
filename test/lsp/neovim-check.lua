-- A real editor against the built server, run headless by test/lsp/neovim.test.ts:
--   nvim --headless --clean -u <the README's init.lua> draft.md -c 'luafile neovim-check.lua'
-- The README's config attaches the server to the Markdown draft. This script waits for the
-- diagnostics, checks their rule ids and ranges, applies the preferred code action, and checks the
-- buffer and that the diagnostic is gone. It writes what it saw to $REPLY_LINT_REPORT as JSON and
-- exits 0 only if every check passed. Neovim 0.7 (Debian 12) and later.
local report = { checks = {}, before = {}, after = {} }
local failed = 0

local function check(name, ok, detail)
  table.insert(report.checks, { name = name, ok = ok and true or false, detail = detail })
  if not ok then failed = failed + 1 end
  return ok
end

local buffer = vim.api.nvim_get_current_buf()

-- Rule id: `code` on Neovim 0.8+, the protocol diagnostic itself on 0.7.
local function code_of(diagnostic)
  if diagnostic.code then return diagnostic.code end
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp
  return lsp and lsp.code
end

local function ours()
  local found = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
    if diagnostic.source == 'reply-lint' then
      table.insert(found, {
        code = code_of(diagnostic),
        lnum = diagnostic.lnum,
        col = diagnostic.col,
        end_lnum = diagnostic.end_lnum,
        end_col = diagnostic.end_col,
      })
    end
  end
  return found
end

local function run()
  check('the server attached', vim.wait(15000, function()
    return #vim.lsp.buf_get_clients(buffer) > 0
  end, 20))
  if not check('diagnostics arrived', vim.wait(15000, function() return #ours() > 0 end, 20)) then return end
  report.before = ours()
  local flagged = report.before[1]
  -- Line 3 of the draft; columns are bytes in Neovim: "Hi Zoë 😀, " is 14 bytes (11 UTF-16 units).
  check('one diagnostic, no-guarantees', #report.before == 1 and flagged.code == 'no-guarantees',
    vim.inspect(report.before))
  check('its range', flagged.lnum == 2 and flagged.col == 14 and flagged.end_lnum == 2 and flagged.end_col == 38,
    vim.inspect(flagged))

  vim.api.nvim_win_set_cursor(0, { flagged.lnum + 1, flagged.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = {}, only = { 'quickfix' } }
  local responses = vim.lsp.buf_request_sync(buffer, 'textDocument/codeAction', params, 10000) or {}
  local preferred
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      if action.isPreferred and not preferred then preferred = action end
    end
  end
  if not check('a preferred quick fix', preferred ~= nil, vim.inspect(responses)) then return end
  report.action = preferred.title
  vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')

  check('the diagnostic went', vim.wait(15000, function() return #ours() == 0 end, 20), vim.inspect(ours()))
  report.after = ours()
  report.text = table.concat(vim.api.nvim_buf_get_lines(buffer, 0, -1, false), '\n')
  check('the rewrite is in the buffer',
    report.text:find("Hi Zoë 😀, it's expected to arrive today.", 1, true) ~= nil,
    report.text)
end

local ok, problem = pcall(run)
check('no Lua error', ok, problem)
report.version = vim.version()
local out = assert(io.open(vim.env.REPLY_LINT_REPORT, 'w'))
out:write(vim.fn.json_encode(report))
out:close()
io.stdout:write(string.format('%d passed, %d failed\n', #report.checks - failed, failed))
vim.cmd(failed == 0 and 'qall!' or 'cquit 1')
