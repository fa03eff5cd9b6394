"""The workflows in the navigation, in the order an office works through a congress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from congress_app.gui.pages.base import WorkflowPage
from congress_app.gui.pages.planned import PlannedPage
from congress_app.gui.pages.settings_page import SettingsPage
from congress_app.gui.state import AppState


def _t(text: str) -> str:
    return QCoreApplication.translate("navigation", text)


def build_pages(state: AppState) -> list[WorkflowPage]:
    """Every page of the main window, in navigation order."""
    from congress_app.gui.pages.registry import workflow_pages

    pages = workflow_pages(state)
    pages.append(SettingsPage(state))
    return pages


def planned(state: AppState, key: str) -> PlannedPage:
    """Pages of workflows that later versions fill in."""
    specs = {
        "roster": (_t("名册与名额"), _t("导入教职工名册，确定各选举单位的代表名额（第十三条）。"),
                   [_t("导入人事名册"), _t("核定选举单位"), _t("计算名额并选择分配方法"), _t("输出名额分配表")]),
        "elections": (_t("代表选举"), _t("各选举单位差额选举代表，资格审查后公布名单（第十四、十五条）。"),
                      [_t("提名候选人"), _t("打印选票"), _t("计票"), _t("资格审查"), _t("公布代表名单")]),
        "delegates": (_t("代表管理"), _t("任期内的代表变动：资格终止、罢免、补选（第十六至二十条）。"),
                      [_t("查看代表名册"), _t("登记离校、调离、退休"), _t("罢免"), _t("补选")]),
        "meetings": (_t("会议与表决"), _t("会议签到、三分之二法定人数、表决须超过应到会代表半数（第二十四、二十五条）。"),
                     [_t("设定会次"), _t("签到"), _t("法定人数大屏"), _t("表决")]),
        "proposals": (_t("提案"), _t("征集、附议、立案、办理与满意度（第三十五至四十条）。"),
                      [_t("征集提案"), _t("附议"), _t("审查立案"), _t("交办答复"), _t("满意度")]),
        "archive": (_t("归档"), _t("按 DA/T 22-2015 整理每次会议的文件并导出可校验的档案包（第四十八条）。"),
                    [_t("收集九类文件"), _t("编制档号"), _t("生成归档文件目录"), _t("导出并校验")]),
    }
    title, purpose, steps = specs[key]
    return PlannedPage(state, key, title, purpose, steps)
