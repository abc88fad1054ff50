# A generated table with very long lines, as emitted by code generators.
SBOX = (
    (0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110, 121, 132, 143, 154, 165, 176, 187, 198, 209, 220, 231, 242, 253, 8, 19, 30, 41, 52, 63, 74, 85, 96, 107, 118, 129, 140, 151, 162, 173, 184, 195, 206, 217, 228, 239, 250, 5, 16, 27, 38, 49, 60, 71, 82, 93, 104, 115, 126, 137, 148, 159, 170, 181),
    (37, 48, 59, 70, 81, 92, 103, 114, 125, 136, 147, 158, 169, 180, 191, 202, 213, 224, 235, 246, 1, 12, 23, 34, 45, 56, 67, 78, 89, 100, 111, 122, 133, 144, 155, 166, 177, 188, 199, 210, 221, 232, 243, 254, 9, 20, 31, 42, 53, 64, 75, 86, 97, 108, 119, 130, 141, 152, 163, 174, 185, 196, 207, 218),
    (74, 85, 96, 107, 118, 129, 140, 151, 162, 173, 184, 195, 206, 217, 228, 239, 250, 5, 16, 27, 38, 49, 60, 71, 82, 93, 104, 115, 126, 137, 148, 159, 170, 181, 192, 203, 214, 225, 236, 247, 2, 13, 24, 35, 46, 57, 68, 79, 90, 101, 112, 123, 134, 145, 156, 167, 178, 189, 200, 211, 222, 233, 244, 255),
    (111, 122, 133, 144, 155, 166, 177, 188, 199, 210, 221, 232, 243, 254, 9, 20, 31, 42, 53, 64, 75, 86, 97, 108, 119, 130, 141, 152, 163, 174, 185, 196, 207, 218, 229, 240, 251, 6, 17, 28, 39, 50, 61, 72, 83, 94, 105, 116, 127, 138, 149, 160, 171, 182, 193, 204, 215, 226, 237, 248, 3, 14, 25, 36),
    (148, 159, 170, 181, 192, 203, 214, 225, 236, 247, 2, 13, 24, 35, 46, 57, 68, 79, 90, 101, 112, 123, 134, 145, 156, 167, 178, 189, 200, 211, 222, 233, 244, 255, 10, 21, 32, 43, 54, 65, 76, 87, 98, 109, 120, 131, 142, 153, 164, 175, 186, 197, 208, 219, 230, 241, 252, 7, 18, 29, 40, 51, 62, 73),
    (185, 196, 207, 218, 229, 240, 251, 6, 17, 28, 39, 50, 61, 72, 83, 94, 105, 116, 127, 138, 149, 160, 171, 182, 193, 204, 215, 226, 237, 248, 3, 14, 25, 36, 47, 58, 69, 80, 91, 102, 113, 124, 135, 146, 157, 168, 179, 190, 201, 212, 223, 234, 245, 0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110),
)
NAMES = "obj_000 obj_001 obj_002 obj_003 obj_004 obj_005 obj_006 obj_007 obj_008 obj_009 obj_010 obj_011 obj_012 obj_013 obj_014 obj_015 obj_016 obj_017 obj_018 obj_019 obj_020 obj_021 obj_022 obj_023 obj_024 obj_025 obj_026 obj_027 obj_028 obj_029 obj_030 obj_031 obj_032 obj_033 obj_034 obj_035 obj_036 obj_037 obj_038 obj_039 obj_040 obj_041 obj_042 obj_043 obj_044 obj_045 obj_046 obj_047 obj_048 obj_049 obj_050 obj_051 obj_052 obj_053 obj_054 obj_055 obj_056 obj_057 obj_058 obj_059 obj_060 obj_061 obj_062 obj_063 obj_064 obj_065 obj_066 obj_067 obj_068 obj_069 obj_070 obj_071 obj_072 obj_073 obj_074 obj_075 obj_076 obj_077 obj_078 obj_079 obj_080 obj_081 obj_082 obj_083 obj_084 obj_085 obj_086 obj_087 obj_088 obj_089"


def all_present(x0=1, x1=1, x2=1, x3=1, x4=1, x5=1, x6=1, x7=1, x8=1, x9=1, x10=1, x11=1, x12=1, x13=1, x14=1, x15=1, x16=1, x17=1, x18=1, x19=1, x20=1, x21=1, x22=1, x23=1, x24=1):
    return x0 is not None and x1 is not None and x2 is not None and x3 is not None and x4 is not None and x5 is not None and x6 is not None and x7 is not None and x8 is not None and x9 is not None and x10 is not None and x11 is not None and x12 is not None and x13 is not None and x14 is not None and x15 is not None and x16 is not None and x17 is not None and x18 is not None and x19 is not None and x20 is not None and x21 is not None and x22 is not None and x23 is not None and x24 is not None


message = f"{len(SBOX)} rows of {len(SBOX[0])} bytes; {len(NAMES.split())} names; all present: {all_present()}; first row checksum {sum(SBOX[0]) % 256:#04x}; last name {NAMES.split()[-1]!r}; and this f-string goes on and on to make the line long"
print(message)
