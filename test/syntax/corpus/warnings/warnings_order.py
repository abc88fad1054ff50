x = 1
# The compiler's warnings (the `is` comparison) come after every tokenizer and parser warning,
# even when their line comes first.
if x is 1:
    pass
pattern = "\d"
y = 2if x else 3
again = "\w"
