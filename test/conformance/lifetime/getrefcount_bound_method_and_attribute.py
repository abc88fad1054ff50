# Storing an object as an attribute and taking a bound method both add references.
import sys

class Node:
    def m(self):
        pass

n = Node()
print("start:", sys.getrefcount(n))
holder = Node()
holder.child = n
print("as attribute:", sys.getrefcount(n))
meth = n.m
print("bound method held:", sys.getrefcount(n))
del meth
holder.child = None
print("back to:", sys.getrefcount(n))
