"""Words that documents print when the office has not said otherwise (one place for them)."""

from __future__ import annotations

# printed where the school's name belongs until the office enters it (first run, 设置)
UNNAMED_SCHOOL = {"zh": "未命名学校", "en": "Unnamed school"}

# the congress in a document's heading: 某某大学第九届教职工代表大会 (term as a Chinese numeral)
CONGRESS_TITLE = "{school}第{term}届教职工代表大会"
