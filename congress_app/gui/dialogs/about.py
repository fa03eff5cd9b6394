"""关于: what the app is and which norms it implements."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from congress_app import __version__


class AboutDialog:
    @classmethod
    def ask(cls, parent: QWidget) -> None:
        title = QCoreApplication.translate("AboutDialog", "关于教代会工作台")
        QMessageBox.about(parent, title, cls.text(parent))

    @staticmethod
    def text(parent: QWidget) -> str:
        return QCoreApplication.translate(
            "AboutDialog",
            "<h3>教代会工作台 Congress Desk {version}</h3>"
            "<p>按《大连市高等学校教职工代表大会工作规范》（试行）（大教工〔2024〕3号，"
            "中国教育工会大连市委员会 2024年11月29日印发）办理高等学校教职工代表大会："
            "代表名额、单位选举、资格审查、代表管理、会议表决、提案与归档。</p>"
            "<p>每项计算都注明所依据的条款编号（如 R13.2、R24.2）。</p>",
        ).format(version=__version__)
