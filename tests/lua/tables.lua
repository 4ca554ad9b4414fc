local t = {1, 2, 3, x = "a", ["y z"] = "b", [10] = 10}
print(t[1], t[3], t.x, t["y z"], t[10], #t, t.nothing)
t[#t + 1] = 4
print(#t, t[4])
t[2] = nil
print(t[2])
local t2 = {[1] = "a", "b"}
print(t2[1])
local function three() return 1, 2, 3 end
local t3 = {three()}
print(#t3, t3[3])
local t4 = {three(), three()}
print(#t4, t4[1], t4[2], t4[4])
local t5 = {(three())}
print(#t5)
local t6 = {three(), nil}
print(#t6)
print(#{n = 1}, #{1, 2, nil, 4})
t = {}
t[1.0] = "one"; t[2] = "two"
print(t[1], #t)
t = {10, 20, 30}
table.insert(t, 40); table.insert(t, 1, 5); table.insert(t, 3, 15)
print(table.concat(t, ","))
print(table.remove(t), table.remove(t, 1), table.concat(t, ","))
print(table.remove({}), #t)
print(table.concat({1, 2, 3}), table.concat({"a", "b"}, ", "), table.concat({1, 2, 3, 4}, "-", 2, 3), table.concat({}, "x"))
print(pcall(table.concat, {1, {}, 3}))
print(pcall(table.insert, {}, 1, 2, 3))
print(table.getn({1, 2, 3}), table.maxn({1, 2, [10] = 3, [5.5] = 1}), table.maxn({}))
print(pcall(table.setn, {}, 1))
local s = {5, 2, 8, 1, 9, 3}
table.sort(s); print(table.concat(s, " "))
table.sort(s, function(a, b) return a > b end); print(table.concat(s, " "))
local words = {"banana", "apple", "Cherry", "date"}
table.sort(words); print(table.concat(words, " "))
print(pcall(table.sort, {3, 1, "x"}))
print(pcall(table.sort, {1, 2, 3}, function(a, b) return true end))
local big = {}
for i = 1, 100 do big[i] = (i * 37) % 101 end
table.sort(big)
local ok = true
for i = 2, 100 do if big[i - 1] > big[i] then ok = false end end
print(ok, big[1], big[100])
local keys = {}
for k, v in pairs({a = 1, b = 2, c = 3}) do keys[#keys + 1] = k .. "=" .. v end
table.sort(keys); print(table.concat(keys, ","))
for i, v in ipairs({"x", "y", nil, "z"}) do print(i, v) end
print(next({}), next({5}), type(next))
local tt = {a = 1}
print(rawget(tt, "a"), rawequal(tt, tt), rawequal(tt, {}), rawset(tt, "b", 2) == tt, tt.b)
print(select("#"), select("#", nil, nil), select(2, "a", "b", "c"), select(-1, "a", "b", "c"))
print(pcall(select, 0, "a"))
print(unpack({1, 2, 3}), unpack({1, 2, 3}, 2), unpack({1, 2, 3}, 2, 3), unpack({}, 1, 2))
table.foreachi({"a", "b"}, print)
print(table.foreach({k = "v"}, function(k, v) return k .. v end))
local nested = {a = {b = {c = "deep"}}}
print(nested.a.b.c)
local cnt = 0
for k in pairs({1, 2, 3, a = 1, b = 2}) do cnt = cnt + 1 end
print(cnt)
local arr = {}
for i = 1, 5 do arr[i] = i end
for i = 1, 5 do arr[i] = nil end
print(#arr, next(arr))
local h = {}
h.x = 1; h.y = 2; h.x = nil
for k, v in pairs(h) do print(k, v) end
print(pcall(function() local q = {}; q[nil] = 1 end))
print(pcall(function() local q = {}; q[0/0] = 1 end))
print(pcall(rawset, {}, nil, 1))
print(({[1]="a"})[1.0], ({[-0]="z"})[0])
