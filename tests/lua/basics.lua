-- Values, operators, control flow, locals and scoping
print(1, 1.5, -2, 1e300 * 10, 2^10, 7 % 3, -7 % 3, 7 % -3, 5.5 % 2, 10 / 4, 3 - -3)
print(1 == 1.0, "a" == "a", nil == false, 1 < 2, "a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
print(not nil, not 0, nil and 1, false or "x", 1 and 2, nil or false, 0 or 1)
print(10 .. 20, "x" .. 1.5, 2^53 .. "", 1/3 .. "")
print(#"hello", #{1, 2, 3}, #{}, #"")
print("10" + 5, "3" * "4", "0x10" + 0, " 7 " * 2, 10 - "2.5")
print(math.huge, -math.huge, 1e15, 1e16, 123456789012, 0.1 + 0.2, 100, 1e100, 2^63, -2^63, 5e-324)
print(3.14159265358979, 1/7, 22/7, 1e-5, 123.456e10)
local a, b, c = 1, 2
print(a, b, c)
local x, y = 1, 2, 3
print(x, y)
a, b = b, a
print(a, b)
do local a = 10; print(a) end
print(a)
local i = 1
while i < 5 do i = i + 1 end
print(i)
repeat local k = i; i = i - 1 until k < 3
print(i)
for j = 1, 3 do io = j end
print(io)
for j = 10, 1, -3 do print(j) end
for j = 1, 0 do print("never") end
for j = 1.5, 3 do print(j) end
for j = 0.1, 0.5, 0.1 do print(j) end
for j = "1", "2" do print(j) end
local t = {}
for k = 1, 3 do t[k] = function() return k end end
print(t[1](), t[2](), t[3]())
if false then print(1) elseif nil then print(2) elseif 0 then print(3) else print(4) end
for k = 1, 10 do if k == 3 then break end print(k) end
local n = 0
while true do n = n + 1; if n > 100 then break end end
print(n)
print(type(nil), type(1), type("s"), type({}), type(print), type(true), type(coroutine.create(function() end)))
-- numeric edge cases for tostring
print(1e14, 1e15, 123456789012345678, 0.1, 1/3, -1/3, 1e-10, 2^-1074, 2^1023 * 2)
