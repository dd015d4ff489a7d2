"""Pure build logic for the patient guide: parse, validate, ground and render.

Nothing here imports MkDocs, so it survives a change of site generator and is
tested on its own (see tests/unit).
"""
