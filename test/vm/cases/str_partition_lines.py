# partition/rpartition, splitlines with and without keepends, removeprefix/removesuffix.
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
text = "line1\nline2\r\nline3\rline4\x0bend\n"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n\nb".splitlines())
print("test_case.py".removeprefix("test_"), "test_case.py".removesuffix(".py"), "abc".removeprefix("x"))
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
