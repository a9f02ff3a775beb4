"""Stage 4, costs: a joint programme's figures -> the split of the joint service's cost among members.

Takes the ``yhteistoiminta`` block of a checked programme; gives exact shares in cents and percent,
and their tables (text, CSV, JSON) for ``kotodoc costs`` and the joint appendix.
"""
