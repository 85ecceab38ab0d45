// The slice of fengari's C-like API the Lua test VM uses.
declare module "fengari" {
  type State = object;
  type JsFunction = (L: State) => number;
  const fengari: {
    to_luastring(s: string): Uint8Array;
    to_jsstring(s: Uint8Array): string;
    lua: {
      LUA_TNIL: number;
      LUA_TBOOLEAN: number;
      LUA_TNUMBER: number;
      LUA_TSTRING: number;
      LUA_TTABLE: number;
      LUA_TLIGHTUSERDATA: number;
      LUA_REGISTRYINDEX: number;
      lua_gettop(L: State): number;
      lua_settop(L: State, n: number): void;
      lua_type(L: State, i: number): number;
      lua_pushnil(L: State): void;
      lua_pushboolean(L: State, b: boolean): void;
      lua_pushinteger(L: State, n: number): void;
      lua_pushnumber(L: State, n: number): void;
      lua_pushstring(L: State, s: Uint8Array): void;
      lua_pushlightuserdata(L: State, p: object): void;
      lua_pushjsfunction(L: State, f: JsFunction): void;
      lua_pushvalue(L: State, i: number): void;
      lua_newtable(L: State): void;
      lua_setfield(L: State, i: number, k: Uint8Array): void;
      lua_getfield(L: State, i: number, k: Uint8Array): number;
      lua_setglobal(L: State, k: Uint8Array): void;
      lua_getglobal(L: State, k: Uint8Array): number;
      lua_rawseti(L: State, i: number, n: number): void;
      lua_next(L: State, i: number): number;
      lua_pop(L: State, n: number): void;
      lua_toboolean(L: State, i: number): boolean;
      lua_tonumber(L: State, i: number): number;
      lua_isinteger(L: State, i: number): boolean;
      lua_tojsstring(L: State, i: number): string;
      lua_touserdata(L: State, i: number): unknown;
      lua_absindex(L: State, i: number): number;
      lua_pcall(L: State, nargs: number, nresults: number, errfunc: number): number;
    };
    lauxlib: {
      luaL_newstate(): State;
      luaL_error(L: State, fmt: Uint8Array, ...args: unknown[]): number;
      luaL_loadstring(L: State, s: Uint8Array): number;
      luaL_tolstring(L: State, i: number): Uint8Array;
    };
    lualib: { luaL_openlibs(L: State): void };
  };
  export default fengari;
}
