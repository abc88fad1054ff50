# Weakscope's weakref module: the Python half of `weakref`, written for Weakscope on top of the
# engine's native _weakref (see README.md beside this file).
#
# The aim is CPython 3.14's observable behaviour, including what the engine's reference graph and
# lifetime trace show: which objects exist (a WeakValueDictionary's `data` dict of KeyedRef
# objects, its `_remove` function reaching the dictionary only through a weak reference held in
# its default arguments, finalize's class-level registry and its atexit hook...), who references
# whom, the order in which they are released, and the names of the frames that run (they appear in
# tracebacks given to sys.unraisablehook and sys.excepthook).
#
# CPython 3.14 dropped the iteration guard of earlier versions (no `_pending_removals`, no
# `_IterationGuard`): iteration walks a copy of `data`, and a callback removes a dead entry at once
# (for WeakValueDictionary through _weakref._remove_dead_weakref, which removes the entry only if it
# still holds a dead reference).
#
# Dependencies: _weakref, _weakrefset (ours), sys, itertools (count), and, lazily, atexit and gc
# (finalize), copy (the __deepcopy__ methods). _collections_abc is used when the engine has it:
# then WeakValueDictionary and WeakKeyDictionary derive from MutableMapping and WeakSet is
# registered as a MutableSet, as in CPython; without it they are plain classes that still define
# every method the ABC would have supplied.

from _weakref import (
    getweakrefcount,
    getweakrefs,
    ref,
    proxy,
    CallableProxyType,
    ProxyType,
    ReferenceType,
    _remove_dead_weakref,
    _finalize_called)

from _weakrefset import WeakSet

import sys
import itertools

try:
    import _collections_abc
except ImportError:
    _collections_abc = None

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

# types.GenericAlias, without importing `types`.
_GenericAlias = type(list[int])

if _collections_abc is not None:
    _collections_abc.MutableSet.register(WeakSet)
    _MappingBase = _collections_abc.MutableMapping
else:
    _MappingBase = object


class WeakMethod(ref):
    """A weak reference to a bound method that stays valid while both the instance and the
    function live (a plain ref to a bound method dies at once, the bound method being a
    temporary)."""

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not "
                            + str(type(meth))) from None

        # One callback for both halves (the instance and the function): the first death marks the
        # WeakMethod dead and calls the user's callback once. It reaches the WeakMethod through a
        # weak reference (self_wr, a cell bound below) so that no cycle is made.
        def _cb(arg):
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


class WeakValueDictionary(_MappingBase):
    """A mapping whose values are held weakly: an entry disappears when its value dies.

    `data` maps each key to a KeyedRef to the value; the KeyedRef's callback is the dictionary's
    `_remove` function, which finds the dictionary through a weak reference and the entry through
    the KeyedRef's `key` attribute.
    """

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self), _atomic_removal=_remove_dead_weakref):
            self = selfref()
            if self is not None:
                # Remove the entry only if it still holds a dead reference: the key may have been
                # given a new value since this reference was made.
                _atomic_removal(self.data, wr.key)
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    # -- reading ---------------------------------------------------------------------------

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        if o is None:
            return default
        return o

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "<" + self.__class__.__name__ + " at " + hex(id(self)) + ">"

    # keys(), values() and items() are generators over a snapshot of `data`; each value produced
    # is held by the generator until it is resumed.

    def keys(self):
        for k, wr in self.data.copy().items():
            if wr() is not None:
                yield k

    __iter__ = keys

    def values(self):
        for wr in self.data.copy().values():
            obj = wr()
            if obj is not None:
                yield obj

    def items(self):
        for k, wr in self.data.copy().items():
            v = wr()
            if v is not None:
                yield k, v

    def itervaluerefs(self):
        """An iterator over the KeyedRef objects (which may die at any time)."""
        yield from self.data.copy().values()

    def valuerefs(self):
        """A list of the KeyedRef objects (which may die at any time)."""
        return list(self.data.copy().values())

    # -- writing ---------------------------------------------------------------------------

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is not None:
            return o
        self.data[key] = KeyedRef(default, self._remove, key)
        return default

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is not None:
            return o
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def clear(self):
        # As MutableMapping.clear: one popitem() at a time, newest entry first.
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=None, /, **kwargs):
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

    # -- copies ----------------------------------------------------------------------------

    def copy(self):
        # Always a plain WeakValueDictionary, whatever the class of self.
        new = WeakValueDictionary()
        for key, wr in self.data.copy().items():
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        # Keys are deep-copied; values are not (a copy would have nothing keeping it alive).
        from copy import deepcopy
        new = self.__class__()
        for key, wr in self.data.copy().items():
            o = wr()
            if o is not None:
                new[deepcopy(key, memo)] = o
        return new

    # -- operators -------------------------------------------------------------------------

    def __eq__(self, other):
        # As Mapping.__eq__.
        if not isinstance(other, _Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _Mapping):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    __class_getitem__ = classmethod(_GenericAlias)


class KeyedRef(ref):
    """A weak reference that also carries the key of the WeakValueDictionary entry it belongs to,
    so that one shared callback can remove the right entry."""

    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakKeyDictionary(_MappingBase):
    """A mapping whose keys are held weakly: an entry disappears when its key dies.

    `data` maps a weak reference to each key (whose callback is the dictionary's `_remove`
    function) to the value. Lookups make a callback-less reference to the key, which is equal to
    the stored one (same referent) and has the same hash.
    """

    def __init__(self, dict=None):
        self.data = {}
        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    # -- reading ---------------------------------------------------------------------------

    def __getitem__(self, key):
        return self.data[ref(key)]

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "<" + self.__class__.__name__ + " at " + hex(id(self)) + ">"

    def keys(self):
        for wr in self.data.copy():
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in self.data.copy().items():
            if wr() is not None:
                yield value

    def items(self):
        for wr, value in self.data.copy().items():
            key = wr()
            if key is not None:
                yield key, value

    def keyrefs(self):
        """A list of the weak references to the keys (which may die at any time)."""
        return list(self.data)

    # -- writing ---------------------------------------------------------------------------

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def clear(self):
        # As MutableMapping.clear: one popitem() at a time, newest entry first, so the values are
        # released in reverse insertion order.
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    # -- copies ----------------------------------------------------------------------------

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.data.copy().items():
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        # Values are deep-copied; keys are not.
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.data.copy().items():
            o = key()
            if o is not None:
                new[o] = deepcopy(value, memo)
        return new

    # -- operators -------------------------------------------------------------------------

    def __eq__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _Mapping):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    __class_getitem__ = classmethod(_GenericAlias)


# What `isinstance(x, Mapping)` means in the operators above.
if _collections_abc is not None:
    _Mapping = _collections_abc.Mapping
else:
    _Mapping = (dict, WeakValueDictionary, WeakKeyDictionary)


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs) once, when obj dies,
    when the finalizer is called, or at exit (if its `atexit` attribute is still true).

    A finalize object has no state of its own: it is the key of its _Info record in the class-wide
    `_registry` dict, and the callback of the weak reference to obj that the record holds. Being
    alive means being in the registry. At exit, the live finalizers marked atexit run newest first.
    """

    __slots__ = ()

    _registry = {}
    _shutdown = False
    _index_iter = itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            # The exit hook is registered on first use, so it runs before every atexit handler
            # registered earlier and after those registered later (atexit runs them LIFO).
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Run func(*args, **kwargs) and return its result if alive (and mark it dead);
        otherwise return None."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            # Tells the trace the finalizer runs now: called directly, or at exit (a call made by
            # the weakref's callback is recorded there, with the dying referent).
            _finalize_called(self, info.weakref)
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Mark it dead and return (obj, func, args, kwargs) if alive; otherwise return None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """Return (obj, func, args, kwargs) if alive; otherwise return None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer has yet to run (or be detached)."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer is to run at exit if still alive then."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<" + type(self).__name__ + " object at " + hex(id(self)) + "; dead>"
        return ("<" + type(self).__name__ + " object at " + hex(id(self)) + "; for "
                + repr(type(obj).__name__) + " at " + hex(id(obj)) + ">")

    @classmethod
    def _select_for_exit(cls):
        # The live finalizers marked atexit, oldest first.
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        # The atexit hook: run the live finalizers marked atexit, newest first. A finalizer made
        # while they run (by one of them) is picked up: the `_dirty` flag asks for a new selection.
        # The collector is off meanwhile, and once this is over no finalizer runs any more (their
        # weakref callbacks find `_shutdown` set).
        reenable_gc = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()
