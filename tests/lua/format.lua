local vals = {0, -0.0, 1, -1, 7.9, -7.9, 255, -255, 2^31, -2^31, 2^53, -2^53, 2^63, -2^63, 2^64, 1e20, -1e20, 123456789, 0.5, -0.5, 1/0, -1/0}
local fmts = {"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%.0d", "%x", "%X", "%#x", "%o", "%#o", "%u", "%8.3x", "%i", "%e", "%.2e", "%g", "%#g", "%.0f", "%10.4f", "%-10.2g|", "%+.3e", "%G", "%E", "%#.0e", "%#x", "%.10g", "%.1g", "%5.0f"}
for _, f in ipairs(fmts) do
  local out = {}
  for _, v in ipairs(vals) do
    local ok, r = pcall(string.format, f, v)
    out[#out + 1] = ok and r or "ERR"
  end
  print(f, table.concat(out, " "))
end
