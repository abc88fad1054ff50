import struct

HEADER = b'\x89PNG\r\n
data = struct.pack("<I", len(HEADER))
