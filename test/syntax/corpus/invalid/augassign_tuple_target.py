lo, hi = 0, 10
lo, hi += 1
