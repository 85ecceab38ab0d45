local ____exports = {}
local file = require("file")
local json = require("json")
function ____exports.miseReader()
    return {
        os = RUNTIME.osType,
        readText = function(path)
            local handle = io.open(path, "rb")
            if handle == nil then
                return nil
            end
            local text = handle:read("*a")
            handle:close()
            return text or ""
        end,
        exists = function(path) return file.exists(path) end,
        decodeJson = function(text) return json.decode(text) end
    }
end
return ____exports
