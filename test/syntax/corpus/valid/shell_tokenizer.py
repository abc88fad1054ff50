def split_command(line: str) -> list[str]:
    """A small POSIX-ish word splitter: quotes, escapes and comments."""
    words, cur, i = [], [], 0
    in_word = False
    quote = None
    while i < len(line):
        ch = line[i]
        if quote == "'":
            if ch == "'":
                quote = None
            else:
                cur.append(ch)
        elif quote == '"':
            if ch == '"':
                quote = None
            elif ch == "\\" and i + 1 < len(line) and line[i + 1] in '"\\$`':
                i += 1
                cur.append(line[i])
            else:
                cur.append(ch)
        elif ch in "'\"":
            quote, in_word = ch, True
        elif ch == "\\":
            i += 1
            if i < len(line):
                cur.append(line[i])
            in_word = True
        elif ch == "#" and not in_word:
            break
        elif ch.isspace():
            if in_word:
                words.append("".join(cur))
                cur, in_word = [], False
        else:
            cur.append(ch)
            in_word = True
        i += 1
    if quote:
        raise ValueError(f"unterminated {quote} quote")
    if in_word:
        words.append("".join(cur))
    return words


tests = [r'echo "hello world" it\'s', "grep -e 'a b' file.txt # comment", r'say "she said \"hi\"" ""', "a#b c"]
for t in tests:
    print(f"{t!r:<42} -> {split_command(t)}")
try:
    split_command("echo 'oops")
except ValueError as e:
    print("error:", e)
