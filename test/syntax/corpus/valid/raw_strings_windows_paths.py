import ntpath
import re

paths = [
    r"C:\Users\Zoë\AppData\Local\Temp\weakscope.log",
    r"\\server\share\projects\gc\notes.txt",
    R"D:\new\table\x41",
    "C:\\escaped\\normally\\file.py",
]
DRIVE = re.compile(r"^(?P<drive>[A-Za-z]:)?(?P<rest>\\.*)$")
UNC = re.compile(r"^\\\\(?P<host>[^\\]+)\\(?P<share>[^\\]+)(?P<rest>.*)$")

for p in paths:
    if m := UNC.match(p):
        print(f"UNC host={m['host']} share={m['share']} rest={m['rest']!r}")
    elif m := DRIVE.match(p):
        print(f"drive={m['drive']} dir={ntpath.dirname(m['rest'])!r} file={ntpath.basename(p)!r}")

pattern = rb"(\d{4})-(\d{2})"
print(re.findall(pattern, b"2024-05 and 2025-12"), len(r"\n"), len("\n"), r"ends with \\"[-2:])
print(re.sub(r"(?P<word>\b\w+\b) \1", r"\g<word>", "the the weak weak ref"))
