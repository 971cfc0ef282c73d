"""The message catalogue, one file per owner; :mod:`svcx_helpers.i18n` merges them.

>>> from svcx_helpers.i18n.catalogue import kano
>>> kano.MESSAGES["kano.category.M"]
('Must-be', '必备型')
"""
