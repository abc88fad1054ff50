from os import path
improt sys, weakref
