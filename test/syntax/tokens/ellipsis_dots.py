x = ...
from . import a
from .. import b
from ... import c
from .... import d
x = a.b.c
....__class__
