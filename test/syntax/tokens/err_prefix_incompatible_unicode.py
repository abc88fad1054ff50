é = ub'a'
