# 'e' and 'g' formatting at the boundaries where 'g' switches notation.
for v in (0.0001, 0.00001, 123456.0, 1234567.0, 1e-10, 9.9999e-5, 99999.5, 999999.5, 0.1, 100.0):
    print(v, f"{v:e}", f"{v:.1e}", f"{v:g}", f"{v:.3g}", f"{v:#.3g}", f"{v:G}", f"{v:.2}", f"{v:n}")
