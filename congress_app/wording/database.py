"""Words for database faults (services/database_faults.py), Chinese and English."""

from __future__ import annotations

from congress_app.wording.errors import register_messages

register_messages(
    "zh",
    {
        "db_folder_missing": "找不到数据库所在的文件夹：{folder}。请检查路径是否写错；没有创建任何文件。",
        "db_missing": "数据库文件不存在：{path}。请检查路径是否写错；没有创建任何文件。"
        "如要新建数据库，请用 init 命令或“文件 → 新建数据库…”。",
        "db_not_database": "{path} 不是数据库文件（内容不是 SQLite 数据库），可能选错了文件。文件未被改动。",
        "db_foreign": "{path} 是一个 SQLite 数据库，但不是教代会工作台的数据库。文件未被改动。",
        "db_corrupt": "数据库文件已损坏：{path}（{reason}）。文件未被改动；请从备份恢复"
        "（congress-app restore 或“文件 → 从备份恢复…”）。",
        "db_newer": "数据库 {path} 来自更新版本的教代会工作台（数据库版本 {revision}，"
        "本程序只认识到 {head}）。"
        "为保护数据，没有打开也没有改动它；请安装新版本后再打开。",
        "db_locked": "数据库正被其他程序或另一台工作台占用，等待 {seconds} 秒后仍未释放：本次修改没有保存，"
        "数据库保持原样。请稍后再试。",
        "db_read_only": "数据库是只读的：{path}（文件或所在文件夹不允许写入）。没有做任何修改；"
        "请检查权限，或把数据库复制到可以写入的文件夹。",
        "db_disk_full": "磁盘已满（或已达到数据库大小上限）：本次修改没有保存，已全部撤销，数据库保持原样。"
        "请腾出磁盘空间后重试。",
        "db_io_error": (
            "读写数据库时发生磁盘错误（{reason}）：本次修改没有保存，已全部撤销。请检查磁盘后重试。"
        ),
        "db_cannot_open": "无法打开数据库 {path}（{reason}）。请检查路径和权限。",
        "db_driver_missing": "连接 {url} 需要数据库驱动（{driver}），但本机尚未安装。"
        '请安装 PostgreSQL 驱动：pip install "congress-app[postgres]"。',
        "db_unreachable": "无法连接数据库服务器 {url}：服务器没有响应或拒绝连接（{reason}）。"
        "请检查服务器地址、端口和网络，或稍后再试。",
        "db_bad_url": "数据库连接串无效：{url}（{reason}）。",
    },
)

register_messages(
    "en",
    {
        "db_folder_missing": (
            "The folder of the database does not exist: {folder}. Check the path; no file was created."
        ),
        "db_missing": "The database file does not exist: {path}. Check the path; no file was created. "
        "To create a new database use the init command or File → New database….",
        "db_not_database": "{path} is not a database file (its content is not an SQLite database); "
        "perhaps the wrong file was chosen. The file was not changed.",
        "db_foreign": (
            "{path} is an SQLite database but not a Congress Desk database. The file was not changed."
        ),
        "db_corrupt": "The database file is damaged: {path} ({reason}). The file was not changed; restore it "
        "from a backup (congress-app restore or File → Restore from backup…).",
        "db_newer": "The database {path} comes from a newer version of Congress Desk (database version "
        "{revision}; this program knows up to {head}). To protect the data it was neither "
        "opened nor changed; install the newer version to open it.",
        "db_locked": "The database is in use by another program or desk and was not released within "
        "{seconds} seconds: this change was not saved and the database is as it was. Try "
        "again shortly.",
        "db_read_only": "The database is read-only: {path} (the file or its folder cannot be written). "
        "Nothing was changed; check the permissions or copy the database to a writable folder.",
        "db_disk_full": "The disk is full (or the database reached its size limit): this change was not "
        "saved, everything was rolled back and the database is as it was. Free some "
        "space and try again.",
        "db_io_error": "A disk error occurred while writing the database ({reason}): this change was not "
        "saved and was rolled back. Check the disk and try again.",
        "db_cannot_open": "Cannot open the database {path} ({reason}). Check the path and permissions.",
        "db_driver_missing": "Connecting to {url} needs a database driver ({driver}) that is not installed. "
        'Install the PostgreSQL driver: pip install "congress-app[postgres]".',
        "db_unreachable": "Cannot connect to the database server {url}: it did not answer or refused the "
        "connection ({reason}). Check the address, port and network, or try again later.",
        "db_bad_url": "The database URL is not valid: {url} ({reason}).",
    },
)

register_messages(
    "zh",
    {
        "backup_exists": "备份文件已存在：{path}。为免覆盖另一份数据，未写入；如确要覆盖，请加 --force。",
        "backup_no_space": "磁盘空间不足，未备份：需要约 {needed_mb} MB，{path} 所在磁盘只剩 {free_mb} MB。",
        "backup_verify_failed": (
            "备份文件校验未通过（{reason}），已删除这份不完整的备份：{path}。请换一个位置重试。"
        ),
    },
)
register_messages(
    "en",
    {
        "backup_exists": "The backup file exists already: {path}. Nothing was written so as not to overwrite "
        "other data; add --force to overwrite it.",
        "backup_no_space": "Not enough disk space; no backup written: about {needed_mb} MB needed, "
        "{free_mb} MB free where {path} would go.",
        "backup_verify_failed": "The backup did not verify ({reason}); the incomplete copy was "
        "removed: {path}. "
        "Try another place.",
    },
)
