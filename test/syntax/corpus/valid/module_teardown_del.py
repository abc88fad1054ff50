import sys


class Reporter:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        # At interpreter shutdown globals may already have been cleared,
        # so keep what __del__ needs on the instance or as a default argument.
        write = getattr(sys, "stderr", None)
        if write is not None:
            write.write(f"{self.name} finalized\n")


global_reporter = Reporter("module-level reporter")


def main(_print=print):
    local = Reporter("function-level reporter")
    _print("main running")
    return local.name


if __name__ == "__main__":
    main()
    print("end of script; module globals are torn down after this line")
