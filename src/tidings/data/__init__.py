"""Published data files (the record JSON Schema)."""
