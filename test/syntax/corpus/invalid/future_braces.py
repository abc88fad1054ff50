from __future__ import braces

def main():
    return 0
