"""Hidden tests: trainer-only grading tests, one module per assignment.

Each module ``hidden/<assignment>.py`` holds ``HIDDEN = {question_id: [HiddenTest, ...]}``
and the helpers only those tests use. :func:`svcx_helpers.grading.checks.attach_hidden`
attaches them to the registered questions when ``grade_answer``, ``load_bank`` or
``svcx grade`` need them. The learners' question banks (``questions/<assignment>.py``,
imported by the exercise notebooks for their case data) hold none of this, and
``svcx release --bundle`` builds the learners' wheel without this folder.
"""
