n = 7
# An f-string inside an f-string's replacement field reports its own escapes.
out = f"{f'\d{n}'}\q"
