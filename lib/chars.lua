local ____lualib = require("lualib_bundle")
local __TS__StringCharAt = ____lualib.__TS__StringCharAt
local ____exports = {}
function ____exports.isDigit(c)
    return c >= "0" and c <= "9"
end
function ____exports.isLower(c)
    return c >= "a" and c <= "z"
end
function ____exports.isUpper(c)
    return c >= "A" and c <= "Z"
end
function ____exports.isLowerAlnum(c)
    return ____exports.isDigit(c) or ____exports.isLower(c)
end
function ____exports.isAlnum(c)
    return ____exports.isLowerAlnum(c) or ____exports.isUpper(c)
end
function ____exports.allOf(text, accept)
    do
        local i = 0
        while i < #text do
            if not accept(__TS__StringCharAt(text, i)) then
                return false
            end
            i = i + 1
        end
    end
    return true
end
--- Non-empty and every character accepted.
function ____exports.madeOf(text, accept)
    return #text > 0 and ____exports.allOf(text, accept)
end
return ____exports
