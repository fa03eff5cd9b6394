"""Templates for a session's agenda and schedule (第四十三条, 第四十五–四十七条), and the
questions of the 测评表 (R43.1). Offices edit the copy a session gets; codes name the norms'
items so that reports and checks can find them.
"""

from __future__ import annotations

# phase codes
PREPARE = "prepare"  # 筹备工作 (R45.1), by the DMC before the session
PREPARATORY = "premeet"  # 预备会议 (R46.1)
FORMAL = "formal"  # 正式会议 (R47.1)
CLOSE = "close"  # 会后 (R43.1)
PHASES = (PREPARE, PREPARATORY, FORMAL, CLOSE)

# (phase, code, title, schedule)
AGENDA_TEMPLATE: tuple[tuple[str, str, str, str], ...] = (
    (PREPARE, "R45.1-1", "确定会议中心议题", ""),
    (PREPARE, "R45.1-2", "拟订筹备工作方案", ""),
    (PREPARE, "R45.1-3", "根据中心议题征集提案", ""),
    (PREPARE, "R45.1-4", "督促起草主题报告及其他文件", ""),
    (PREPARE, "R45.1-5", "组织专门工作委员会进行前期审议和研究，提出意见和建议", ""),
    (PREPARE, "R45.1-6", "提出主席团建议名单", ""),
    (PREPARE, "R45.1-7", "拟定会议议程和日程", ""),
    (PREPARATORY, "R46.1-1", "做教职工代表大会筹备工作报告", "08:00"),
    (PREPARATORY, "R46.1-2", "通过代表资格审查报告或补选代表的决议草案", "08:10"),
    (PREPARATORY, "R46.1-3", "审议通过大会议程和日程", "08:15"),
    (PREPARATORY, "R46.1-4", "通过表决、选举办法", "08:20"),
    (PREPARATORY, "R46.1-5", "选举大会主席团", "08:25"),
    (PREPARATORY, "R46.1-6", "召开大会主席团会议，确定每次会议的执行主席和主持人", "08:35"),
    (FORMAL, "R47.1-1", "校长做主题报告", "09:00"),
    (FORMAL, "R47.1-2", "行政负责人做学校财务工作报告、提案处理报告", "09:50"),
    (FORMAL, "R47.1-3", "提交大会审议的方案或有关事项的说明", "10:30"),
    (FORMAL, "R47.1-4", "民主管理委员会做教代会工作报告", "10:50"),
    (FORMAL, "R47.1-5", "分代表团讨论", "13:30"),
    (FORMAL, "R47.1-6", "大会表决或选举", "15:30"),
    (FORMAL, "R47.1-7", "教职工代表发言", "16:00"),
    (FORMAL, "R47.1-8", "大会总结、致闭幕词", "16:30"),
    (CLOSE, "R43.1", "代表填写测评表", "16:45"),
)

# R43.1: the 测评表 (code, question); grades below
EVALUATION_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("report", "学校工作报告（校长主题报告）"),
    ("finance", "学校财务工作报告"),
    ("proposals", "提案办理工作"),
    ("openness", "校务公开工作"),
    ("democracy", "民主管理与教代会工作"),
    ("leaders", "学校领导班子工作"),
)
GOOD = "good"  # 满意
FAIR = "fair"  # 基本满意
POOR = "poor"  # 不满意
GRADES: tuple[str, ...] = (GOOD, FAIR, POOR)
