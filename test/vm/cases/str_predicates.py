# The is* predicates on ASCII, Unicode digits and edge cases.
samples = ["abc", "ABC", "Abc", "abc123", "123", "", " \t\n", "½", "²", "٣", "Hello World", "hello World", "_id1", "1abc", "a b", "\x00", "ß", "Ǆ"]
for s in samples:
    flags = [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(repr(s), "".join("1" if f else "0" for f in flags))
