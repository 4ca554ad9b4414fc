-- error levels from metamethods, tail calls, xpcall handlers that see the erring stack, and debug.traceback
local mt = {__index = function(t, k) error("no field " .. k, 2) end,
  __newindex = function(t, k, v) error("ro " .. k, 2) end,
  __add = function(a, b) error("add", 2) end,
  __concat = function(a, b) error("cat", 2) end,
  __lt = function(a, b) error("lt", 2) end,
  __le = function(a, b) error("le", 2) end,
  __eq = function(a, b) error("eq", 2) end,
  __unm = function(a) error("unm", 2) end,
  __call = function(self) error("call", 2) end,
  __len = function(a) error("len", 2) end,
}
local t = setmetatable({}, mt)
local u = setmetatable({}, mt)
print(pcall(function()
  return t.x
end))
print(pcall(function()
  t.y = 1
end))
print(pcall(function() return t + 1 end))
print(pcall(function() return t .. "a" end))
print(pcall(function() return t < u end))
print(pcall(function() return t <= u end))
print(pcall(function() return t == u end))
print(pcall(function() return -t end))
print(pcall(function() return t() end))
print(pcall(function() return #t end))
print(pcall(function() return tostring(setmetatable({}, {__tostring = function() error("ts", 2) end})) end))
local s = setmetatable({}, {__index = string.rep})
print(pcall(function() return s[1] end))
local n = setmetatable({}, {__index = function(t, k) error("lvl1") end})
print(pcall(function() return n.q end))
print(pcall(function() return n.q end, 3))
print(pcall(function()
  local function f() error("deep", 3) end
  local function g() f() end
  g()
end))
print(select(2, pcall(string.rep)))
print(pcall(function() return ("x"):bad() end))
print(pcall(function() local d = debug.getinfo(1, "l"); local e = debug.getinfo(2, "l"); return d.currentline, e and e.currentline end))
local function lines()
  local a = debug.getinfo(1, "l").currentline
  local b = debug.getinfo(2, "l").currentline
  return a, b
end
print(lines())
print(xpcall(function() error("x") end, function(m) return m .. " | " .. tostring(debug.getinfo(2, "l").currentline) end))
print(xpcall(function() local z = nil; return z.a end, debug.traceback))
print(xpcall(function() error("x") end, function(m) error("again") end))
print(xpcall(function() error("x") end, nil))
print(xpcall(function() return 1, 2 end, print))
print(xpcall(function() error({1}) end, function(m) return type(m), 5 end))
print(xpcall(function() local t = nil; t.x = 1 end, function(m) return m end))
local function deep2(n) if n == 0 then error("bottom") end return (deep2(n - 1)) end
print(xpcall(function() deep2(3) end, debug.traceback))
print(pcall(xpcall, function() error("in") end, function(m) return "h:" .. m end))
print(debug.traceback("m"))
local function f() return debug.traceback("in f", 1) end
print(f())
local function g() print(debug.traceback()) end
g()
local tt = {} function tt.m() print(debug.traceback("x", 2)) end
tt.m()
local function r(n) if n == 0 then print(debug.traceback()) return end r(n - 1) end
r(30)
print(pcall(debug.traceback))
print(xpcall(function() string.rep() end, debug.traceback))
print(xpcall(function() local x = {} .. 1 end, debug.traceback))

-- debug.getinfo levels, coroutine stacks and tracebacks of other threads
do
local function show(i)
  local d = debug.getinfo(i, "Sln")
  if not d then print(i, "nil") return end
  print(i, d.currentline, d.what, d.short_src, d.linedefined, d.lastlinedefined, d.name, d.namewhat, d.source)
end
local function a()
  show(1) show(2) show(3) show(4) show(5)
end
local function b()
  a()
  return 1
end
b()
local t = {}
function t.m() show(2) show(3) end
t.m()
pcall(function() show(2) show(3) show(4) end)
print(debug.getinfo(print).what, debug.getinfo(print).currentline, debug.getinfo(print).short_src)
print(debug.getinfo(b).linedefined, debug.getinfo(b).lastlinedefined, debug.getinfo(b).what)
local co = coroutine.create(function() show(1) show(2) show(3) end)
coroutine.resume(co)
end
do
local co2 = coroutine.create(function() print(debug.traceback("in co")) coroutine.yield() print(debug.traceback("again")) end)
coroutine.resume(co2)
print(debug.traceback(co2))
print(debug.traceback(co2, "msg"))
print(debug.traceback(co2, "msg", 1))
local function later() coroutine.resume(co2) end
later()
print(debug.traceback(co2))
local co3 = coroutine.create(function(a) local function inner() coroutine.yield(1) end inner() end)
coroutine.resume(co3)
print(debug.traceback(co3, "deep"))
print(debug.traceback(coroutine.create(function() end), "fresh"))
print(coroutine.wrap(function() return debug.traceback("w") end)())
end

-- C stack limits (LUAI_MAXCCALLS) and deep recursion past the host's JS stack
do
local max = 0
local function f(n) max = n; return 1 + f(n + 1) end
print(pcall(f, 1)) print(max)
local function g(n) max = n; local t = setmetatable({}, {__index = function(t, k) return g(n + 1) end}); return t.x end
max = 0 print(pcall(g, 1)) print(max)
local function h(n) max = n; return (pcall(h, n + 1)) end
max = 0 print(h(1)) print(max)
local function s(n) max = n; local a = {3,2,1}; table.sort(a, function(x, y) if n < 1e9 then s(n + 1) end return x < y end) end
max = 0 print(pcall(s, 1)) print(max)
local function r(n) max = n; local c = coroutine.create(r); local ok, e = coroutine.resume(c, n + 1); if not ok then error(e, 0) end end
max = 0 print(pcall(r, 1)) print(max)
local function gs(n) max = n; return (string.gsub("a", "a", function() return gs(n + 1) end)) end
max = 0 print(pcall(gs, 1)) print(max)
local function ts(n) max = n; return tostring(setmetatable({}, {__tostring = function() return ts(n + 1) end})) end
max = 0 print(pcall(ts, 1)) print(max)
local function xp(n) max = n; return (xpcall(function() return xp(n + 1) end, function(m) return m end)) end
max = 0 print(xp(1)) print(max)
end
