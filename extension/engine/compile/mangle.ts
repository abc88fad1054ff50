/**
 * Private name mangling (CPython's _Py_Mangle / _Py_MaybeMangle): inside class `Name`, an
 * identifier `__x` that does not end in `__` becomes `_Name__x`, whatever it names.
 */

/** `ident` as written inside a class whose (unmangled) name is `privateName`. */
export function mangle(privateName: string | null, ident: string): string {
  if (privateName === null || !ident.startsWith('__')) return ident;
  // __dunder__ names stay as they are; so do dotted module names (only imports have dots).
  if (ident.endsWith('__') || ident.includes('.')) return ident;
  const stripped = privateName.replace(/^_+/, '');
  // A class named only with underscores mangles nothing.
  if (stripped === '') return ident;
  return `_${stripped}${ident}`;
}

/**
 * Mangling as seen from a block: the type-parameter block of a generic class mangles only its
 * type parameters' names (`mangledNames`), so that other names there keep their spelling.
 */
export function maybeMangle(privateName: string | null, mangledNames: ReadonlySet<string> | null, ident: string): string {
  if (mangledNames !== null && !mangledNames.has(ident)) return ident;
  return mangle(privateName, ident);
}
