#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Comments in every position the grammar allows.
"""Module docstring."""  # comment after a docstring

import weakref  # trailing comment
# comment between statements


@staticmethod  # comment after a decorator
# comment between decorator and def
def noop():  # comment after colon
    # comment as the first line of a block
    pass  # comment after pass
    # comment at the end of a block


class Widget(  # comment after an open paren
    object,  # comment after a base
):  # comment after the header
    # comment inside the class body
    size = (  # comment in a parenthesized expression
        1  # one
        + 2  # two
    )

    def method(self,  # first
               x,  # second
               # comment between parameters
               y=3):  # after the default
        return [  # list
            x,  # element
            # between elements
            y,
        ]  # after list


data = {  # dict
    "a": 1,  # entry
    # between entries
    "b": [
        # nested comment
    ],
}
match data:  # comment after match subject
    # comment before a case
    case {"a": 1}:  # after case pattern
        pass
    case _:
        pass
if data:  # if
    pass
# before else
else:  # else
    pass
try:  # try
    pass
# before except
except Exception:  # except
    pass
# final comment
