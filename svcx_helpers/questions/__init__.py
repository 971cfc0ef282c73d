"""Question banks, one module per assignment: ``svcx_helpers.questions.<assignment>``.

``check("kano.t1_classify_by_hand", answer)`` imports :mod:`.kano` on first use. Each
module registers :class:`svcx_helpers.grading.checks.Question` objects whose expected answers
are computed from the course data by the library.
"""
