"""ReportLab builders: plain frozen dataclasses in, PDF (or XLSX) out.

One module per document family; all share the page template in ``layout`` and the
embedded CJK font in ``fonts``. Nothing here imports Qt or SQLAlchemy.
"""
