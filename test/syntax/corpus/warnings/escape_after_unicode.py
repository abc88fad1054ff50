# Non-ASCII text before the escape; a backslash before a non-ASCII character is not an error.
label = "café \d"
kept = "\é"
both = label + kept
