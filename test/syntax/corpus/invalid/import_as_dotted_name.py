import xml.etree.ElementTree as xml.tree

root = xml.tree.fromstring("<a/>")
