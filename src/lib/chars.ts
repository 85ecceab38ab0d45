// Character classes for the validators. TSTL has no regular expressions, and Lua patterns would
// not run in the TypeScript unit tests, so classes are byte comparisons that mean the same in both.

export function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}
export function isLower(c: string): boolean {
  return c >= "a" && c <= "z";
}
export function isUpper(c: string): boolean {
  return c >= "A" && c <= "Z";
}
export function isLowerAlnum(c: string): boolean {
  return isDigit(c) || isLower(c);
}
export function isAlnum(c: string): boolean {
  return isLowerAlnum(c) || isUpper(c);
}
export function allOf(text: string, accept: (c: string) => boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!accept(text.charAt(i))) return false;
  }
  return true;
}
/** Non-empty and every character accepted. */
export function madeOf(text: string, accept: (c: string) => boolean): boolean {
  return text.length > 0 && allOf(text, accept);
}
