"""设置: the school's record (name, fonds number, organisation code), who is working (操作人)
and the UI language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from congress_app.gui import settings
from congress_app.gui.errors import show_error
from congress_app.gui.pages.base import WorkflowPage
from congress_app.gui.widgets.leaders_box import LeadersBox
from congress_app.services import changes as ch
from congress_app.services.errors import ServiceError
from congress_app.services.school import SchoolInfo, save_school, school_info


class SettingsPage(WorkflowPage):
    nav_key = "settings"
    shows = frozenset({ch.SCHOOL})
    language_changed = Signal(str)

    def title(self) -> str:
        return self.tr("设置")

    def purpose_text(self) -> str:
        return self.tr("学校信息用于报表抬头和档号（R48.2）；界面语言切换后立即生效。")

    def build(self) -> None:
        school_box = QGroupBox(self.tr("学校信息"))
        form = QFormLayout(school_box)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("例如：大连某某大学"))
        self.fonds_edit = QLineEdit()
        self.fonds_edit.setPlaceholderText(self.tr("例如：0123"))
        self.org_edit = QLineEdit()
        self.org_edit.setPlaceholderText(self.tr("例如：JDH"))
        form.addRow(self.tr("学校名称"), self.name_edit)
        form.addRow(self.tr("全宗号"), self.fonds_edit)
        form.addRow(self.tr("机构代码"), self.org_edit)
        self.save_button = QPushButton(self.tr("保存学校信息"))
        self.save_button.clicked.connect(self.save_school)
        self.saved_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        form.addRow(row)
        self.body.addWidget(school_box)

        operator_box = QGroupBox(self.tr("操作人"))
        operator_form = QFormLayout(operator_box)
        self.operator_edit = QLineEdit(self.state.actor)
        self.operator_edit.setPlaceholderText(self.tr("例如：校工会 王老师"))
        self.operator_edit.setToolTip(self.tr("名额方案、选举、资格审查等每项操作都记录操作人和时间"))
        self.operator_edit.editingFinished.connect(self.save_operator)
        operator_form.addRow(self.tr("姓名"), self.operator_edit)
        self.body.addWidget(operator_box)

        self.leaders_box = LeadersBox(self.state, on_error=lambda error: show_error(self, error))
        self.body.addWidget(self.leaders_box)

        language_box = QGroupBox(self.tr("界面语言"))
        language_form = QFormLayout(language_box)
        self.language_combo = QComboBox()
        for code, label in settings.LANGUAGES.items():
            self.language_combo.addItem(label, code)
        index = self.language_combo.findData(settings.LANGUAGE.get())
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.currentIndexChanged.connect(self._language_picked)
        language_form.addRow(self.tr("语言"), self.language_combo)
        self.body.addWidget(language_box)
        self._build_backup_box()
        self.body.addStretch(1)

    def _build_backup_box(self) -> None:
        from PySide6.QtWidgets import QSpinBox

        from congress_app.gui.state import automatic_backup_folder

        box = QGroupBox(self.tr("自动备份"))
        form = QFormLayout(box)
        self.backup_keep_spin = QSpinBox()
        self.backup_keep_spin.setRange(0, 100)
        self.backup_keep_spin.setMaximumWidth(160)
        self.backup_keep_spin.setSpecialValueText(self.tr("不自动备份"))
        self.backup_keep_spin.setValue(settings.BACKUP_KEEP.get())
        self.backup_keep_spin.setToolTip(self.tr("每次关闭时备份当前数据库，只保留最近的若干份"))
        self.backup_keep_spin.valueChanged.connect(lambda n: settings.BACKUP_KEEP.set(int(n)))
        form.addRow(self.tr("保留最近的备份份数"), self.backup_keep_spin)
        where = QLabel(str(automatic_backup_folder()))
        where.setTextInteractionFlags(
            where.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        where.setWordWrap(True)
        form.addRow(self.tr("备份文件夹"), where)
        self.body.addWidget(box)

    def refresh(self) -> None:
        with self.state.db.session() as session:
            info = school_info(session)
        self.name_edit.setText(info.name)
        self.fonds_edit.setText(info.fonds_no)
        self.org_edit.setText(info.org_code)
        self.saved_label.clear()
        self.leaders_box.refresh()

    def save_school(self) -> None:
        info = SchoolInfo(self.name_edit.text(), self.fonds_edit.text(), self.org_edit.text())
        try:
            with self.state.writing() as session:
                save_school(session, info, actor=self.state.actor)
        except ServiceError as error:
            show_error(self, error)
            return
        self.saved_label.setText(self.tr("已保存。"))

    def save_operator(self) -> None:
        """The name recorded with every change from now on (kept in the user's settings)."""
        name = self.operator_edit.text().strip()
        if not name:
            self.operator_edit.setText(self.state.actor)
            return
        settings.OPERATOR.set(name)
        self.state.actor = name

    def _language_picked(self) -> None:
        code = self.language_combo.currentData()
        if code and code != settings.LANGUAGE.get():
            settings.LANGUAGE.set(code)
            self.language_changed.emit(code)
