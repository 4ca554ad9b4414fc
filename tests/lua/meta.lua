local V = {}
V.__index = V
V.__add = function(a, b) return setmetatable({x = a.x + b.x}, V) end
V.__sub = function(a, b) return setmetatable({x = a.x - b.x}, V) end
V.__mul = function(a, b) if type(b) == "number" then return setmetatable({x = a.x * b}, V) end return a.x * b.x end
V.__div = function(a, b) return "div" end
V.__mod = function(a, b) return "mod" end
V.__pow = function(a, b) return "pow" end
V.__unm = function(a) return setmetatable({x = -a.x}, V) end
V.__eq = function(a, b) return a.x == b.x end
V.__lt = function(a, b) return a.x < b.x end
V.__le = function(a, b) return a.x <= b.x end
V.__concat = function(a, b) return "cat" end
V.__call = function(self, y) return self.x + y end
V.__tostring = function(v) return "V(" .. v.x .. ")" end
V.__len = function() return 99 end
function V.new(x) return setmetatable({x = x}, V) end
function V:double() return V.new(self.x * 2) end
local a, b = V.new(1), V.new(2)
print(tostring(a + b), tostring(a - b), tostring(a * 3), a * b, a / b, a % b, a ^ b, tostring(-a))
print(a == b, a == V.new(1), a ~= b, a < b, a <= b, a > b, a >= b, a .. b, a .. "s", "s" .. a, 1 .. a)
print(a(10), tostring(a:double()), #a)
local ro = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v * 2) end})
ro.x = 5
print(ro.x)
local log = {}
local proxy = setmetatable({}, {__index = function(t, k) return k .. "!" end})
print(proxy.foo, proxy[1])
local chain = setmetatable({}, {__index = setmetatable({a = 1}, {__index = {b = 2}})})
print(chain.a, chain.b, chain.c)
local store = {}
local ni = setmetatable({}, {__newindex = store})
ni.k = "v"
print(rawget(ni, "k"), store.k)
local prot = setmetatable({}, {__metatable = "locked"})
print(getmetatable(prot), pcall(setmetatable, prot, {}))
print(getmetatable("abc").__index == string, getmetatable({}), getmetatable(1))
print(pcall(function() return {} + 1 end))
print(pcall(function() return 1 < {} end))
print(pcall(function() return {} < {} end))
print(pcall(function() return setmetatable({}, {__lt = function() return true end}) < setmetatable({}, {__lt = function() return true end}) end))
print(pcall(function() return "a" < 1 end))
print(pcall(function() return {} .. "x" end))
print(pcall(function() local t = setmetatable({}, {__index = function(t, k) error("idx " .. k) end}); return t.z end))
print(pcall(function() return #nil end))
print(pcall(function() return -{} end))
print(pcall(function() local s = "x"; return s.y.z end))
print(pcall(function() return ("x")() end))
print(pcall(setmetatable, {}, 1))
local eq1 = setmetatable({}, {__eq = function() return true end})
local eq2 = setmetatable({}, {__eq = function() return true end})
print(eq1 == eq2, eq1 == {}, eq1 == eq1)
local cnt = setmetatable({}, {__index = function(t, k) return 0 end})
cnt.a = cnt.a + 1
print(cnt.a, cnt.b)
local mt = {__index = function(t, k) return k * 2 end}
local dbl = setmetatable({}, mt)
print(dbl[21], rawget(dbl, 21))
print(setmetatable({}, {__tostring = function() return 42 end}) ~= nil)
local called = setmetatable({}, {__call = function(self, ...) return select("#", ...), ... end})
print(called(1, nil, 3))
print(pcall(function() local x = setmetatable({}, {__index = 5}); return x.y end))
