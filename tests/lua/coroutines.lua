local co = coroutine.create(function(a, b)
  print("start", a, b)
  local c = coroutine.yield(a + b)
  print("got", c)
  local d, e = coroutine.yield(c * 2)
  print("got2", d, e)
  return "done", 99
end)
print(coroutine.status(co))
print(coroutine.resume(co, 1, 2))
print(coroutine.status(co))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, "x", "y"))
print(coroutine.status(co))
print(coroutine.resume(co))
local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)
print(gen(), gen(), gen())
local function producer()
  return coroutine.wrap(function() for _, v in ipairs({"a", "b", "c"}) do coroutine.yield(v) end return nil end)
end
for v in producer() do print(v) end
local errco = coroutine.create(function() error("inside") end)
print(coroutine.resume(errco))
print(coroutine.status(errco))
local errco2 = coroutine.create(function() error({}) end)
print(type(select(2, coroutine.resume(errco2))))
print(pcall(coroutine.wrap(function() error("wrapped") end)))
print(pcall(coroutine.wrap(function() local x = nil; return x.y end)))
print(coroutine.running())
local inner
local outer = coroutine.create(function()
  print("outer running", coroutine.running() ~= nil)
  inner = coroutine.create(function() print("status of outer", coroutine.status(outer)); coroutine.yield() end)
  coroutine.resume(inner)
  print("inner", coroutine.status(inner))
  coroutine.yield()
end)
coroutine.resume(outer)
print(coroutine.status(outer), coroutine.status(inner))
print(pcall(coroutine.yield))
print(pcall(coroutine.resume, 1))
print(pcall(coroutine.create, print))
print(coroutine.resume(coroutine.create(function() return coroutine.resume(coroutine.running()) end)))
local function perm(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a) else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      perm(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
for p in coroutine.wrap(function() perm({1, 2, 3}) end) do print(table.concat(p, " ")) end
local co3 = coroutine.create(function(...) print(select("#", ...)); return select("#", coroutine.yield()) end)
coroutine.resume(co3, nil, nil)
print(coroutine.resume(co3, nil, nil, nil))
local co4 = coroutine.wrap(function() pcall(function() coroutine.yield(1) end); return 2 end)
print(co4(), pcall(co4))
local yielded = {}
local co5 = coroutine.create(function() local ok, err = pcall(function() coroutine.yield("in pcall"); error("after") end); coroutine.yield(ok, err); return "end" end)
print(coroutine.resume(co5)); print(coroutine.resume(co5)); print(coroutine.resume(co5)); print(coroutine.resume(co5))
print(select("#", coroutine.resume(coroutine.create(function() end))))
local mt = setmetatable({}, {__index = function(t, k) return coroutine.yield(k) end})
print(coroutine.resume(coroutine.create(function() return mt.x end)))
print(pcall(table.sort, {3, 2, 1}, function(a, b) coroutine.yield() end))
