def tokenizer():
    """A closure-based state machine that splits CSV-ish lines."""
    state = "start"
    field = []
    fields = []

    def feed(ch):
        nonlocal state, field
        match state, ch:
            case "start", '"':
                state = "quoted"
            case "start" | "unquoted", ",":
                emit()
            case "start" | "unquoted", _:
                field.append(ch)
                state = "unquoted"
            case "quoted", '"':
                state = "quote_in_quoted"
            case "quoted", _:
                field.append(ch)
            case "quote_in_quoted", '"':
                field.append('"')
                state = "quoted"
            case "quote_in_quoted", ",":
                emit()
            case _:
                raise ValueError(f"unexpected {ch!r} in state {state}")

    def emit():
        nonlocal state, field
        fields.append("".join(field))
        field = []
        state = "start"

    def finish():
        nonlocal fields
        emit()
        result, fields = fields, []
        return result

    return feed, finish


feed, finish = tokenizer()
for ch in 'name,"Smith, ""Jr""",42':
    feed(ch)
print(finish())
for ch in "a,,b":
    feed(ch)
print(finish())
