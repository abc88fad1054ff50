# str.encode / bytes.decode: codecs (utf-8, ascii, latin-1, utf-16/32, cp1252), error handlers and
# CPython's exact UnicodeEncodeError/UnicodeDecodeError messages (single characters and runs)
samples = ["plain", "café", "naïve ½", "Σ😀x", "\udcff"]
for s in samples:
    for enc in ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-be", "utf-32-le", "cp1252"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            try:
                print(repr(s), enc, err, s.encode(enc, err))
            except UnicodeError as e:
                print(repr(s), enc, err, type(e).__name__, e)
blobs = [b"ok", b"\xff", b"caf\xc3\xa9", b"\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x9f\x98", b"\xc3\x28", b"\xed\xa0\x80", b"a\x80b", b"\xf8\x88"]
for b in blobs:
    for err in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
        try:
            print(b, err, repr(b.decode("utf-8", err)))
        except UnicodeDecodeError as e:
            print(b, err, "UnicodeDecodeError:", e)
print(b"\xe9t\xe9".decode("latin-1"), b"\x80\x93".decode("cp1252"), "\u20ac".encode("cp1252"))
for b, enc in [(b"\xff\xfeh\x00i\x00", "utf-16"), (b"\xfe\xff\x00h\x00i", "utf-16"), (b"h\x00i", "utf-16-le"), (b"\x00\xd8\x00\x00", "utf-16-le"), (b"\x41\x00\x00\x00", "utf-32")]:
    try:
        print(enc, repr(b.decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, "UnicodeDecodeError:", e)
for bad in [("x", "no-such-codec"), ("é", "ascii", "bogus")]:
    try:
        print(bad[0].encode(*bad[1:]))
    except LookupError as e:
        print("LookupError:", e)
print("x".encode("ascii", "bogus"), str(b"caf\xc3\xa9", "utf-8"), bytes("é", "utf-8"), bytearray("é", "latin-1"))
print("\udc80abc".encode("utf-8", "surrogateescape"), b"\x80abc".decode("ascii", "surrogateescape").encode("ascii", "surrogateescape"))
