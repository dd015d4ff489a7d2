"""The self-check quiz: questions as typed data (model), read from the pages
(parse), checked (validate), proved against the text (grounding) and written
as HTML (render)."""
