"""Words that documents print when the office has not said otherwise (one place for them)."""

from __future__ import annotations

# printed where the school's name belongs until the office enters it (first run, 设置)
UNNAMED_SCHOOL = {"zh": "未命名学校", "en": "Unnamed school"}
