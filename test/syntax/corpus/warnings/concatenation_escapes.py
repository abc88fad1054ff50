item = 4
# Each literal of an implicit concatenation reports its own first bad escape.
joined = "a\d" "b\e" f"c\g{item}" "plain"
