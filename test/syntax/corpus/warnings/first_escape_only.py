# Only the first bad escape of each literal is reported, whichever kind it is.
pattern = "\d\w\s"
octal_first = "\400\d"
second = "fine" "\y"
values = (pattern, octal_first, second)
