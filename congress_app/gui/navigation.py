"""The workflows in the navigation, in the order an office works through a congress.

Light on purpose (Qt core only): the main window shows these before any page or the
database is loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP

CONTEXT = "navigation"

# key: (title, purpose, steps) — marked for lupdate, translated when the page is built
PLANNED = {
    "roster": (
        QT_TRANSLATE_NOOP("navigation", "名册与名额"),
        QT_TRANSLATE_NOOP("navigation", "导入教职工名册，确定各选举单位的代表名额（第十三条）。"),
        (
            QT_TRANSLATE_NOOP("navigation", "导入人事名册"),
            QT_TRANSLATE_NOOP("navigation", "核定选举单位"),
            QT_TRANSLATE_NOOP("navigation", "计算名额并选择分配方法"),
            QT_TRANSLATE_NOOP("navigation", "输出名额分配表"),
        ),
    ),
    "elections": (
        QT_TRANSLATE_NOOP("navigation", "代表选举"),
        QT_TRANSLATE_NOOP("navigation", "各选举单位差额选举代表，资格审查后公布名单（第十四、十五条）。"),
        (
            QT_TRANSLATE_NOOP("navigation", "提名候选人"),
            QT_TRANSLATE_NOOP("navigation", "打印选票"),
            QT_TRANSLATE_NOOP("navigation", "计票"),
            QT_TRANSLATE_NOOP("navigation", "资格审查"),
            QT_TRANSLATE_NOOP("navigation", "公布代表名单"),
        ),
    ),
    "delegates": (
        QT_TRANSLATE_NOOP("navigation", "代表管理"),
        QT_TRANSLATE_NOOP("navigation", "任期内的代表变动：资格终止、罢免、补选（第十六至二十条）。"),
        (
            QT_TRANSLATE_NOOP("navigation", "查看代表名册"),
            QT_TRANSLATE_NOOP("navigation", "登记离校、调离、退休"),
            QT_TRANSLATE_NOOP("navigation", "罢免"),
            QT_TRANSLATE_NOOP("navigation", "补选"),
        ),
    ),
    "meetings": (
        QT_TRANSLATE_NOOP("navigation", "会议与表决"),
        QT_TRANSLATE_NOOP(
            "navigation", "会议签到、三分之二法定人数、表决须超过应到会代表半数（第二十四、二十五条）。"
        ),
        (
            QT_TRANSLATE_NOOP("navigation", "设定会次"),
            QT_TRANSLATE_NOOP("navigation", "签到"),
            QT_TRANSLATE_NOOP("navigation", "法定人数大屏"),
            QT_TRANSLATE_NOOP("navigation", "表决"),
        ),
    ),
    "proposals": (
        QT_TRANSLATE_NOOP("navigation", "提案"),
        QT_TRANSLATE_NOOP("navigation", "征集、附议、立案、办理与满意度（第三十五至四十条）。"),
        (
            QT_TRANSLATE_NOOP("navigation", "征集提案"),
            QT_TRANSLATE_NOOP("navigation", "附议"),
            QT_TRANSLATE_NOOP("navigation", "审查立案"),
            QT_TRANSLATE_NOOP("navigation", "交办答复"),
            QT_TRANSLATE_NOOP("navigation", "满意度"),
        ),
    ),
    "archive": (
        QT_TRANSLATE_NOOP("navigation", "归档"),
        QT_TRANSLATE_NOOP(
            "navigation", "按 DA/T 22-2015 整理每次会议的文件并导出可校验的档案包（第四十八条）。"
        ),
        (
            QT_TRANSLATE_NOOP("navigation", "收集九类文件"),
            QT_TRANSLATE_NOOP("navigation", "编制档号"),
            QT_TRANSLATE_NOOP("navigation", "生成归档文件目录"),
            QT_TRANSLATE_NOOP("navigation", "导出并校验"),
        ),
    ),
}


# the navigation, in order: key and title (the pages' own titles are the same words)
NAV_ITEMS = (
    ("roster", QT_TRANSLATE_NOOP("navigation", "名册与名额")),
    ("elections", QT_TRANSLATE_NOOP("navigation", "代表选举")),
    ("delegates", QT_TRANSLATE_NOOP("navigation", "代表管理")),
    ("meetings", QT_TRANSLATE_NOOP("navigation", "会议与表决")),
    ("proposals", QT_TRANSLATE_NOOP("navigation", "提案")),
    ("archive", QT_TRANSLATE_NOOP("navigation", "归档")),
    ("settings", QT_TRANSLATE_NOOP("navigation", "设置")),
)


def nav_title(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
