# Emulating a hardware status register with in-place bit operations.
READY, BUSY, ERROR, OVERFLOW = 1 << 0, 1 << 1, 1 << 2, 1 << 3
MASK_ALL = 0b1111

status = 0
status |= READY
status |= BUSY
status &= ~BUSY & MASK_ALL
status ^= ERROR
status ^= ERROR
shift_register = 0b1011_0000
shift_register >>= 4
shift_register <<= 1
counter = 0xFF
counter += 1
counter %= 0x100
scaled = 1000
scaled //= 3
scaled **= 2
scaled /= 10
history = [status]
history[0] <<= 2
history[-1] >>= 1
history[0] |= OVERFLOW
history[0] &= MASK_ALL
history[0] ^= READY
flags = {"irq": 0b0001}
flags["irq"] <<= 3
flags["irq"] |= 0b1
print(f"{status:04b} {shift_register:04b} {counter} {scaled:.1f} {history[0]:04b} {flags['irq']:#06b}")
