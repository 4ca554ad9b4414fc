-- Syntax errors as luaL_loadbuffer reports them, and runtime errors with variable descriptions
local cases = {
  "x = ", "x = 1 +", "local", "local function", "function", "function f(", "function f(a,", "function f(a b) end",
  "if x", "if x then", "if x then else", "if x then elseif", "while", "while x", "while x do", "repeat", "repeat until",
  "for", "for i", "for i =", "for i = 1", "for i = 1,", "for i, j", "for i, j in", "for i, j in x", "do", "do end end",
  "return 1,", "return 1 2", "x = {", "x = {1,", "x = {1 2}", "x = {[1]}", "x = {[1] =}", "x = (", "x = (1", "x = a.",
  "x = a:", "x = a:b", "x = a[", "x = a[1", "f(", "f(1,", "f(1 2)", "x = 'abc\\q'", "x = \"abc", "x = [[abc",
  "--[[ unfinished", "x = 1e", "x = 0x", "x = 3..4", "x = .5.5", "x = 1 ~ 2", "x = !", "x = @", "x = $", "::label::",
  "goto x", "x = a and", "x = not", "x = -", "x = #", "a, b", "a, b =", "a, 1 = 2", "(a) = 1", "a() = 1", "a.b:c = 1",
  "local a.b = 1", "local a = 1 = 2", "return return", "break", "while true do end break", "x = function() return 1",
  "x = 1\n\n\ny = = 2", "local t = {\n1,\n2\n", "f()\n(g)()", "x = '\\300'", "x = '\\256'", "x = '\\255'", "x = [=[ ]]",
  "x = [==[\n]=]", "local a <const> = 1", "x = 5 // 2", "x = 1 & 2", "local 1", "function a.b:c.d() end",
  "function 1() end", "x = ...", "function f() x = ... end", "local function f(...) return ... end",
  "for i = 1, 2 do local x = i end x()", string.rep("(", 300) .. "1" .. string.rep(")", 300),
}
for _, c in ipairs(cases) do print((select(2, loadstring(c)) or "ok"):gsub("\n", "\\n")) end
local function try(f, ...) print(select(2, pcall(f, ...))) end
local up = nil
try(function() return up.x end)
try(function() return up + 1 end)
try(function() up() end)
try(function() local t = {} t.a.b.c = 1 end)
try(function() local t = {} t[1][2] = 3 end)
try(function() return ("x").y.z end)
try(function() return #up end)
try(function() return -up end)
try(function() return up .. "x" end)
try(function() return "x" .. up end)
try(function() return 1 .. {} end)
try(function() return {} < 1 end)
try(function() return {} <= {} end)
try(function() return "a" >= 1 end)
try(function() return nil > nil end)
try(function() return true < false end)
try(function() return print < print end)
try(function() local a = {} return a.b.c end)
try(function() return math.nothing() end)
try(function() return string.upper():x() end)
try(function() return (1)() end)
try(function() local t = setmetatable({}, {__call = 1}) return t() end)
try(function() return nonexistent.field end)
try(function() nonexistent.field = 1 end)
try(function() local s = "str" s.x = 1 end)
try(function() local b = true return b.x end)
try(function() return coroutine.create(print) end)
try(function() local f = 5 return f.x end)
try(function() return (nil)[1] end)
try(function() return ({}).x.y end)
try(function() for i = 1, 10, 0 do return i end end)
try(function() return string.sub() end)
try(function() return string.sub("x", {}) end)
try(function() return ("x"):sub({}) end)
try(function() return table.insert(nil, 1) end)
try(function() return table.concat({{}}) end)
try(function() return setmetatable({}, {}).x.y end)
try(function() return tostring(setmetatable({}, {__tostring = function() return {} end})) end)
try(function() print(setmetatable({}, {__tostring = function() return {} end})) end)
try(function() return select() end)
try(function() return unpack() end)
try(function() return ipairs(nil) end)
try(function() return next() end)
try(function() return rawget(1) end)
try(function() return rawlen end)
try(function() return string.rep("x", -1, 5) end)
try(function() return math.min() end)
try(function() return tonumber() end)
try(function() error("with level 1", 1) end)
try(function() error("with level 2", 2) end)
try(function() error(42) end)
try(function() error(nil) end)
try(function() error(true) end)
try(error, "direct")
try(error, "direct", 2)
try(assert, false, 42)
try(assert, 1 == 2, "assert message")
