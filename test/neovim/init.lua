-- Headless Neovim (0.7+) test: the SKJ language server gives diagnostics and hover.
-- Run: nvim --headless -n -i NONE -u test/neovim/init.lua FILE.skj.yaml  (see test/neovim/run.sh)
local server = os.getenv('SKJ_SERVER') or 'dist/server.js'
local failures = 0
local function check(ok, what)
  if ok then
    io.stdout:write('  ok   ' .. what .. '\n')
  else
    failures = failures + 1
    io.stdout:write('  FAIL ' .. what .. '\n')
  end
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local bufnr = vim.api.nvim_get_current_buf()
    vim.bo[bufnr].filetype = 'yaml'
    local root = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h')
    local client_id = vim.lsp.start_client({
      name = 'skj',
      cmd = { 'node', server, '--stdio' },
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = 'ws' } },
    })
    check(client_id ~= nil, 'server starts')
    vim.lsp.buf_attach_client(bufnr, client_id)

    local got = vim.wait(10000, function()
      return #vim.diagnostic.get(bufnr) > 0
    end, 50)
    local diags = vim.diagnostic.get(bufnr)
    check(got, 'diagnostics arrive (' .. #diags .. ')')
    local found
    for _, d in ipairs(diags) do
      io.stdout:write(string.format('       %d:%d %s [%s]\n', d.lnum + 1, d.col + 1, d.message, tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code))))
      if tostring(d.code) == 'level-range' then found = d end
    end
    check(found ~= nil, 'a level-range diagnostic for the planted level 7')

    -- Hover on the first M.01.
    local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
    local line, col
    for i, l in ipairs(lines) do
      local c = l:find('M%.01')
      if c then line, col = i - 1, c end
      if line then break end
    end
    local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = line or 0, character = col or 0 } }
    local results = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 5000) or {}
    local text = ''
    for _, r in pairs(results) do
      if r.result and r.result.contents then
        local c = r.result.contents
        text = type(c) == 'string' and c or (c.value or vim.inspect(c))
      end
    end
    io.stdout:write('       hover: ' .. (text:gsub('\n', ' '):sub(1, 120)) .. '\n')
    check(text:find('Integritas') ~= nil, 'hover on M.01 names Integritas')

    vim.lsp.stop_client(client_id)
    if failures > 0 then
      vim.cmd('cq 1')
    else
      vim.cmd('qa!')
    end
  end,
})
