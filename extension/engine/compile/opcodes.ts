/**
 * The engine's instruction set: CPython 3.14's opcodes where the concept is the same (names and
 * stack effects as in Python/bytecodes.c), simplified where specialization or caches do not apply.
 * The call protocol is CPython's: [callable, self_or_null, args...].
 */
export enum Op {
  NOP,
  POP_TOP,
  PUSH_NULL,
  /** Push a new reference to the item `arg` deep (1 = top). */
  COPY,
  SWAP,
  LOAD_CONST,
  LOAD_FAST,
  /** LOAD_FAST that raises UnboundLocalError when the local is unset. */
  LOAD_FAST_CHECK,
  /** Push the local (or NULL) and unset it: inlined comprehensions save outer values this way. */
  LOAD_FAST_AND_CLEAR,
  STORE_FAST,
  DELETE_FAST,
  MAKE_CELL,
  COPY_FREE_VARS,
  LOAD_DEREF,
  /** Push the cell object itself (to build a closure tuple). */
  LOAD_CLOSURE,
  STORE_DEREF,
  DELETE_DEREF,
  /** Class bodies read free variables from the namespace first, then the cell. */
  LOAD_FROM_DICT_OR_DEREF,
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  LOAD_BUILD_CLASS,
  LOAD_ATTR,
  /** Pushes [method, self] for a method found on the type, or [attr, NULL]. */
  LOAD_METHOD,
  /** super().name as one instruction: [super, class, self] → attribute. */
  LOAD_SUPER_ATTR,
  STORE_ATTR,
  DELETE_ATTR,
  BINARY_OP,
  UNARY_OP,
  UNARY_NOT,
  TO_BOOL,
  COMPARE_OP,
  IS_OP,
  CONTAINS_OP,
  BINARY_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  BUILD_SLICE,
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_MAP,
  BUILD_SET,
  BUILD_STRING,
  LIST_APPEND,
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND,
  DICT_UPDATE,
  DICT_MERGE,
  LIST_TO_TUPLE,
  FORMAT_SIMPLE,
  FORMAT_WITH_SPEC,
  CONVERT_VALUE,
  UNPACK_SEQUENCE,
  UNPACK_EX,
  JUMP,
  /** A backward jump: also the point where a scheduled collection may run. */
  JUMP_BACKWARD,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
  GET_ITER,
  /** Push the next item, or pop the iterator and jump to arg when exhausted. */
  FOR_ITER,
  CALL,
  /** The top of stack is a tuple constant of keyword names. */
  CALL_KW,
  /** [callable, null, args tuple, kwargs dict or NULL]. */
  CALL_FUNCTION_EX,
  MAKE_FUNCTION,
  /** arg: 1 defaults, 2 kwdefaults, 8 closure; attributes beneath the function on the stack. */
  SET_FUNCTION_ATTRIBUTE,
  RETURN_VALUE,
  RAISE_VARARGS,
  RERAISE,
  PUSH_EXC_INFO,
  POP_EXCEPT,
  CHECK_EXC_MATCH,
  LOAD_ASSERTION_ERROR,
  IMPORT_NAME,
  IMPORT_FROM,
  /** Calls __exit__(None, None, None) or with the exception: see the with statement. */
  WITH_EXCEPT_START,
  BEFORE_WITH,
  /** The first instruction of a generator's code: the call returns a generator owning the frame. */
  RETURN_GENERATOR,
  /** Suspends the generator's frame, handing the top of the stack to its resumer (arg 1: inside `yield from`). */
  YIELD_VALUE,
  /** [receiver, v] → [receiver, yielded], or [receiver, result] and jump to arg when the receiver finished. */
  SEND,
  /** [receiver, value] → [value]. */
  END_SEND,
  /** iter() for `yield from`, except that a generator delegates to itself. */
  GET_YIELD_FROM_ITER,
  /** `await`: the awaited coroutine itself, or the iterator its __await__ returns. */
  GET_AWAITABLE,
  /** [sub_iter, last_sent, exc]: StopIteration's value becomes [None, value]; anything else is re-raised. */
  CLEANUP_THROW,
  /** Applies intrinsic function `arg` to the top of the stack (CPython's numbering). */
  CALL_INTRINSIC_1,
  /** [obj] → [method, obj] or [bound, NULL]: __enter__ (arg 0) or __exit__ (arg 1) looked up on the type. */
  LOAD_SPECIAL,
  /** Pattern matching: [subject, cls, names] → [subject, attributes tuple or None]. arg = positional count. */
  MATCH_CLASS,
  /** [subject] → [subject, bool]: is it a mapping / a sequence (for match). */
  MATCH_MAPPING,
  MATCH_SEQUENCE,
  /** [subject, keys] → [subject, keys, values tuple or None]. */
  MATCH_KEYS,
  /** [obj] → [obj, len(obj)]. */
  GET_LEN,
  /** except*: [exc, type] → [rest, match]; a match (not None) becomes the handled exception. */
  CHECK_EG_MATCH,
  /** The end of try/except*: [orig, list of raised/unhandled] → [exception to re-raise, or None]. */
  PREP_RERAISE_STAR,
  /** Records the value-stack depth for exception handler `arg` (entering a try block). */
  SETUP_HANDLER,
  /** Marks the start of a function body: a safe point for scheduled collections. */
  RESUME,
}

export const OP_COUNT = Op.RESUME + 1;
