/**
 * Compile-time proof that a schema and the engine contract it validates are the same type. The engine
 * owns its input types (src/engine/contracts); each schema here declares
 * `export type ...Checked = Assert<Equals<z.output<typeof schema>, Contract>>`, which stops compiling the
 * moment a field is added, dropped, renamed, retyped or made optional on one side only.
 */

/**
 * True only when A and B are identical, not merely assignable each way: an optional field present on one
 * side only, or `T` against `T | undefined`, makes it false.
 */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when given `true`. */
export type Assert<T extends true> = T;
