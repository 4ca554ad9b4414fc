local t = {k = "v"}
local up = "s"
local function try(f) print(select(2, pcall(f))) end
try(function() return (t.k) + 1 end)
try(function() return (up) + 1 end)
try(function() local l = {} return (l) + 1 end)
try(function() return (gg) + 1 end)
try(function() return (1 and t.k) + 1 end)
try(function() return (nil or t.k) + 1 end)
try(function() return (t.k or 1) + 1 end)
try(function() return (t.x and 1) + 1 end)
try(function() return (false and up) + 1 end)
try(function() return (gfn)() end)
try(function() return (t.x or nil)() end)
try(function() return (f())() end)
print(loadstring("(a) = 1"), loadstring("(a).b = 1"), loadstring("(a)[1], (b) = 1, 2"))
local function f2() return 1, 2 end
print(1 and f2())
print(nil or f2())
print(#{1 and f2()}, (1 and f2()))
print(false and error("x"), nil and nil, true or error("y"))
