# Weakscope's copy module: shallow and deep copies as CPython 3.14 makes them.
#
# Written for Weakscope (CPython's Lib/copy.py was read only to learn the behaviour). What a
# program can observe is kept: which types are returned as they are, the __copy__/__deepcopy__
# hooks, copyreg.dispatch_table, then __reduce_ex__(4) and _reconstruct; a deep copy's memo dict
# maps id(original) to its copy and keeps every copied original alive in a list stored under
# id(memo) until the outermost deepcopy returns; a tuple's items are copied into a list first and
# the tuple is rebuilt only when some item changed.

from copyreg import dispatch_table
from _weakref import ref as _weakref_type


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy", "replace"]


# The types `types` would name, found without importing it.
def _function():
    pass


class _Holder:
    def method(self):
        pass


_NoneType = type(None)
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)
_BuiltinFunctionType = type(len)
_FunctionType = type(_function)
_CodeType = type(_function.__code__)
_MethodType = type(_Holder().method)
# Kept: a deleted class would be cyclic garbage that a program's first gc.collect() would count.


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _copy_atomic_types:
        return x
    if cls in _copy_builtin_containers:
        return cls.copy(x)
    if issubclass(cls, type):
        # A class is its own copy.
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_atomic_types = frozenset({
    _NoneType, int, float, bool, complex, str, tuple, bytes, frozenset, type, range, slice,
    property, _BuiltinFunctionType, _EllipsisType, _NotImplementedType, _FunctionType, _CodeType,
    _weakref_type, super})
_copy_builtin_containers = frozenset({list, dict, set, bytearray})


def _reduce(x, cls, kind):
    # copyreg's table first, then the object's own reduction.
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (kind, cls))


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic_types:
        return x
    d = id(x)
    if memo is None:
        memo = {}
    else:
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # An object that is its own copy is not remembered.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_atomic_types = frozenset({
    _NoneType, _EllipsisType, _NotImplementedType, int, float, bool, complex, bytes, str,
    _CodeType, type, range, _BuiltinFunctionType, _FunctionType, _weakref_type, property})


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # The tuple itself is never memoized, but copying its items may have copied it already
    # (through a mutable object that refers back to it).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    _MethodType: _deepcopy_method,
}


def _keep_alive(x, memo):
    # The memo's ids stay valid only while the originals live: keep them in the memo itself.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
