local function f(...) return select("#", ...), ... end
print(f())
print(f(nil))
print(f(1, nil, 3))
local function g(a, b, ...) local t = {...}; return a, b, #t, ... end
print(g(1))
print(g(1, 2, 3, 4))
local function h(...) local a, b = ...; return a, b end
print(h(5, 6, 7))
local function old(...) return arg and arg.n, arg and arg[1] end
print(old(7, 8))
local function va2(...) return ... end
print((va2(1, 2, 3)))
print(va2(1, 2, 3), va2(4, 5))
local t = {va2(1, 2), va2(3, 4)}
print(#t, t[1], t[2], t[3])
local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())
local function shared()
  local v = 0
  local function get() return v end
  local function set(x) v = x end
  return get, set
end
local get, set = shared()
set(42); print(get())
local fns = {}
for i = 1, 3 do local j = i * 10; fns[i] = function() j = j + 1; return i, j end end
print(fns[1](), fns[1](), fns[2]())
local k = 1
while k <= 3 do local kk = k; fns[k] = function() return kk end; k = k + 1 end
print(fns[1](), fns[3]())
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(20))
local function tail(n, acc) if n == 0 then return acc end return tail(n - 1, acc + n) end
print(tail(100, 0))
local obj = {v = 5}
function obj.static(x) return x end
function obj:method(x) return self.v + x end
print(obj.static(3), obj:method(3), obj.method(obj, 4))
local a = {b = {c = {}}}
function a.b.c.deep() return "deep" end
function a.b.c:m() return self == a.b.c end
print(a.b.c.deep(), a.b.c:m())
print(select(2, pcall(error)))
print(pcall(error, nil))
print(pcall(error, {code = 1}))
print(pcall(error, "msg", 0))
print(pcall(error, "msg", 2))
local function lvl2() error("from lvl2", 2) end
local function caller() lvl2() end
print(pcall(caller))
print(pcall(function() error("x", 3) end))
print(xpcall(function() error("boom") end, function(m) return "handled: " .. m end))
print(xpcall(function() return 1, 2 end, print))
print(pcall(pcall))
print(pcall(function() local x = nil; x() end))
print(pcall(function() local t = {}; t.a.b = 1 end))
print(pcall(function() undefinedglobal.x = 1 end))
print(pcall(function() local up = nil; return (function() return up.x end)() end))
print(pcall(function() local s = "str"; return s + 1 end))
print(pcall(function() return {} .. {} end))
print(pcall(function() local a = {}; return a.b.c.d end))
print(pcall(function() return math.floor("x") end))
print(pcall(function() return ("x"):bad() end))
print(pcall(function() return string.nope() end))
print(pcall(function() local t = {} return t:nomethod() end))
print(pcall(function() return nil .. "x" end))
print(pcall(function() return 1 + {} end))
print(pcall(function() local a = "10"; local b = {}; return a * b end))
print(pcall(function() for i = 1, "x" do end end))
print(pcall(function() for i = nil, 2 do end end))
print(pcall(function() for i = 1, 2, {} do end end))
print(pcall(function() for k, v in nil do end end))
print(pcall(function() for k, v in pairs(nil) do end end))
print(pcall(function() return ipairs() end))
print(pcall(next, {}, "nokey"))
print(pcall(function() return #5 end))
print(pcall(string.rep))
print(pcall(function() return ("x"):rep() end))
print(pcall(function() local r = string.rep; return r() end))
print(pcall(function() return tostring() end))
print(pcall(setmetatable, 1, {}))
print(pcall(function() error() end))
print(pcall(function() error(setmetatable({}, {__tostring = function() return "E" end})) end))
print(pcall(assert, false))
print(pcall(assert, nil, "custom message"))
print(pcall(assert, 1, 2, 3))
print(pcall(function() assert(false, "in lua") end))
local ok, e = pcall(function() local function rec() return 1 + rec() end return rec() end)
print(ok, e)
print(pcall(loadstring, "return 1"))
print(loadstring("return 1 +")) 
print(loadstring("x =")) 
print(loadstring("local 1 = 2"))
print(loadstring("return 'abc"))
print(loadstring("return \"abc\ndef\""))
print(loadstring("f(\n)"))
print(loadstring("x = }"))
print(loadstring("if x then"))
print(loadstring("while true do"))
print(loadstring("for i = 1, 2 do\n\nx()"))
print(loadstring("return return"))
print(loadstring("x = 1 y = 2 return 3 4"))
print(loadstring("local function end"))
print(loadstring("x = 0x"))
print(loadstring("x = 1e+"))
print(loadstring("x = '\\400'"))
print(loadstring("x = [=[ abc ]]"))
print(loadstring("x = [==x"))
print(loadstring("f()\n(g)()"))
print(loadstring("a.b:c()"))
print(loadstring("a:b"))
print(loadstring("x = ~1"))
print(loadstring("return ...", "=mychunk"))
print(loadstring("error('e')", "@file.lua"))
print(pcall(loadstring("error('runtime')", "=named")))
print(pcall(loadstring("\n\nerror('line3')")))
print(pcall(loadstring("local x = nil; return x.y", "a very long chunk name that goes on and on and on and on and on and on")))
print(loadstring("x = 1")())
print(loadstring("return ...")(1, 2))
local fenv = {print = print}
local lf = loadstring("y = 5; return y")
setfenv(lf, fenv)
print(lf(), fenv.y, y)
print(getfenv(lf) == fenv, getfenv(print) == _G, getfenv() == _G, getfenv(1) == _G, getfenv(0) == _G)
print(load(function() return nil end))
local pieces = {"return ", "1 + ", "2"}
local pi = 0
print(load(function() pi = pi + 1; return pieces[pi] end)())
print(_VERSION, type(_G), _G._G == _G, _G.print == print)
print(pcall(setfenv, print, {}))
print(type(collectgarbage("count")), collectgarbage(), type(gcinfo()))
print(pcall(collectgarbage, "bogus"))
