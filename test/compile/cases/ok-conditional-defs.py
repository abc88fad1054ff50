import sys
if sys.version_info > (3,):
    def f():
        return 1
else:
    def f():
        return 2
try:
    from fast import g
except ImportError:
    def g():
        return f()
