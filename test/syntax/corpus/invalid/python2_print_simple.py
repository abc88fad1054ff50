import gc

print "gc enabled"
