def report(count):
    print "collected", count
    return count
