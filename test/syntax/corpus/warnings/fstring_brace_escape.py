value = 3
# "\{" in an f-string: the tokenizer warns; the brace still opens a replacement field.
text = f"\{value}"
spec = f"{value:\>6}"
both = (text, spec)
