uu = bb = rr = ff = tt = br = 1
brf = bu = 2
print(r, b, u, f, t)
