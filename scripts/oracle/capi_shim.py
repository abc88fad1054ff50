"""The capi lens on a real CPython: the same functions, called through ctypes.pythonapi.

scripts/record-capi.mjs installs this file as the module `capi` before each test program runs
on the oracle, so every reference count, deallocation, weakref callback and error raised by the
C API itself comes from the real interpreter. Only what C leaves undefined (using a dangling
borrowed pointer, releasing a reference one does not own) and the lens's own reports (compiler
warnings, leaks) are computed here, by an independent implementation of the ownership rules
documented in test/capi/README.md.
"""
import ctypes
import sys

_api = ctypes.pythonapi
_minor = sys.version_info[1]
_obj = ctypes.py_object  # for converting addresses back to objects
_ptr = ctypes.c_void_p


def _fn(name, restype, argtypes):
    f = getattr(_api, name)
    f.restype = restype
    f.argtypes = argtypes
    return f


_Py_IncRef = _fn('Py_IncRef', None, [_ptr])
_Py_DecRef = _fn('Py_DecRef', None, [_ptr])
_NewRef = _fn('PyWeakref_NewRef', _ptr, [_ptr, _ptr])
_NewProxy = _fn('PyWeakref_NewProxy', _ptr, [_ptr, _ptr])
_GetObject = _fn('PyWeakref_GetObject', _ptr, [_ptr])
_ClearWeakRefs = _fn('PyObject_ClearWeakRefs', None, [_ptr])
if _minor >= 13:
    _GetRef = _fn('PyWeakref_GetRef', ctypes.c_int, [_ptr, ctypes.POINTER(_ptr)])
    _NoCallbacks = _fn('PyUnstable_Object_ClearWeakRefsNoCallbacks', None, [_ptr])
if _minor >= 14:
    _IsDead = _fn('PyWeakref_IsDead', ctypes.c_int, [_ptr])

_weakref_types = None


def _types():
    global _weakref_types
    if _weakref_types is None:
        import weakref
        _weakref_types = (weakref.ReferenceType, (weakref.ProxyType, weakref.CallableProxyType))
    return _weakref_types


def _main_frame():
    """The innermost frame of the program (its file is __main__'s)."""
    main = getattr(sys.modules.get('__main__'), '__file__', None)
    f = sys._getframe(1)
    while f is not None and f.f_code.co_filename != main:
        f = f.f_back
    return f


def _line():
    f = _main_frame()
    return f.f_lineno if f is not None else 0


def _address_object(address):
    return ctypes.cast(address, _obj).value


def _refcnt_at(address):
    return ctypes.c_ssize_t.from_address(address).value


# ---- the ownership ledger ------------------------------------------------------------------------

_owned = {}      # id(obj) -> [(fn, line)]
_owned_objs = {}  # id(obj) -> obj's type name
_released_at = {}
_warned = set()


def _tp_name(t):
    """The C type's tp_name (what the C API's messages print)."""
    if t.__flags__ & (1 << 9) or t.__module__ == 'builtins':
        return t.__name__
    return f"{t.__module__}.{t.__name__}"


def _acquire(address, fn):
    _owned.setdefault(address, []).append((fn, _line()))
    _owned_objs[address] = _tp_name(type(_address_object(address)))


def _report_leaks():
    leaks = []
    for address, entries in _owned.items():
        for fn, line in entries:
            leaks.append((line, fn, _owned_objs[address]))
    leaks.sort(key=lambda e: e[0])
    for line, fn, name in leaks:
        print(f"capi: leaked reference: '{name}' object acquired at line {line} by {fn} was never released "
              "(no matching Py_DECREF)", file=sys.stderr)
    if leaks:
        print(f"capi: {len(leaks)} leaked reference{'' if len(leaks) == 1 else 's'}", file=sys.stderr)


import atexit  # noqa: E402
atexit.register(_report_leaks)


# ---- borrowed references -------------------------------------------------------------------------

class Borrowed:
    """A pointer the caller does not own: it holds the address, not a reference."""

    __slots__ = ('_address', '_fn', '_line', '_freed', '_type', '_watch', '__weakref__')

    def __init__(self, address, fn, line):
        import weakref
        obj = _address_object(address)
        object.__setattr__(self, '_address', address)
        object.__setattr__(self, '_fn', fn)
        object.__setattr__(self, '_line', line)
        object.__setattr__(self, '_freed', 0)
        object.__setattr__(self, '_type', _tp_name(type(obj)))

        def freed(_ref, me=weakref.ref(self)):
            b = me()
            if b is not None:
                object.__setattr__(b, '_freed', _line())
        # Learns when (at which line) the referent is freed; its callback prints nothing.
        object.__setattr__(self, '_watch', weakref.ref(obj, freed))
        del obj

    def _target(self):
        if self._watch() is None:
            raise SystemError(f"capi: dangling borrowed reference: borrowed at line {self._line} by {self._fn}, "
                              f"referent ('{self._type}' object) freed at line {self._freed} "
                              "(what would be a use-after-free in C)")
        return _address_object(self._address)

    def __getattr__(self, name):
        return getattr(self._target(), name)

    def __setattr__(self, name, value):
        setattr(self._target(), name, value)

    def __str__(self):
        return str(self._target())

    def __call__(self, *args, **kwargs):
        return self._target()(*args, **kwargs)


def _unwrap(o):
    return o._target() if type(o) is Borrowed else o


def _callback(cb):
    return None if cb is None else _unwrap(cb)


def _warn_deprecated(fn):
    """What the compiler prints for a call site of a Py_DEPRECATED(3.13) function, once per line."""
    if 13 <= _minor < 15 and (fn, _line()) not in _warned:
        _warned.add((fn, _line()))
        main = sys.modules['__main__'].__file__
        print(f"{main}:{_line()}: warning: '{fn}' is deprecated [-Wdeprecated-declarations] "
              "(deprecated since CPython 3.13; use PyWeakref_GetRef())", file=sys.stderr)


def _get_object(ref, fn):
    address = _GetObject(id(ref))
    if address == id(None):
        return None
    return Borrowed(address, fn, _line())


# ---- the functions -------------------------------------------------------------------------------

def PyWeakref_Check(ob):
    ref_type, proxy_types = _types()
    ob = _unwrap(ob)
    return 1 if isinstance(ob, ref_type) or type(ob) in proxy_types else 0


def PyWeakref_CheckRef(ob):
    return 1 if isinstance(_unwrap(ob), _types()[0]) else 0


def PyWeakref_CheckProxy(ob):
    return 1 if type(_unwrap(ob)) in _types()[1] else 0


def PyWeakref_NewRef(ob, callback=None):
    address = _NewRef(id(_unwrap(ob)), id(_callback(callback)))
    _acquire(address, 'PyWeakref_NewRef')
    return _address_object(address)


def PyWeakref_NewProxy(ob, callback=None):
    address = _NewProxy(id(_unwrap(ob)), id(_callback(callback)))
    _acquire(address, 'PyWeakref_NewProxy')
    return _address_object(address)


def PyWeakref_GetObject(ref):
    _warn_deprecated('PyWeakref_GetObject')
    return _get_object(_unwrap(ref), 'PyWeakref_GetObject')


def PyWeakref_GET_OBJECT(ref):
    _warn_deprecated('PyWeakref_GET_OBJECT')
    ref = _unwrap(ref)
    if PyWeakref_Check(ref) == 0:
        raise SystemError(f"capi: PyWeakref_GET_OBJECT on a '{_tp_name(type(ref))}' object, which is not a weak "
                          "reference: the macro does no checking (undefined behaviour in C)")
    return _get_object(ref, 'PyWeakref_GET_OBJECT')


def PyWeakref_GetRef(ref):
    out = _ptr()
    found = _GetRef(id(_unwrap(ref)), ctypes.byref(out))
    if found == 0:
        return (0, None)
    _acquire(out.value, 'PyWeakref_GetRef')
    return (1, _address_object(out.value))


def PyWeakref_IsDead(ref):
    return _IsDead(id(_unwrap(ref)))


def _in_own_dealloc(obj):
    f = sys._getframe(1)
    while f is not None:
        if f.f_code.co_name == '__del__' and f.f_code.co_varnames and f.f_locals.get(f.f_code.co_varnames[0]) is obj:
            return True
        f = f.f_back
    return False


def PyObject_ClearWeakRefs(obj):
    obj = _unwrap(obj)
    if not _in_own_dealloc(obj):
        _ClearWeakRefs(id(obj))  # the real check: SystemError, bad argument to internal function
        return
    # Inside its own __del__, the object stands for one in tp_dealloc, whose refcount is 0: the
    # real function runs with the count set to 0 for the duration (the collector is paused, as
    # it must not see an object with a count of 0 that is still tracked).
    import gc
    enabled = gc.isenabled()
    gc.disable()
    address = id(obj)
    count = ctypes.c_ssize_t.from_address(address)
    saved = count.value
    # From here on nothing may touch obj (a reference taken and dropped would free it).
    count.value = 0
    try:
        _ClearWeakRefs(address)
    finally:
        count.value = saved
        if enabled:
            gc.enable()


def PyUnstable_Object_ClearWeakRefsNoCallbacks(obj):
    _NoCallbacks(id(_unwrap(obj)))


def Py_INCREF(o):
    o = _unwrap(o)
    _Py_IncRef(id(o))
    _acquire(id(o), 'Py_INCREF')


def Py_DECREF(o):
    borrowed = o if type(o) is Borrowed else None
    target = _unwrap(o)
    address = id(target)
    name = _tp_name(type(target))
    del target
    entries = _owned.get(address)
    line = _line()
    if not entries:
        if borrowed is not None:
            why = (f"it is a borrowed reference (borrowed at line {borrowed._line} by {borrowed._fn}), "
                   "which the caller does not own")
        elif address in _released_at:
            why = f"its last owned reference was already released at line {_released_at[address]} (a double Py_DECREF)"
        else:
            why = "the C code holds no reference to it from Py_INCREF or a function returning a new reference"
        raise SystemError(f"capi: Py_DECREF of a reference the C code does not own at line {line}: "
                          f"'{name}' object: {why}; in C this would free the object while it is still in use "
                          "(a use-after-free)")
    entries.pop()
    if not entries:
        del _owned[address]
        _released_at[address] = line
    if borrowed is None:
        del o
    _Py_DecRef(address)


def Py_REFCNT(o):
    if type(o) is Borrowed:
        o._target()  # a dangling one is reported
        return _refcnt_at(o._address)
    # This function's parameter holds the reference the caller's argument held.
    return _refcnt_at(id(o))


_versions = {
    'PyWeakref_GetRef': (13, 0), 'PyUnstable_Object_ClearWeakRefsNoCallbacks': (13, 0), 'PyWeakref_IsDead': (14, 0),
    'PyWeakref_GetObject': (0, 15), 'PyWeakref_GET_OBJECT': (0, 15),
}
for _name, (_since, _removed) in _versions.items():
    if _minor < _since or (_removed and _minor >= _removed):
        del globals()[_name]


def __getattr__(name):
    if name in _versions:
        since, removed = _versions[name]
        label = f"CPython 3.{_minor}"
        if removed and _minor >= removed:
            raise AttributeError(f"capi: implicit declaration of function '{name}' under {label}: it was removed from the "
                                 f"headers in CPython 3.{removed} (deprecated since 3.13; use PyWeakref_GetRef() instead), "
                                 "so a C compiler rejects the call")
        raise AttributeError(f"capi: implicit declaration of function '{name}' under {label}: it was added in "
                             f"CPython 3.{since}, so the compiler rejects the call and the linker reports "
                             f"\"undefined reference to '{name}'\"")
    raise AttributeError(f"module 'capi' has no attribute '{name}'")
