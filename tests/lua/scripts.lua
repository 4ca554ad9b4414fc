-- Shapes of scripts libraries send to Redis: argument parsing, counters, rate limiting, queues
local KEYS = {"rate:user:1", "queue:wait", "queue:active"}
local ARGV = {"10", "60000", "1700000000123", "job-42", '{"a":1}'}
local limit, window, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
print(limit, window, now, now - window, math.floor(now / 1000), string.format("%.0f", now * 1000))
local store = {}
local function incrby(key, n) store[key] = (tonumber(store[key]) or 0) + n return store[key] end
for i = 1, 12 do
  local current = incrby(KEYS[1], 1)
  if current > limit then print("limited at", i, current) break end
end
local queue = {}
local function lpush(q, ...) for _, v in ipairs({...}) do table.insert(q, 1, v) end return #q end
local function rpop(q) return table.remove(q) end
print(lpush(queue, "a", "b", "c"), rpop(queue), rpop(queue), #queue)
local jobId = ARGV[4]
local prefix = string.match(jobId, "^(%a+)%-")
local num = tonumber(string.match(jobId, "(%d+)$"))
print(prefix, num, jobId:sub(1, 3), jobId:upper(), #jobId)
local fields = {}
for k, v in string.gmatch("name=alice;age=30;city=paris", "(%w+)=(%w+)") do fields[#fields + 1] = k .. ":" .. v end
print(table.concat(fields, ","))
local parts = {}
for part in string.gmatch("a:b::c", "([^:]*)") do parts[#parts + 1] = "[" .. part .. "]" end
print(table.concat(parts))
local function split(s, sep) local out = {} for piece in (s .. sep):gmatch("(.-)" .. sep:gsub("%p", "%%%0")) do out[#out + 1] = piece end return out end
print(unpack(split("1,2,,3", ",")))
local t = {}
for i = 1, 10 do t[i] = i * i end
print(#t, t[#t], select("#", unpack(t)), math.max(unpack(t)))
local ok, err = pcall(function() local n = tonumber("abc") return n + 1 end)
print(ok, err)
local ok2, err2 = pcall(function() error({err = "WRONGTYPE Operation against a key"}) end)
print(ok2, type(err2), err2.err)
local ok3, err3 = pcall(function() error("custom failure") end)
print(ok3, err3)
print(string.format("%s:%d:%s", "job", 42, tostring(true)), ("%5.1f%%"):format(99.44))
print(tostring(1e15), tostring(1e16), tostring(-1e15), 2^31, 2^31 - 1, -(2^31))
print(string.rep("=", 20))
local hex = ""
for i = 1, 8 do hex = hex .. string.format("%02x", (i * 37) % 256) end
print(hex, #hex)
local r = {}
for _, v in ipairs({5, 3, 9, 1}) do r[#r + 1] = v end
table.sort(r, function(a, b) return a > b end)
print(table.concat(r, " "))
local s = 0
for i = 1, 1000 do if i % 3 == 0 or i % 5 == 0 then s = s + i end end
print(s)
local memo = {}
local function fib(n) if n <= 2 then return 1 end if memo[n] then return memo[n] end local v = fib(n - 1) + fib(n - 2) memo[n] = v return v end
print(fib(80), fib(90))
