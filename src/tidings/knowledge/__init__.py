"""Data files tidings reads: ontology, actor dictionaries, verb patterns, materiel classes.

Users extend them with their own files (``--dictionary``); see docs/dictionaries.md.
"""
