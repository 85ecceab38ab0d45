local ____exports = {}
--- A run that ended in a timeout instead of an exit code.
____exports.TIMED_OUT = -1
return ____exports
