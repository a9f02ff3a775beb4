"""Stage 5, the reviewer's tools: versions and many programmes -> change lists and overviews.

Takes programme files (and git revisions of them); gives what changed between two versions, place
by place in the form's words (:mod:`~kotodoc.review.diff`, formats in
:mod:`~kotodoc.review.diff_formats`, versions read by :mod:`~kotodoc.review.versions`), and one
overview of many programmes with a view across the region (:mod:`~kotodoc.review.summary`, formats
csv, xlsx, html and json). Sits above the checks (it validates what it reads) and below rendering
(the agenda item prints the change list since the previous version). kotodoc's own words for these
tools are in :mod:`~kotodoc.review.fi`.
"""
