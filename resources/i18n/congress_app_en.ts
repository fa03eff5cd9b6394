<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/about.py" line="14"/>
        <source>关于教代会工作台</source>
        <translation>About Congress Desk</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/about.py" line="19"/>
        <source>&lt;h3&gt;教代会工作台 Congress Desk {version}&lt;/h3&gt;&lt;p&gt;按《大连市高等学校教职工代表大会工作规范》（试行）（大教工〔2024〕3号，中国教育工会大连市委员会 2024年11月29日印发）办理高等学校教职工代表大会：代表名额、单位选举、资格审查、代表管理、会议表决、提案与归档。&lt;/p&gt;&lt;p&gt;每项计算都注明所依据的条款编号（如 R13.2、R24.2）。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Congress Desk {version}&lt;/h3&gt;&lt;p&gt;Runs university workers&apos; congresses by the Dalian norms (trial), 大教工〔2024〕3号, issued by the Dalian Committee of the China Education Union on 29 November 2024: delegate seats, unit elections, credentials, the delegate body, meetings and votes, proposals and the archive.&lt;/p&gt;&lt;p&gt;Every computation cites the rule it applies (e.g. R13.2, R24.2).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/agenda_tab.py" line="34"/>
        <source>阶段</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/agenda_tab.py" line="34"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/agenda_tab.py" line="34"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/agenda_tab.py" line="34"/>
        <source>议程</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/agenda_tab.py" line="41"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/agenda_tab.py" line="42"/>
        <source>完成 / 未完成</source>
        <translation>Done / not done</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/agenda_tab.py" line="43"/>
        <location filename="../../congress_app/gui/pages/meetings/agenda_tab.py" line="100"/>
        <location filename="../../congress_app/gui/pages/meetings/agenda_tab.py" line="102"/>
        <source>恢复模板</source>
        <translation>Restore template</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/agenda_tab.py" line="101"/>
        <source>用规范的模板替换本次会议的议程？已做的修改将丢失。</source>
        <translation>Replace this session&apos;s agenda with the template from the norms? Your edits will be lost.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="201"/>
        <source>录入第 {n} 号提案的答复</source>
        <translation>Answer to proposal {n}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="201"/>
        <source>保存答复</source>
        <translation>Save answer</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="202"/>
        <source>答复部门</source>
        <translation>Answering department</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="204"/>
        <source>处理结果或意见</source>
        <translation>Result or view</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="206"/>
        <source>答复日期</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="209"/>
        <source>添加附件…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="214"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>ApproveCredentialsDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_approval.py" line="33"/>
        <source>批准并公布代表名单</source>
        <translation>Approve and publish the delegate list</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_approval.py" line="38"/>
        <source>批准资格审查报告后，{n} 名代表的名单张榜公布，代表资格自公布之日起生效（R15.1）。此操作不能撤销。</source>
        <translation>Approving the credentials review report publishes the list of {n} delegates; their credentials take effect on the day of publication (R15.1). This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_approval.py" line="46"/>
        <source>公布日期：</source>
        <translation>Publication date:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_approval.py" line="51"/>
        <source>以下 {n} 项必须满足的项目未通过，不能批准：</source>
        <translation>These {n} required checks failed; the review cannot be approved:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_approval.py" line="62"/>
        <source>必须满足的规定不能以理由代替（第十五条）；请先完成选举或补选。</source>
        <translation>A required rule cannot be overridden by a reason (Article 15); finish the elections or by-elections first.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_approval.py" line="67"/>
        <source>批准并公布</source>
        <translation>Approve and publish</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_approval.py" line="67"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ArchiveDialogs</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="34"/>
        <source>选择导出归档的位置</source>
        <translation>Choose where to export the archive</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="41"/>
        <source>选择要核验的归档文件夹</source>
        <translation>Choose the archive folder to verify</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="49"/>
        <source>添加归档文件</source>
        <translation>Add a file to the archive</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="53"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="58"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="63"/>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="65"/>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="134"/>
        <source>题名</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="67"/>
        <source>责任者</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="69"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="72"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="76"/>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="130"/>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="139"/>
        <source>保管期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="80"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="81"/>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="144"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="94"/>
        <source>选择要归档的文件</source>
        <translation>Choose the file to archive</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="96"/>
        <source>文件 (*.pdf *.docx *.xlsx *.png *.jpg *.jpeg)</source>
        <translation>Files (*.pdf *.docx *.xlsx *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/archive_dialogs.py" line="143"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ArchiveGroups</name>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="15"/>
        <source>涉及教代会工作的上级文件、批复</source>
        <translation>Higher-level documents and approvals on the congress</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="16"/>
        <source>教代会筹备工作方案、筹备工作报告及请示报告</source>
        <translation>Preparation plan, preparation report and requests</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="17"/>
        <source>代表选举资料（基层选举情况报告、代表名册、代表资格审查报告）</source>
        <translation>Delegate elections (unit election reports, delegate roll, credentials report)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="18"/>
        <source>大会主席团组成人员名单</source>
        <translation>Members of the presidium</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="19"/>
        <source>大会议程表、日程表</source>
        <translation>Agenda and schedule</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="20"/>
        <source>校长工作报告、其他提交大会审议的议案文本及其说明</source>
        <translation>President&apos;s report, other motions submitted and their explanations</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="21"/>
        <source>教代会决议（决定）及表决情况</source>
        <translation>Resolutions (decisions) and voting results</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="22"/>
        <source>教代会提案表及提案工作报告</source>
        <translation>Proposal forms and the proposal work report</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="23"/>
        <source>主席团、代表团、专门工作委员会会议及活动记录</source>
        <translation>Minutes of the presidium, delegations and special committees</translation>
    </message>
</context>
<context>
    <name>ArchiveGroupsModel</name>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="56"/>
        <source>类</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="57"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="58"/>
        <source>第四十八条所列材料</source>
        <translation>Documents (Art. 48)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="72"/>
        <source>✓ {n} 件</source>
        <translation>✓ {n}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="73"/>
        <source>✗ 缺</source>
        <translation>✗ missing</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="50"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="54"/>
        <source>按第四十八条收齐每次会议的九类文件，按 DA/T 22-2015 编档号、加盖归档章，导出带清单（SHA-256）的档案包，并可随时核验。</source>
        <translation>Collect the nine groups of documents of each session (Article 48), give them archival codes and filing stamps by DA/T 22-2015, export an archive with a SHA-256 manifest and verify it at any time.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="62"/>
        <source>会议</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="67"/>
        <source>收集系统生成的文件</source>
        <translation>Collect generated documents</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="69"/>
        <source>导出归档…</source>
        <translation>Export archive…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="71"/>
        <source>核验归档…</source>
        <translation>Verify archive…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="107"/>
        <source>添加文件…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="109"/>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="276"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="111"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="113"/>
        <source>保管期限…</source>
        <translation>Retention…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="123"/>
        <source>核验结果显示在这里。</source>
        <translation>Verification results appear here.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="151"/>
        <source>第{term}届第{number}次会议（{day}）</source>
        <translation>Term {term}, session {number} ({day})</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="177"/>
        <source>还没有会议。</source>
        <translation>No sessions yet.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="187"/>
        <source>九类材料已齐全，共 {n} 件。</source>
        <translation>All nine groups present; {n} items.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="189"/>
        <source>共 {n} 件；尚缺第 {groups} 类。</source>
        <translation>{n} items; groups missing: {groups}.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="190"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="219"/>
        <source>已收集：新增 {added} 件，更新 {replaced} 件，{unchanged} 件未变。</source>
        <translation>Collected: {added} added, {replaced} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="226"/>
        <source>正在生成并登记文件…</source>
        <translation>Generating and filing documents…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="263"/>
        <source>已添加：{title}</source>
        <translation>Added: {title}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="274"/>
        <source>删除归档文件</source>
        <translation>Remove archive file</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="275"/>
        <source>从本次会议的归档中删除「{title}」？</source>
        <translation>Remove &quot;{title}&quot; from this session&apos;s archive?</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="285"/>
        <source>已删除：{title}</source>
        <translation>Removed: {title}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="294"/>
        <source>请先在登记表中选择一件文件。</source>
        <translation>Select a document in the register first.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="301"/>
        <source>更改保管期限</source>
        <translation>Change the retention period</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="302"/>
        <source>把「{title}」的保管期限由「{old}」改为「{new}」？档号随之改变。</source>
        <translation>Change the retention period of &quot;{title}&quot; from {old} to {new}? Its archival code changes with it.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="305"/>
        <source>更改</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="315"/>
        <source>已更改保管期限：{title} → {label}</source>
        <translation>Retention period changed: {title} → {label}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="357"/>
        <source>（导入的 PDF 未能转为 PDF/A：本机没有 Ghostscript）</source>
        <translation> (imported PDFs could not be made PDF/A: Ghostscript is not installed)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="358"/>
        <source>已导出 {n} 件到 {path}</source>
        <translation>Exported {n} items to {path}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="364"/>
        <source>归档导出已取消，未留下任何文件。</source>
        <translation>Archive export cancelled; nothing was left behind.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="368"/>
        <source>导出中断：未完成的文件夹 {path} 已标明“未完成”，请删除后重新导出。</source>
        <translation>Export interrupted: the unfinished folder {path} is marked incomplete; delete it and export again.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="372"/>
        <source>正在导出归档…</source>
        <translation>Exporting the archive…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="392"/>
        <source>核验通过：{n} 个文件与清单一致，封存码与数据库一致。</source>
        <translation>Intact: {n} files match the manifest and the seals match the database.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="397"/>
        <source>核验未通过：{n} 处问题</source>
        <translation>Verification failed: {n} problem(s)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/archive/page.py" line="402"/>
        <source>正在核验归档…</source>
        <translation>Verifying the archive…</translation>
    </message>
</context>
<context>
    <name>ArchiveRegisterModel</name>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="86"/>
        <source>件号</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="87"/>
        <source>类</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="88"/>
        <source>题名</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="89"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="90"/>
        <source>保管期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="91"/>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="92"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="93"/>
        <source>责任者</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="94"/>
        <source>文号</source>
        <translation>Doc. number</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="113"/>
        <source>系统生成</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="115"/>
        <source>添加的文件</source>
        <translation>Added file</translation>
    </message>
</context>
<context>
    <name>ArchiveRetention</name>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="26"/>
        <source>永久</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="27"/>
        <source>定期30年</source>
        <translation>30 years</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/archive_tables.py" line="28"/>
        <source>定期10年</source>
        <translation>10 years</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/article.py" line="56"/>
        <source>{rule} · {citation}</source>
        <translation>{rule} · {citation}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/article.py" line="59"/>
        <source>&lt;b&gt;{citation}&lt;/b&gt;&#x3000;{title}</source>
        <translation>&lt;b&gt;{citation}&lt;/b&gt;  {title} (Chinese original)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/article.py" line="66"/>
        <source>{rule} 是惯例做法，规范中没有对应的款项；上面是相关的条文。</source>
        <translation>Rule {rule} is practice: the norms have no paragraph or item for it. The related article is shown above.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/article.py" line="68"/>
        <source>底色标出的是规则 {rule} 所依据的款、项。</source>
        <translation>The shaded text is the paragraph or item that rule {rule} rests on.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/article.py" line="70"/>
        <source>本软件按此条文计算的规则编号：{rule}。</source>
        <translation>Congress Desk applies this article as rule {rule}.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="168"/>
        <source>交办第 {n} 号提案</source>
        <translation>Assign proposal {n}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="168"/>
        <source>交办</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="173"/>
        <source>主办部门</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="175"/>
        <source>多个部门用顿号「、」分隔</source>
        <translation>Separate several departments with 、 or commas</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="176"/>
        <source>协办部门</source>
        <translation>Assisting departments</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="179"/>
        <source>办理期限</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>AuditWarningDialog</name>
    <message>
        <location filename="../../congress_app/gui/audit_warning.py" line="27"/>
        <source>数据核验未通过</source>
        <translation>Data verification failed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/audit_warning.py" line="30"/>
        <source>&lt;b&gt;本数据库有 {n} 处与审计记录或封存记录不一致。&lt;/b&gt;</source>
        <translation>&lt;b&gt;This database has {n} inconsistencies with its audit log or sealed records.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/audit_warning.py" line="33"/>
        <source>可能有人绕过本软件直接改动了数据库，或者文件已经损坏。已结束的选举结果、已批准的资格审查和已公布的代表名单，以纸面上打印的封存码为准。请先不要据此打印或公布新的材料，并请管理员核查（命令行：congress-app audit verify）。</source>
        <translation>Someone may have changed the database outside this application, or the file is damaged. For closed election rounds, approved credentials reviews and published delegate lists, the seal printed on paper is the evidence. Do not print or publish new documents from this data until an administrator has checked it (command line: congress-app audit verify).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/audit_warning.py" line="45"/>
        <source>复制问题清单</source>
        <translation>Copy the list of problems</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/audit_warning.py" line="48"/>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../../congress_app/gui/ops.py" line="98"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/ops.py" line="107"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/ops.py" line="122"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>BallotEntry</name>
    <message>
        <location filename="../../congress_app/gui/pages/elections/ballot_entry.py" line="44"/>
        <source>发出选票：</source>
        <translation>Ballots issued:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/ballot_entry.py" line="46"/>
        <source>保存发出张数</source>
        <translation>Save number issued</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/ballot_entry.py" line="52"/>
        <source>录入员：</source>
        <translation>Clerk:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/ballot_entry.py" line="53"/>
        <source>1 号</source>
        <translation>No. 1</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/ballot_entry.py" line="54"/>
        <source>2 号</source>
        <translation>No. 2</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/ballot_entry.py" line="63"/>
        <source>选票编号：</source>
        <translation>Ballot no.:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/ballot_entry.py" line="71"/>
        <source>保存这张并录下一张（Enter）</source>
        <translation>Save and enter the next (Enter)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/ballot_entry.py" line="140"/>
        <source>录入员1 已录 {a} 张，录入员2 已录 {b} 张；两人一致 {c} 张，不一致 {d} 张。</source>
        <translation>Clerk 1 has entered {a} ballots, clerk 2 has entered {b}; {c} agree, {d} differ.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/ballot_entry.py" line="147"/>
        <source>两位录入员不一致的选票 {n} 张（双击一行，按选票原件重录）：</source>
        <translation>{n} ballots on which the two clerks differ (double-click a row to re-enter it from the paper ballot):</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/ballot_entry.py" line="193"/>
        <source>录入员{c}：第 {s} 号已保存。</source>
        <translation>Clerk {c}: ballot no. {s} saved.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/ballot_entry.py" line="211"/>
        <source>发出选票 {n} 张已保存。</source>
        <translation>Saved: {n} ballots issued.</translation>
    </message>
</context>
<context>
    <name>BallotMismatchModel</name>
    <message>
        <location filename="../../congress_app/gui/models/election_rounds.py" line="89"/>
        <source>（未录入）</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_rounds.py" line="91"/>
        <source>废票</source>
        <translation>Spoilt</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_rounds.py" line="93"/>
        <source>（空白，未勾选）</source>
        <translation>(blank, nothing ticked)</translation>
    </message>
</context>
<context>
    <name>BodiesTab</name>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="51"/>
        <source>双击一行查看该条款的规范原文</source>
        <translation>Double-click a row to read the article of the norms</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="56"/>
        <source>组成检查</source>
        <translation>Composition checks</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="58"/>
        <source>成员（含已离开的，保留历史）</source>
        <translation>Members (former members kept as history)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="67"/>
        <source>新建机构…</source>
        <translation>New body…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="68"/>
        <source>按选举单位组建代表团</source>
        <translation>Form delegations by unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="69"/>
        <source>添加成员…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="70"/>
        <source>成员离开…</source>
        <translation>Member leaves…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="71"/>
        <source>记录选举日期…</source>
        <translation>Record election date…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="114"/>
        <source>还没有机构。先「新建机构」或「按选举单位组建代表团」。</source>
        <translation>No bodies yet. Use “New body” or “Form delegations by unit”.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="117"/>
        <source>未记录</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="119"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;（{kind}）：{on} 现有成员 {n} 人；选举日期：{elected}。</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({kind}): {n} members on {on}; elected: {elected}.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="135"/>
        <source>正在新建…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="139"/>
        <source>已新建「{name}」。</source>
        <translation>Created “{name}”.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="145"/>
        <source>正在组建代表团…</source>
        <translation>Forming delegations…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="147"/>
        <source>已组建 {n} 个代表团；请各代表团选举正、副团长并记录。</source>
        <translation>Formed {n} delegation(s); each delegation elects its head and deputies, then record it.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="162"/>
        <source>正在添加…</source>
        <translation>Adding…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="172"/>
        <source>已添加成员。</source>
        <translation>Member added.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="178"/>
        <source>请先在成员表中选择一人。</source>
        <translation>Select a member in the table first.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="182"/>
        <source>成员离开</source>
        <translation>Member leaves</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="182"/>
        <source>离开日期：</source>
        <translation>Leaves on:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="182"/>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="204"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="187"/>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="210"/>
        <source>正在记录…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="189"/>
        <source>已记录 {name} 离开。</source>
        <translation>Recorded that {name} left.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="198"/>
        <source>记录选举日期</source>
        <translation>Record the election date</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="200"/>
        <source>主席团由预备会议选举产生（第二十六条）；代表团正、副团长由本团选举产生（第三十二条）；民主管理委员会由教代会选举产生（第三十四条）。</source>
        <translation>The presidium is elected at the preparatory meeting (Article 26); a delegation elects its head and deputies (Article 32); the congress elects the DMC (Article 34).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="203"/>
        <source>选举日期：</source>
        <translation>Elected on:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/bodies_tab.py" line="212"/>
        <source>已记录「{name}」的选举日期。</source>
        <translation>Recorded the election date of “{name}”.</translation>
    </message>
</context>
<context>
    <name>BodyChecksModel</name>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="157"/>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="158"/>
        <source>条款</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="159"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="160"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="169"/>
        <source>符合</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="171"/>
        <source>提示</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="173"/>
        <source>不符合</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="174"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="187"/>
        <source>现为 {actual}，应为 {required}</source>
        <translation>now {actual}, required {required}</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="194"/>
        <source>新建机构</source>
        <translation>New body</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="194"/>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="202"/>
        <source>已选举产生</source>
        <translation>Elected on</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="205"/>
        <source>类型：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="206"/>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="207"/>
        <source>院（系）：</source>
        <translation>Department:</translation>
    </message>
</context>
<context>
    <name>ByElectionDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="127"/>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="132"/>
        <source>发起补选</source>
        <translation>Start a by-election</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="129"/>
        <source>代表空缺按代表产生的程序补选：在「代表选举」页为补选提名候选人（差额）、计票，然后回到这里进行补选代表资格审查并增补公布。</source>
        <translation>A vacancy is filled the way delegates are elected: nominate more candidates than seats and count the votes on the Elections page, then come back here for the supplementary credentials review and list.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="137"/>
        <source>{unit}（缺额 {n}）</source>
        <translation>{unit} ({n} vacant)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="140"/>
        <source>选举单位：</source>
        <translation>Election unit:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="141"/>
        <source>补选名额：</source>
        <translation>Seats to fill:</translation>
    </message>
</context>
<context>
    <name>ByElectionModel</name>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="110"/>
        <source>补选单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="111"/>
        <source>名额</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="112"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="118"/>
        <source>已增补公布</source>
        <translation>published</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="120"/>
        <source>选举中（在「代表选举」页提名、计票）</source>
        <translation>under way (nominate and count on the Elections page)</translation>
    </message>
</context>
<context>
    <name>CandidateConfirmationDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/candidate_confirmation.py" line="27"/>
        <source>记录候选人条件（第十二条）</source>
        <translation>Record the candidates&apos; conditions (Article 12)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/candidate_confirmation.py" line="31"/>
        <source>为以下候选人记录：{names}。任何一项为「否」或未记录，该候选人不能列入选票。</source>
        <translation>For these candidates: {names}. A &quot;no&quot; or an unrecorded answer keeps a candidate off the ballot.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/candidate_confirmation.py" line="40"/>
        <source>依法享有政治权利：</source>
        <translation>Holds political rights by law:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/candidate_confirmation.py" line="41"/>
        <source>愿意承担代表义务：</source>
        <translation>Willing to take on a delegate&apos;s duties:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/candidate_confirmation.py" line="42"/>
        <source>能够履行代表权利：</source>
        <translation>Able to exercise a delegate&apos;s rights:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/candidate_confirmation.py" line="45"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/candidate_confirmation.py" line="45"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/candidate_confirmation.py" line="49"/>
        <source>记录日期：</source>
        <translation>Recorded on:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/candidate_confirmation.py" line="51"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/candidate_confirmation.py" line="51"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CandidatePickerDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_candidates.py" line="17"/>
        <source>添加候选人 — {unit}</source>
        <translation>Add candidates — {unit}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_candidates.py" line="21"/>
        <source>本单位在岗教职工（R12.1）。输入姓名或工号查找；按住 Ctrl 或 Shift 可选多人。</source>
        <translation>On-duty staff of this unit (R12.1). Type a name or staff no. to search; hold Ctrl or Shift to pick several.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_candidates.py" line="25"/>
        <source>查找姓名、工号或岗位类别…</source>
        <translation>Search name, staff no. or post category…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_candidates.py" line="35"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_candidates.py" line="51"/>
        <source>已选 {n} 人</source>
        <translation>{n} selected</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_candidates.py" line="52"/>
        <source>添加 {n} 人</source>
        <translation>Add {n}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_candidates.py" line="52"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="50"/>
        <source>选票上的排列：</source>
        <translation>Order on the ballot:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="51"/>
        <source>按姓氏笔画</source>
        <translation>By surname strokes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="52"/>
        <source>按提名顺序</source>
        <translation>By nomination order</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="64"/>
        <source>添加候选人…</source>
        <translation>Add candidates…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="66"/>
        <source>撤回所选</source>
        <translation>Withdraw selected</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="68"/>
        <source>记录第十二条条件…</source>
        <translation>Record Article 12 conditions…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="71"/>
        <source>政治权利、愿意承担代表义务、能够履行代表权利：是或否，及日期。选中若干候选人，或不选则为全部尚未确认的候选人。</source>
        <translation>Political rights, willingness to serve, ability to serve: yes or no, with the date. For the selected candidates, or with none selected for every candidate not yet confirmed.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="108"/>
        <source>已开始投票，候选人名单和排列不能再改动。</source>
        <translation>Voting has started; the candidates and their order can no longer change.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="110"/>
        <source>读取候选人名单时出错：{e}</source>
        <translation>Could not read the candidate list: {e}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="140"/>
        <source>已添加候选人 {n} 人。</source>
        <translation>Added {n} candidates.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="149"/>
        <source>所有候选人的第十二条条件均已记录。</source>
        <translation>Every candidate&apos;s Article 12 conditions are recorded.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="169"/>
        <source>已记录 {n} 名候选人的第十二条条件。</source>
        <translation>Recorded the Article 12 conditions of {n} candidates.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="179"/>
        <source>请先在表中选中要撤回的候选人。</source>
        <translation>First select the candidates to withdraw in the table.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="184"/>
        <source>撤回候选人</source>
        <translation>Withdraw candidates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="185"/>
        <source>从「{unit}」的候选人中撤回：{names}？</source>
        <translation>Withdraw from the candidates of “{unit}”: {names}?</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="186"/>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/candidates.py" line="196"/>
        <source>已撤回：{names}。</source>
        <translation>Withdrawn: {names}.</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/desk.py" line="114"/>
        <source>代表编号 / 工号 / 姓名：</source>
        <translation>Delegate no. / staff no. / name:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/desk.py" line="116"/>
        <source>输入或扫描代表证二维码，回车签到</source>
        <translation>Type or scan the delegate card&apos;s QR code, Enter to check in</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/desk.py" line="120"/>
        <source>撤销签到</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/desk.py" line="121"/>
        <source>撤销输入框中的代表（空则撤销刚才一位）的签到 (Ctrl+Z)</source>
        <translation>Undo the check-in of the delegate typed in the box (or the last one) (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/desk.py" line="126"/>
        <source>请输入代表编号后按回车。</source>
        <translation>Type a delegate number and press Enter.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/desk.py" line="133"/>
        <source>最近签到</source>
        <translation>Latest check-ins</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/desk.py" line="201"/>
        <source>（已登记出席，不计入应到会人数）</source>
        <translation>(attendance recorded; not counted among the expected)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/desk.py" line="219"/>
        <source>已撤销签到：</source>
        <translation>Check-in undone: </translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="274"/>
        <source>开始征集提案</source>
        <translation>Open the proposal collection</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="274"/>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="278"/>
        <source>开始征集</source>
        <translation>Open collection</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="275"/>
        <source>会议日期</source>
        <translation>Session date</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="281"/>
        <source>提交截止</source>
        <translation>Forms due</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="286"/>
        <source>第三十五条：提案征集应于召开教代会前一个月进行（最迟 {open_by}）；代表应在会前两周将提案表报到工会（最迟 {submit_by}）。</source>
        <translation>Article 35 (第三十五条): the collection opens a month before the session (by {open_by}); delegates hand in their forms two weeks before it (by {submit_by}).</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/confirm.py" line="18"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CredentialChecksModel</name>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="64"/>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="66"/>
        <source>未通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="68"/>
        <source>未达到（提示）</source>
        <translation>Not met (advisory)</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="58"/>
        <source>重新审查</source>
        <translation>Review again</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="60"/>
        <source>生成资格审查报告…</source>
        <translation>Review report…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="62"/>
        <source>批准并公布代表名单…</source>
        <translation>Approve and publish…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="64"/>
        <source>打印代表名单…</source>
        <translation>Print delegate list…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="76"/>
        <source>双击一行查看该条款的规范原文</source>
        <translation>Double-click a row to read the article of the norms</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="81"/>
        <source>代表资格（R12.1）</source>
        <translation>Delegate eligibility (R12.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="82"/>
        <source>各单位选举程序（R14）</source>
        <translation>Election procedure per unit (R14)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="86"/>
        <source>审查与公布记录（含补选）</source>
        <translation>Reviews and lists published (incl. supplements)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="120"/>
        <source>正在审查…</source>
        <translation>Reviewing…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="122"/>
        <source>正在进行代表资格审查…</source>
        <translation>Reviewing the delegates&apos; credentials…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="137"/>
        <source>尚未审查。</source>
        <translation>Not reviewed yet.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="157"/>
        <source>代表名单已于 {d} 公布，代表资格自该日起生效（R15.1）。</source>
        <translation>The delegate list was published on {d}; credentials are effective from that day (R15.1).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="161"/>
        <source>尚未公布。</source>
        <translation>Not published yet.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="165"/>
        <source>{term}：应选 {seats} 名，已选出 {n} 名，其中符合资格 {ok} 名（在岗教职工 {staff} 人）。{pub}</source>
        <translation>{term}: {seats} seats, {n} delegates elected, {ok} of them eligible ({staff} on-duty staff). {pub}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="180"/>
        <source>公布后的变化（代表资格的变动请到「代表管理」办理）：</source>
        <translation>Changes since publication (changes to credentials are handled under “Delegates”):</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="182"/>
        <source>必须解决或说明的问题：</source>
        <translation>Problems to resolve or explain:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="186"/>
        <source>（点击条款编号可查看规范原文）</source>
        <translation> (click a rule id to read the article of the norms)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="198"/>
        <source>提示：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="232"/>
        <source>代表资格审查报告.pdf</source>
        <translation>Credentials review report.pdf</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="246"/>
        <source>正在生成资格审查报告…</source>
        <translation>Generating the credentials review report…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="248"/>
        <source>已生成资格审查报告：{p}</source>
        <translation>Credentials review report saved: {p}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="262"/>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="266"/>
        <source>批准并公布</source>
        <translation>Approve and publish</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="263"/>
        <source>公布 {n} 名代表的名单，代表资格自 {d} 起生效？此操作不能撤销。</source>
        <translation>Publish the list of {n} delegates, with credentials effective from {d}? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="280"/>
        <source>已批准并公布 {n} 名代表，资格自 {d} 起生效。可以打印代表名单。</source>
        <translation>Approved and published {n} delegates, effective from {d}. The delegate list can now be printed.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="286"/>
        <source>代表名单.pdf</source>
        <translation>Delegate list.pdf</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="299"/>
        <source>正在生成代表名单…</source>
        <translation>Generating the delegate list…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/credentials.py" line="301"/>
        <source>已生成代表名单：{p}</source>
        <translation>Delegate list saved: {p}</translation>
    </message>
</context>
<context>
    <name>DatabaseFileDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/files.py" line="13"/>
        <source>教代会数据库 (*.db *.sqlite);;所有文件 (*)</source>
        <translation>Congress databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/files.py" line="31"/>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/files.py" line="37"/>
        <source>打开数据库</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/files.py" line="43"/>
        <source>备份数据库到</source>
        <translation>Back up the database to</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/files.py" line="49"/>
        <source>选择要恢复的备份</source>
        <translation>Choose the backup to restore</translation>
    </message>
</context>
<context>
    <name>DelegateEligibilityModel</name>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="109"/>
        <source>符合</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="109"/>
        <source>不符合</source>
        <translation>Not eligible</translation>
    </message>
</context>
<context>
    <name>DelegateFileDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="317"/>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="318"/>
        <source>{kind} 文件 (*{suffix})</source>
        <translation>{kind} files (*{suffix})</translation>
    </message>
</context>
<context>
    <name>DelegateRollModel</name>
    <message>
        <location filename="../../congress_app/gui/models/delegate_roll.py" line="25"/>
        <source>代表编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_roll.py" line="26"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_roll.py" line="27"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_roll.py" line="28"/>
        <source>状态起始</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_roll.py" line="29"/>
        <source>离校起始</source>
        <translation>Away since</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_roll.py" line="30"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_roll.py" line="31"/>
        <source>选举单位</source>
        <translation>Election unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_roll.py" line="32"/>
        <source>代表团</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_roll.py" line="33"/>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
</context>
<context>
    <name>DelegateTexts</name>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="12"/>
        <source>在任</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="13"/>
        <source>调离本单位</source>
        <translation>transferred out</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="14"/>
        <source>离校满一年</source>
        <translation>away a year</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="15"/>
        <location filename="../../congress_app/gui/delegate_texts.py" line="29"/>
        <source>退休</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="16"/>
        <source>无故缺席满一年</source>
        <translation>absent a year</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="17"/>
        <location filename="../../congress_app/gui/delegate_texts.py" line="32"/>
        <source>罢免</source>
        <translation>recalled</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="20"/>
        <source>正式代表</source>
        <translation>formal</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="21"/>
        <source>特邀代表</source>
        <translation>invited</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="22"/>
        <source>列席代表</source>
        <translation>observer</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="25"/>
        <source>资格生效</source>
        <translation>status began</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="26"/>
        <source>调离本选举单位</source>
        <translation>transferred out of the unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="27"/>
        <source>离校学习、工作</source>
        <translation>away for study or work</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="28"/>
        <source>返校</source>
        <translation>back at the school</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="30"/>
        <source>无故缺席代表活动</source>
        <translation>absent without reason</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="31"/>
        <source>恢复参加代表活动</source>
        <translation>attends again</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="33"/>
        <source>资格终止（已确认）</source>
        <translation>status ended (confirmed)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="36"/>
        <source>大会主席团</source>
        <translation>Presidium</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="37"/>
        <source>民主管理委员会</source>
        <translation>Democratic management committee</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="38"/>
        <source>专门工作委员会</source>
        <translation>Special committee</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="39"/>
        <source>代表团</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="42"/>
        <source>团长／主任</source>
        <translation>head / director</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="43"/>
        <source>副团长／副主任</source>
        <translation>deputy</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="44"/>
        <source>成员</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="47"/>
        <source>包括党、政、工主要负责人</source>
        <translation>includes the party, administration and union leaders</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="48"/>
        <source>教师代表占多数</source>
        <translation>teachers are the majority</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="49"/>
        <source>由预备会议选举产生</source>
        <translation>elected at the preparatory meeting</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="50"/>
        <source>人数为代表总数的5%–15%</source>
        <translation>size 5%–15% of the delegates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="51"/>
        <source>教职工代表占多数</source>
        <translation>staff delegates are the majority</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="52"/>
        <source>主任由党委负责人担任</source>
        <translation>director is the party leader</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="53"/>
        <source>副主任由工会主席担任</source>
        <translation>deputy director is the union chair</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="54"/>
        <source>成员一般在代表中提名</source>
        <translation>members nominated among delegates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="55"/>
        <source>非代表成员经教代会通过</source>
        <translation>non-delegates approved by the congress</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="56"/>
        <source>按院（系）建立</source>
        <translation>formed by department</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="57"/>
        <source>有团长和副团长，均为本团代表</source>
        <translation>head and deputies, all its own delegates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="58"/>
        <source>正、副团长经选举产生</source>
        <translation>head and deputies elected</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="62"/>
        <source>缺少</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="63"/>
        <source>教师代表不足半数</source>
        <translation>teachers not a majority</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="64"/>
        <source>未记录选举</source>
        <translation>no election recorded</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="65"/>
        <source>人数不在范围内</source>
        <translation>size out of range</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="66"/>
        <source>代表不足半数</source>
        <translation>delegates not a majority</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="67"/>
        <source>主任不是党委书记</source>
        <translation>director is not the party secretary</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="68"/>
        <source>副主任中没有工会主席</source>
        <translation>no union chair among the deputies</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="69"/>
        <source>非代表</source>
        <translation>not a delegate</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="70"/>
        <source>未经教代会通过</source>
        <translation>not approved by the congress</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="71"/>
        <source>不属本院（系）</source>
        <translation>from another department</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="72"/>
        <source>没有团长</source>
        <translation>no head</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="73"/>
        <source>团长不是本团代表</source>
        <translation>head not a member</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="74"/>
        <source>副团长不足</source>
        <translation>too few deputies</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="75"/>
        <source>副团长不是本团代表</source>
        <translation>deputy not a member</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="76"/>
        <source>副团长与团长为同一人</source>
        <translation>deputy is the head</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="77"/>
        <source>副团长重复</source>
        <translation>deputy listed twice</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/delegate_texts.py" line="78"/>
        <source>正、副团长未记录选举</source>
        <translation>heads&apos; election not recorded</translation>
    </message>
</context>
<context>
    <name>DelegatesPage</name>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/page.py" line="39"/>
        <source>代表管理</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/page.py" line="43"/>
        <source>任期内的代表名册：资格终止（第十七条）、罢免（第十八条）、缺额与补选（第十九条）、特邀和列席代表（第二十条），以及主席团、民主管理委员会、专门工作委员会和代表团。</source>
        <translation>The delegate body over the term: status ending (Article 17), recall (Article 18), vacancies and by-elections (Article 19), invited and observer delegates (Article 20), and the presidium, DMC, special committees and delegations.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/page.py" line="56"/>
        <source>名册、缺额和机构检查都按这一天计算</source>
        <translation>The roll, vacancies and body checks are computed for this day</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/page.py" line="59"/>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/page.py" line="60"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/page.py" line="70"/>
        <source>① 代表名册</source>
        <translation>① Roll</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/page.py" line="71"/>
        <source>② 资格审核</source>
        <translation>② Status review</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/page.py" line="72"/>
        <source>③ 缺额与补选</source>
        <translation>③ Vacancies and by-elections</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/page.py" line="73"/>
        <source>④ 机构</source>
        <translation>④ Bodies</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/page.py" line="91"/>
        <source>第 {n} 届（{start} 起）</source>
        <translation>Term {n} (from {start})</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/page.py" line="97"/>
        <source>还没有建立届次：请先在「代表选举」页建立本届并公布代表名单。</source>
        <translation>No term yet: open the term and publish the delegate list on the Elections page first.</translation>
    </message>
</context>
<context>
    <name>ElectionCandidatesModel</name>
    <message>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="22"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="23"/>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="90"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="24"/>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="89"/>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="25"/>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="91"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="26"/>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="92"/>
        <source>岗位类别</source>
        <translation>Post category</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="27"/>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="93"/>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="28"/>
        <source>第十二条条件</source>
        <translation>Article 12</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="42"/>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="45"/>
        <source>有「否」</source>
        <translation>Has a &quot;no&quot;</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="47"/>
        <source>未记录</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="94"/>
        <source>所在单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="95"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ElectionCredentialsModel</name>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="49"/>
        <source>检查项</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="50"/>
        <source>条款</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="51"/>
        <source>实际</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="52"/>
        <source>要求</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="53"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="54"/>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="97"/>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="124"/>
        <source>说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="92"/>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="120"/>
        <source>选举单位</source>
        <translation>Election unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="93"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="94"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="95"/>
        <source>岗位类别</source>
        <translation>Post category</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="96"/>
        <source>资格（R12.1）</source>
        <translation>Eligibility (R12.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="121"/>
        <source>应选</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="122"/>
        <source>选出</source>
        <translation>Elected</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="123"/>
        <source>程序（R14）</source>
        <translation>Procedure (R14)</translation>
    </message>
</context>
<context>
    <name>ElectionFileDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_files.py" line="24"/>
        <source>选票保存到</source>
        <translation>Save the ballots to</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_files.py" line="29"/>
        <source>选举结果报告单保存到</source>
        <translation>Save the result sheet to</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_files.py" line="34"/>
        <source>代表资格审查报告保存到</source>
        <translation>Save the credentials review report to</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_files.py" line="39"/>
        <source>代表名单保存到</source>
        <translation>Save the delegate list to</translation>
    </message>
</context>
<context>
    <name>ElectionRoundsModel</name>
    <message>
        <location filename="../../congress_app/gui/models/election_rounds.py" line="24"/>
        <source>候选人</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_rounds.py" line="25"/>
        <source>得票</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_rounds.py" line="26"/>
        <source>过全体半数</source>
        <translation>Majority</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_rounds.py" line="27"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_rounds.py" line="69"/>
        <source>选票编号</source>
        <translation>Ballot no.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_rounds.py" line="70"/>
        <source>录入员1</source>
        <translation>Clerk 1</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_rounds.py" line="71"/>
        <source>录入员2</source>
        <translation>Clerk 2</translation>
    </message>
</context>
<context>
    <name>ElectionUnitsModel</name>
    <message>
        <location filename="../../congress_app/gui/models/election_units.py" line="41"/>
        <source>选举单位</source>
        <translation>Election unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_units.py" line="42"/>
        <source>进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_units.py" line="43"/>
        <source>候选人</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_units.py" line="44"/>
        <source>已选出 / 应选</source>
        <translation>Filled</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_units.py" line="92"/>
        <source>{unit}：已进行 {n} 轮投票</source>
        <translation>{unit}: {n} rounds of voting held</translation>
    </message>
</context>
<context>
    <name>ElectionsPage</name>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="39"/>
        <source>代表选举</source>
        <translation>Elections</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="43"/>
        <source>各选举单位差额选举代表：提名候选人、打印选票、计票、另行选举；全部选完后资格审查并张榜公布代表名单（第十四、十五条）。</source>
        <translation>Each election unit elects its delegates competitively: nominate candidates, print ballots, count, hold runoffs; once all units are done, review the credentials and publish the delegate list (Arts. 14, 15).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="54"/>
        <source>届次：</source>
        <translation>Term:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="59"/>
        <source>新建届次…</source>
        <translation>New term…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="60"/>
        <source>建立新一届教代会（R23.1：每届三至五年）</source>
        <translation>Open a new term of the congress (R23.1: three to five years)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="70"/>
        <source>还没有建立教代会届次</source>
        <translation>No congress term yet</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="72"/>
        <source>代表按届选举。先在「名册与名额」中导入名册、保存名额方案，再在这里建立本届教代会（第几届、起始日期、任期），然后组织各单位选举。</source>
        <translation>Delegates are elected for a term. Import the roster and save a seat plan under Roster &amp; Seats, then open the term here (its number, first day and length) and run the unit elections.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="77"/>
        <source>建立本届教代会…</source>
        <translation>Open the term…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="80"/>
        <source>本届还没有各单位的选举</source>
        <translation>No unit elections in this term yet</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="81"/>
        <source>按当前的名额方案，为每个选举单位建立一场选举，应选名额取自方案。</source>
        <translation>Creates one election per election unit from the current seat plan, with the seats taken from the plan.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="84"/>
        <source>按名额方案建立各单位选举</source>
        <translation>Create unit elections from the seat plan</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="98"/>
        <source>各单位选举</source>
        <translation>Unit elections</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="99"/>
        <source>资格审查与公布（全届）</source>
        <translation>Credentials and publication (whole term)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="144"/>
        <source>第{n}届（{start} 起，{years} 年）</source>
        <translation>Term {n} (from {start}, {years} years)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="214"/>
        <source>已建立第{n}届教代会。下一步：按名额方案建立各单位选举。</source>
        <translation>Term {n} is open. Next: create the unit elections from the seat plan.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="216"/>
        <source>提示：任期 {y} 年，不在第二十三条规定的三至五年之内。</source>
        <translation>Note: a term of {y} years is outside the three to five years of Article 23.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="233"/>
        <source>已按名额方案建立 {n} 个单位的选举。</source>
        <translation>Created elections for {n} units from the seat plan.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/page.py" line="243"/>
        <source>正在建立各单位选举…</source>
        <translation>Creating the unit elections…</translation>
    </message>
</context>
<context>
    <name>EligibleStaffModel</name>
    <message>
        <location filename="../../congress_app/gui/models/election_candidates.py" line="119"/>
        <source>已是候选人</source>
        <translation>Already a candidate</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/evaluation_tab.py" line="44"/>
        <source>意见和建议（可空）</source>
        <translation>Opinions and suggestions (optional)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/evaluation_tab.py" line="45"/>
        <source>意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/evaluation_tab.py" line="46"/>
        <source>录入这一份</source>
        <translation>Enter this form</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/evaluation_tab.py" line="58"/>
        <source>测评项目</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/evaluation_tab.py" line="59"/>
        <source>满意率</source>
        <translation>Satisfied %</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/evaluation_tab.py" line="64"/>
        <source>登记已向代表和教职工公布…</source>
        <translation>Record publication to delegates and staff…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/evaluation_tab.py" line="89"/>
        <source>已于 {on} 公布</source>
        <translation>published on {on}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/evaluation_tab.py" line="91"/>
        <source>尚未公布（第四十三条：评议情况和处理情况应向代表和教职工公布）</source>
        <translation>not yet published (Article 43: the results and their handling must be published to delegates and staff)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/evaluation_tab.py" line="93"/>
        <source>收回测评表 {n} 份；{p}</source>
        <translation>{n} evaluation forms returned; {p}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/evaluation_tab.py" line="112"/>
        <source>✓ 已录入一份</source>
        <translation>✓ One form entered</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/evaluation_tab.py" line="121"/>
        <source>公布测评结果</source>
        <translation>Publish the evaluation</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/evaluation_tab.py" line="122"/>
        <source>登记今天已向代表和教职工公布测评结果？登记后不能撤销。</source>
        <translation>Record that the evaluation was published to delegates and staff today? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/evaluation_tab.py" line="123"/>
        <source>登记公布</source>
        <translation>Record publication</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/safe_files.py" line="74"/>
        <source>查找范围：</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/safe_files.py" line="75"/>
        <source>文件名：</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/safe_files.py" line="76"/>
        <source>文件类型：</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/safe_files.py" line="79"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/safe_files.py" line="81"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/safe_files.py" line="83"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FileProposalDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="111"/>
        <source>提交提案</source>
        <translation>File a proposal</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="117"/>
        <source>如：关于增加教职工停车位的建议</source>
        <translation>e.g. On more parking spaces for staff</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="118"/>
        <source>提案标题(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="122"/>
        <source>一般提案（1 名提案人，3 名以上附议）</source>
        <translation>General (1 proposer, 3 or more seconders)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="122"/>
        <source>重要提案（10 名以上附议）</source>
        <translation>Important (10 or more seconders)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="129"/>
        <source>性质</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="136"/>
        <source>提交日期</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="138"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="142"/>
        <source>提案人</source>
        <translation>Proposers</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="142"/>
        <source>附议人</source>
        <translation>Seconders</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="147"/>
        <source>代表</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="155"/>
        <source>案由</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="156"/>
        <source>建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="158"/>
        <source>逾期提交而工会同意按提案受理时，写明理由</source>
        <translation>If a late form is accepted as a proposal by the union, say why</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="159"/>
        <source>逾期受理理由</source>
        <translation>Late form accepted because</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="162"/>
        <source>相似提案</source>
        <translation>Similar proposals</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="165"/>
        <source>提交</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="165"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="197"/>
        <source>✔ 提案人、附议人符合第三十五、三十六条的要求。</source>
        <translation>✔ Proposers and seconders meet Articles 35 and 36.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="202"/>
        <source>请填写提案标题。</source>
        <translation>Enter the title.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="211"/>
        <source>（没有找到相似的提案）</source>
        <translation>(no similar proposals found)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="215"/>
        <source>{session} 第 {number} 号：{title}（相似度 {score:.0f}）</source>
        <translation>{session} no. {number}: {title} (similarity {score:.0f})</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="44"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="45"/>
        <source>变动</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="46"/>
        <source>依据</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="47"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_import.py" line="31"/>
        <source>提案表有问题，未导入</source>
        <translation>Problems in the proposal forms; nothing imported</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_import.py" line="35"/>
        <source>「{file}」有 {count} 处问题，一份提案表也没有导入。请在文件中改正后重新导入。</source>
        <translation>&apos;{file}&apos; has {count} problems; no form was imported. Correct them in the file and import it again.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_import.py" line="42"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_import.py" line="42"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_import.py" line="42"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_import.py" line="59"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LeadersBox</name>
    <message>
        <location filename="../../congress_app/gui/widgets/leaders_box.py" line="27"/>
        <source>党政工主要负责人（第十三条：应当是教代会正式代表）</source>
        <translation>Principal party, administration and union leaders (Article 13: must be formal delegates)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/widgets/leaders_box.py" line="31"/>
        <source>职务</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/widgets/leaders_box.py" line="32"/>
        <source>计为该职务的完整称谓（以、分隔）</source>
        <translation>Whole titles that count as the role (separated by 、)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/widgets/leaders_box.py" line="33"/>
        <source>现任</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/widgets/leaders_box.py" line="34"/>
        <source>任职者工号（空为空缺）</source>
        <translation>Holder&apos;s staff no. (empty: vacant)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/widgets/leaders_box.py" line="48"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/widgets/leaders_box.py" line="55"/>
        <source>自何日起：</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/widgets/leaders_box.py" line="62"/>
        <source>称谓整词比较，去掉首尾空格；副校长、党委副书记、工会副主席等从不计入。未记录任职者时，按名册「职务」整词查找。</source>
        <translation>Titles are compared whole, trimmed of spaces; deputies (副校长, 党委副书记, 工会副主席 …) never count. Without a recorded holder, the roster&apos;s post field is searched for the whole title.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/widgets/leaders_box.py" line="78"/>
        <source>空缺（自 {d} 起记录）</source>
        <translation>Vacant (recorded from {d})</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/widgets/leaders_box.py" line="80"/>
        <source>未找到</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/widgets/leaders_box.py" line="82"/>
        <source>{name}（自 {d} 起记录）</source>
        <translation>{name} (recorded from {d})</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/widgets/leaders_box.py" line="87"/>
        <source>{name}（按名册职务）</source>
        <translation>{name} (by the roster&apos;s post)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/widgets/leaders_box.py" line="106"/>
        <source>已记录{role}。</source>
        <translation>Recorded: {role}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="46"/>
        <source>教代会工作台</source>
        <translation>Congress Desk</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="105"/>
        <source>未能打开数据库：{reason}

请用“文件 → 打开数据库…”选择另一个数据库，或用“文件 → 新建数据库…”新建一个。</source>
        <translation>Could not open the database: {reason}

Use File → Open database… to choose another database, or File → New database… to create one.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="116"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="118"/>
        <source>新建数据库…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="121"/>
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="123"/>
        <source>备份数据库…</source>
        <translation>Back up database…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="124"/>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="125"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="133"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="134"/>
        <source>关于教代会工作台</source>
        <translation>About Congress Desk</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="162"/>
        <source>数据库：{where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="163"/>
        <source>教代会工作台 — {where}</source>
        <translation>Congress Desk — {where}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="171"/>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="171"/>
        <source>文件已存在，请换一个名称：{path}</source>
        <translation>The file exists already; choose another name: {path}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="192"/>
        <source>这个数据库已经打开：{path}</source>
        <translation>This database is already open: {path}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="206"/>
        <source>已打开 {path}</source>
        <translation>Opened {path}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="241"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="243"/>
        <source>用备份 {source} 替换当前数据库 {db}？
当前数据库会先另存为带日期的副本，放在它旁边。</source>
        <translation>Replace the current database {db} with the backup {source}?
The current database is first kept as a dated copy beside it.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="245"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="260"/>
        <source>已从 {source} 恢复；恢复前的数据库另存为 {copy}</source>
        <translation>Restored from {source}; the database as it was is kept as {copy}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="266"/>
        <source>正在从备份恢复…</source>
        <translation>Restoring from the backup…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="56"/>
        <location filename="../../congress_app/gui/main_window.py" line="208"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="221"/>
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="224"/>
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
</context>
<context>
    <name>MarksPad</name>
    <message>
        <location filename="../../congress_app/gui/widgets/election_marks.py" line="31"/>
        <source>废票（*）</source>
        <translation>Spoilt (*)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/widgets/election_marks.py" line="36"/>
        <source>在此框内按数字键勾选或取消（1–9，0 为第 10 位），* 为废票，Enter 保存并录下一张。</source>
        <translation>In this box, press digit keys to tick or untick (1–9, 0 for the 10th); * marks the ballot spoilt; Enter saves and moves to the next.</translation>
    </message>
</context>
<context>
    <name>MeetingAgenda</name>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/agenda_tab.py" line="19"/>
        <source>筹备工作（第四十五条）</source>
        <translation>Preparation (Article 45)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/agenda_tab.py" line="20"/>
        <source>预备会议（第四十六条）</source>
        <translation>Preparatory meeting (Article 46)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/agenda_tab.py" line="21"/>
        <source>正式会议（第四十七条）</source>
        <translation>Formal meeting (Article 47)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/agenda_tab.py" line="22"/>
        <source>会后（第四十三条）</source>
        <translation>After the session (Article 43)</translation>
    </message>
</context>
<context>
    <name>MeetingDialogs</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="40"/>
        <source>新建会议</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="45"/>
        <source>如：第九届教职工代表大会第二次会议</source>
        <translation>e.g. Second session of the 9th Workers&apos; Congress</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="48"/>
        <source>临时会议（须经民主管理委员会通过）</source>
        <translation>Extraordinary session (needs the DMC&apos;s approval)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="52"/>
        <source>民主管理委员会的决定，如：民管会2026年第3次会议决定</source>
        <translation>The DMC&apos;s decision, e.g. decided at the DMC&apos;s 3rd meeting of 2026</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="57"/>
        <source>会议日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="58"/>
        <source>会议名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="60"/>
        <source>民管会决定</source>
        <translation>DMC decision</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="61"/>
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="64"/>
        <source>应到会代表按会议日期计算：正式代表中离校学习、工作满半年的不计入（第二十四条）。</source>
        <translation>Expected delegates are counted on the session date: formal delegates away for study or work six months or more are not expected (Article 24).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="75"/>
        <source>建立</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="76"/>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="181"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="106"/>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="107"/>
        <source>{name} 请假的事由：</source>
        <translation>Reason for {name}&apos;s leave:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="121"/>
        <source>大屏幕</source>
        <translation>Hall screen</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="122"/>
        <source>在哪个显示器上全屏显示：</source>
        <translation>Show full screen on which display:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="134"/>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="140"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="141"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="142"/>
        <source>不满意</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="158"/>
        <source>未填</source>
        <translation>Blank</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="170"/>
        <source>修改议程</source>
        <translation>Edit agenda item</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="175"/>
        <source>议程</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="176"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/meeting_dialogs.py" line="180"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>MeetingRoll</name>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="28"/>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="29"/>
        <source>不计入：离校学习、工作满半年（第二十四条）</source>
        <translation>Not counted: away for study or work six months or more (Article 24)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="30"/>
        <source>不计入：代表资格已终止</source>
        <translation>Not counted: status ended</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="31"/>
        <source>不计入：特邀或列席代表（第二十条）</source>
        <translation>Not counted: invited or observer delegate (Article 20)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="34"/>
        <source>正式</source>
        <translation>Formal</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="35"/>
        <source>特邀</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="36"/>
        <source>列席</source>
        <translation>Observer</translation>
    </message>
</context>
<context>
    <name>MeetingVotes</name>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="42"/>
        <source>表决、选举办法</source>
        <translation>Voting and election method</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="43"/>
        <source>代表资格审查报告</source>
        <translation>Credentials report</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="44"/>
        <source>大会议程和日程</source>
        <translation>Agenda and schedule</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="45"/>
        <source>议案、决议</source>
        <translation>Motion or resolution</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="46"/>
        <source>选举（主席团、民管会等）</source>
        <translation>Election (presidium, DMC …)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="49"/>
        <source>举手表决</source>
        <translation>Show of hands</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="50"/>
        <source>无记名投票</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="55"/>
        <source>赞成</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="56"/>
        <source>反对</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="57"/>
        <source>弃权</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="58"/>
        <source>过半数线</source>
        <translation>Majority line</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="73"/>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="185"/>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="75"/>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="187"/>
        <source>未通过</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="77"/>
        <source>{word}：赞成 {yes} 票，应到会代表 {e} 人，须超过半数即至少 {n} 票（第二十五条）</source>
        <translation>{word}: {yes} yes of {e} expected delegates; more than half, at least {n}, needed (Article 25)</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="61"/>
        <source>会议与表决</source>
        <translation>Meetings and votes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="65"/>
        <source>会议签到、三分之二法定人数（第二十四条）；表决须超过应到会代表半数（第二十五条）；大屏幕、签到表、决议和测评表。</source>
        <translation>Check-in and the two-thirds quorum (Article 24); votes need more than half of the expected delegates (Article 25); the hall&apos;s screen, sign-in sheet, resolutions and evaluation forms.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="74"/>
        <source>会议：</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="79"/>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="111"/>
        <source>新建会议…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="83"/>
        <source>大屏幕…</source>
        <translation>Hall screen…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="84"/>
        <source>在会场的显示器上全屏显示法定人数和表决结果</source>
        <translation>Show the quorum and the votes full screen on the hall&apos;s display</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="89"/>
        <source>文件：</source>
        <translation>Papers:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="92"/>
        <source>签到表</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="93"/>
        <source>出席情况报告</source>
        <translation>Attendance report</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="94"/>
        <source>决议及表决结果</source>
        <translation>Resolutions and votes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="105"/>
        <source>还没有会议</source>
        <translation>No session yet</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="107"/>
        <source>建立本届教代会的一次会议（日期、名称；临时会议须有民主管理委员会的决定），然后在这里签到、表决。</source>
        <translation>Create a session of the current term (date, title; an extraordinary session needs the DMC&apos;s decision), then check in and vote here.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="119"/>
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="120"/>
        <source>应到名单与请假</source>
        <translation>Expected list and leave</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="121"/>
        <source>议程</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="122"/>
        <source>表决</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="123"/>
        <source>测评</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="141"/>
        <source>（临时会议）</source>
        <translation> (extraordinary)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="144"/>
        <source>第{t}届第{n}次会议</source>
        <translation>Term {t}, session {n}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="256"/>
        <source>正在生成 PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/page.py" line="257"/>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="240"/>
        <source>添加成员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="242"/>
        <source>专门工作委员会的成员一般在代表中提名；聘请非代表须经教代会通过（第三十条）。代表团只能由本院（系）的正式代表组成（第三十二条）。</source>
        <translation>Special committee members are usually delegates; a non-delegate needs the congress&apos;s approval (Article 30). A delegation holds only its department&apos;s formal delegates (Article 32).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="245"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="253"/>
        <source>教代会通过日期：</source>
        <translation>Approved by the congress on:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="256"/>
        <source>人员：</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="257"/>
        <source>职务：</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="258"/>
        <source>加入日期：</source>
        <translation>Joins on:</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="128"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="129"/>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="130"/>
        <source>职务</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="131"/>
        <source>代表</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="132"/>
        <source>加入</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="133"/>
        <source>离开</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="134"/>
        <source>教代会通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="138"/>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="139"/>
        <source>否</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>NewTermDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/new_term.py" line="34"/>
        <source>建立教代会届次</source>
        <translation>Open a term of the congress</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/new_term.py" line="38"/>
        <source>代表按届选举，实行常任制（R16.1）。建立本届后，按名额方案为每个选举单位建立选举。</source>
        <translation>Delegates serve for the whole term (R16.1). Once the term is open, each election unit gets its election from the seat plan.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/new_term.py" line="49"/>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/new_term.py" line="50"/>
        <source>每届三至五年（R23.1，第二十三条）</source>
        <translation>A term lasts three to five years (R23.1, Art. 23)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/new_term.py" line="51"/>
        <source>第几届：</source>
        <translation>Term number:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/new_term.py" line="52"/>
        <source>本届起始日期：</source>
        <translation>First day:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/new_term.py" line="53"/>
        <source>任期：</source>
        <translation>Length:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/new_term.py" line="54"/>
        <source>建立</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/new_term.py" line="54"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OpenRoundDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="45"/>
        <source>选举日期：</source>
        <translation>Election date:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="46"/>
        <source>选民人数 E 为该日本单位在岗教职工人数（R14.3）。</source>
        <translation>The electorate E is the unit&apos;s on-duty staff on that date (R14.3).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="51"/>
        <source>适用三分之二到会规定（惯例做法，非规范条文）：收回选票须不少于本单位教职工的三分之二（R14.0）</source>
        <translation>Apply the two-thirds turnout rule (a practice, not the norms&apos; text): at least two thirds of the unit&apos;s staff must return ballots (R14.0)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="56"/>
        <source>不适用时必须填写理由，将记录在案</source>
        <translation>If it does not apply, a reason is required and will be recorded</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="58"/>
        <source>不适用的理由：</source>
        <translation>Reason it does not apply:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="59"/>
        <source>汇总录入（计票人报总数）</source>
        <translation>Totals (the tellers report the sums)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="60"/>
        <source>逐张录入（双人，两位录入员各录一遍并核对）</source>
        <translation>Ballot by ballot (two clerks each enter every ballot, then compare)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="67"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="67"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="77"/>
        <source>录入方式：</source>
        <translation>Entry mode:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="89"/>
        <source>请填写不适用三分之二规定的理由（R14.0）。</source>
        <translation>Give the reason the two-thirds rule does not apply (R14.0).</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../congress_app/gui/pages/elections/overview.py" line="91"/>
        <source>已完成 {done} / {units} 个单位；已选出代表 {elected} / {seats} 名</source>
        <translation>{done} / {units} units done; {elected} / {seats} delegates elected</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_file.py" line="59"/>
        <source>输入姓名、代表编号或工号筛选</source>
        <translation>Type a name, delegate or staff number to filter</translation>
    </message>
</context>
<context>
    <name>PlannedPage</name>
    <message>
        <location filename="../../congress_app/gui/pages/planned.py" line="32"/>
        <source>本工作流程的步骤</source>
        <translation>Steps of this workflow</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/planned.py" line="37"/>
        <source>这一工作流程的操作界面将在后续版本提供；现在可以从「名册与名额」开始准备。</source>
        <translation>The screens of this workflow come in a later version; meanwhile start with Roster &amp; Seats.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/planned.py" line="52"/>
        <source>当前数据库：{school}，选举单位 {units} 个，教职工 {staff} 名，代表 {delegates} 名。</source>
        <translation>This database: {school}; {units} election units, {staff} staff, {delegates} delegates.</translation>
    </message>
</context>
<context>
    <name>PrintBallotsDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="118"/>
        <source>打印选票 — {unit}</source>
        <translation>Print ballots — {unit}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="126"/>
        <source>份数：</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="127"/>
        <source>起始编号：</source>
        <translation>First number:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="129"/>
        <source>默认每位选民一张：本单位在岗教职工 {n} 人。每张选票印有编号。</source>
        <translation>By default one per voter: the unit has {n} on-duty staff. Every ballot is numbered.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="132"/>
        <source>选择保存位置…</source>
        <translation>Choose where to save…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/election_round.py" line="132"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/projector.py" line="49"/>
        <source>大屏幕 — {title}</source>
        <translation>Hall screen — {title}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/projector.py" line="56"/>
        <source>Q 法定人数&#x3000;V 最新表决&#x3000;← → 上一项/下一项&#x3000;F11 全屏&#x3000;Esc 关闭</source>
        <translation>Q quorum   V latest vote   ← → previous/next   F11 full screen   Esc close</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/projector.py" line="64"/>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/projector.py" line="65"/>
        <source>实到</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/projector.py" line="66"/>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/projector.py" line="67"/>
        <source>须到</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/projector.py" line="114"/>
        <source>已达三分之二&#x3000;可以开会</source>
        <translation>Two thirds present — the session may open</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/projector.py" line="116"/>
        <source>尚差 {n} 人</source>
        <translation>{n} more needed</translation>
    </message>
</context>
<context>
    <name>ProposalDetailPanel</name>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="31"/>
        <source>提交提案表</source>
        <translation>Form filed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="32"/>
        <source>纸质表导入</source>
        <translation>imported from a paper form</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="33"/>
        <source>提案工作委员会审查</source>
        <translation>Reviewed by the proposal committee</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="34"/>
        <source>民主管理委员会通过</source>
        <translation>Approved by the DMC</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="35"/>
        <source>交承办部门</source>
        <translation>Assigned to departments</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="36"/>
        <source>部门答复</source>
        <translation>Department answered</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="37"/>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="124"/>
        <source>提案人意见</source>
        <translation>Proposer&apos;s view</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="38"/>
        <source>评为优秀提案</source>
        <translation>Selected as excellent</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="77"/>
        <source>审查…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="78"/>
        <source>民管会通过</source>
        <translation>DMC approves</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="79"/>
        <source>交办…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="80"/>
        <source>录入答复…</source>
        <translation>Enter answer…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="81"/>
        <source>提案人意见…</source>
        <translation>Proposer&apos;s view…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="82"/>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="104"/>
        <source>评为优秀</source>
        <translation>Mark excellent</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="83"/>
        <source>打印提案表…</source>
        <translation>Print form…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="96"/>
        <source>在左侧选中一件提案，这里显示它的内容、经过和下一步。</source>
        <translation>Select a proposal on the left to see its content, history and next step here.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="104"/>
        <source>取消优秀</source>
        <translation>Unmark excellent</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="106"/>
        <source>第 {n} 号</source>
        <translation>No. {n}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="107"/>
        <source>性质</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="108"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="109"/>
        <source>提交</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="110"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="111"/>
        <source>提案人</source>
        <translation>Proposers</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="112"/>
        <source>附议人</source>
        <translation>Seconders</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="113"/>
        <source>逾期提交</source>
        <translation>Filed late</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="114"/>
        <source>案由</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="115"/>
        <source>建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="116"/>
        <source>审查意见</source>
        <translation>Committee&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="117"/>
        <source>已并入第 {n} 号提案</source>
        <translation>Merged into proposal {n}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="118"/>
        <source>并入本提案的：第 {n} 号</source>
        <translation>Merged into this one: no. {n}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="119"/>
        <source>承办部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="120"/>
        <source>协办</source>
        <translation>assisting</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="121"/>
        <source>办理期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="122"/>
        <source>第 {n} 次答复</source>
        <translation>Answer {n}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="123"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="125"/>
        <source>待提案人回复</source>
        <translation>awaiting the proposer</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="126"/>
        <source>经过</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/detail.py" line="176"/>
        <source>（{file} 第 {row} 行）</source>
        <translation> ({file}, row {row})</translation>
    </message>
</context>
<context>
    <name>ProposalFiles</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="39"/>
        <source>选择附件</source>
        <translation>Choose an attachment</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="41"/>
        <source>文件 (*.pdf *.docx *.xlsx *.jpg *.png);;所有文件 (*)</source>
        <translation>Files (*.pdf *.docx *.xlsx *.jpg *.png);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="52"/>
        <source>保存到</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="60"/>
        <source>导入提案表</source>
        <translation>Import proposal forms</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="62"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="75"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="76"/>
        <source>变动</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="77"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="78"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="32"/>
        <source>待审查</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="33"/>
        <source>已立案</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="34"/>
        <source>已并案</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="35"/>
        <source>作为意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="36"/>
        <source>民管会已通过</source>
        <translation>DMC approved</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="37"/>
        <source>办理中</source>
        <translation>In hand</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="38"/>
        <source>已答复</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="39"/>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="42"/>
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="43"/>
        <source>重要</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="46"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="47"/>
        <source>基本满意</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="48"/>
        <source>不满意</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="60"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="61"/>
        <source>提案标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="62"/>
        <source>性质</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="63"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="64"/>
        <source>提案人</source>
        <translation>Proposers</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="65"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="66"/>
        <source>承办部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="67"/>
        <source>办理期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="68"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="84"/>
        <source>并入第{n}号</source>
        <translation>Merged into no. {n}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/proposals_table.py" line="86"/>
        <source>逾期未答复</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="88"/>
        <source>提案</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="92"/>
        <source>征集、附议、立案、交办、答复与满意度（第三十五至四十条）。选中一件提案，右侧显示它的经过和下一步。</source>
        <translation>Collection, seconding, registration, assignment, answers and satisfaction (Articles 35–40). Select a proposal to see its history and next step.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="97"/>
        <source>会议</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="105"/>
        <source>开始征集…</source>
        <translation>Open collection…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="108"/>
        <source>提交提案… (Ctrl+N)</source>
        <translation>File a proposal… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="118"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="119"/>
        <source>待审查</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="120"/>
        <source>已立案（办理中）</source>
        <translation>Registered (in hand)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="121"/>
        <source>逾期未答复</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="122"/>
        <source>已答复</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="123"/>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="124"/>
        <source>已并案</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="125"/>
        <source>作为意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="131"/>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="222"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="133"/>
        <source>搜索标题、提案人、部门、编号 (Ctrl+F)</source>
        <translation>Search title, proposer, department, number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="135"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="137"/>
        <source>承办部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="140"/>
        <source>提案工作报告…</source>
        <translation>Proposal report…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="142"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="148"/>
        <source>纸质提案表：</source>
        <translation>Paper proposal forms:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="149"/>
        <source>下载导入模板</source>
        <translation>Download import template</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="151"/>
        <source>导入纸质提案表…</source>
        <translation>Import paper forms…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="199"/>
        <source>第{t}届第{n}次会议</source>
        <translation>Term {t}, session {n}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="237"/>
        <source>还没有会议：请先在「代表选举」页建立届次和会议。</source>
        <translation>No session yet: create the term and its sessions first.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="239"/>
        <source>这次会议还没有开始征集提案。</source>
        <translation>This session has not opened its proposal collection.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="242"/>
        <source>征集中：{a} 至 {b}（第三十五条）</source>
        <translation>Collecting: {a} to {b} (Article 35)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="248"/>
        <source>征集时间 {a} 至 {b}；此后提交的提案表作为意见处理。</source>
        <translation>Collection {a} to {b}; forms handed in later count as opinions.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="261"/>
        <source>显示 {shown} / {total} 件；逾期未答复 {overdue} 件</source>
        <translation>Showing {shown} of {total}; {overdue} overdue</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="475"/>
        <source>提案表导入模板</source>
        <translation>proposal-forms-template</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="494"/>
        <source>「{file}」中没有提案表。</source>
        <translation>&apos;{file}&apos; holds no proposal forms.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="496"/>
        <source>已从「{file}」导入 {n} 份提案表：第 {a}–{b} 号。</source>
        <translation>Imported {n} forms from &apos;{file}&apos;: numbers {a}–{b}.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="510"/>
        <source>正在检查并导入提案表…</source>
        <translation>Checking and importing the proposal forms…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="521"/>
        <source>正在生成文件…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/proposals/page.py" line="523"/>
        <source>已写出：{path}</source>
        <translation>Written: {path}</translation>
    </message>
</context>
<context>
    <name>QuorumPanel</name>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/desk.py" line="52"/>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/desk.py" line="53"/>
        <source>实到</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/desk.py" line="54"/>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/desk.py" line="55"/>
        <source>未到</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/desk.py" line="56"/>
        <source>须到</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/desk.py" line="82"/>
        <source>没有应到会代表，会议不能举行（第二十四条）</source>
        <translation>No expected delegates: the session cannot be held (Article 24)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/desk.py" line="85"/>
        <source>实到 {p} 人，已达应到会代表的三分之二，可以开会（第二十四条）</source>
        <translation>{p} present: two thirds of the expected delegates reached, the session may open (Article 24)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/desk.py" line="90"/>
        <source>尚差 {n} 人达到三分之二（须到 {r} 人，第二十四条）</source>
        <translation>{n} more needed for two thirds ({r} required, Article 24)</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="95"/>
        <source>罢免代表</source>
        <translation>Recall a delegate</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="97"/>
        <source>代表严重违纪或不能正确行使代表职权、履行代表义务的，选举单位可以罢免和撤换，所缺名额依第十九条补选。</source>
        <translation>For a serious breach of discipline, or failing to exercise a delegate&apos;s powers and duties, the unit may recall and replace the delegate; the seat is filled by a by-election (Article 19).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="100"/>
        <source>记录罢免</source>
        <translation>Record the recall</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="102"/>
        <source>代表：</source>
        <translation>Delegate:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="103"/>
        <source>选举单位决定日期：</source>
        <translation>Unit&apos;s decision date:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="105"/>
        <source>罢免理由（必填）</source>
        <translation>Reason for the recall (required)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="107"/>
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="56"/>
        <source>轮次：</source>
        <translation>Round:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="67"/>
        <source>打印选举结果报告单…</source>
        <translation>Print the result sheet…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="70"/>
        <source>还没有结束的轮次。结束一轮后，这里显示每位候选人的得票和结果。</source>
        <translation>No closed rounds yet. Once a round is closed, each candidate&apos;s votes and result appear here.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="74"/>
        <source>另行选举…</source>
        <translation>Runoff…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="121"/>
        <source>第{n}轮 · {kind} · {date}</source>
        <translation>Round {n} · {kind} · {date}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="125"/>
        <source>（无效）</source>
        <translation> (void)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="156"/>
        <source>选民 E = {e} 人&#x3000;发出 {i} 张&#x3000;收回 {r} 张&#x3000;无效 {inv} 张&#x3000;有效 {v} 张&#x3000;应选 {s} 名&#x3000;当选须得票 ≥ {t}（全体教职工的过半数，R14.3）</source>
        <translation>Electorate E = {e} · issued {i} · returned {r} · invalid {inv} · valid {v} · seats {s} · elected with ≥ {t} votes (more than half of all staff, R14.3)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="170"/>
        <source>当选线 {t} 票</source>
        <translation>Needed {t}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="175"/>
        <source>{unit} 第{n}轮 各候选人得票</source>
        <translation>{unit}, round {n}: votes per candidate</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="194"/>
        <source>重新选举（第{n}轮）…</source>
        <translation>Repeat the election (round {n})…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="197"/>
        <source>当选：{names}</source>
        <translation>Elected: {names}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="197"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="201"/>
        <source>{names} 得票相同（并列最后一个名额），均不当选，须在他们之间另行选举（R14.4）</source>
        <translation>{names} tied for the last seat; none of them is elected, and a runoff among them is needed (R14.4)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="206"/>
        <source>缺额 {u} 名：可另行选举（R14.5），也可留待日后补选（R19.1）</source>
        <translation>{u} seats unfilled: hold a further round (R14.5) or leave them for a later by-election (R19.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="208"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="208"/>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="211"/>
        <source>另行选举（第{n}轮）…</source>
        <translation>Runoff (round {n})…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="219"/>
        <source>选举结果报告单_{unit}_第{n}轮.pdf</source>
        <translation>Result sheet_{unit}_round {n}.pdf</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="233"/>
        <source>正在生成选举结果报告单…</source>
        <translation>Generating the result sheet…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/results.py" line="235"/>
        <source>已生成选举结果报告单：{path}</source>
        <translation>Result sheet saved: {path}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="112"/>
        <source>审查第 {n} 号提案</source>
        <translation>Review proposal {n}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="112"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="115"/>
        <source>立案</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="115"/>
        <source>并案</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="115"/>
        <source>不予立案（作为意见）</source>
        <translation>Do not register (opinion)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="120"/>
        <source>审查结论</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="124"/>
        <source>并入提案</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="129"/>
        <source>送交部门</source>
        <translation>Send to department</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="131"/>
        <source>告知提案人的理由（不予立案时必填）</source>
        <translation>The reason the proposer is told (required when not registered)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="132"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="134"/>
        <source>审查日期</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="136"/>
        <source>第三十七条：未立案的提案作为意见送交有关部门研究处理并告知提案人。</source>
        <translation>Article 37: a proposal not registered goes to the department concerned as an opinion, and the proposer is told.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="60"/>
        <source>代表编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="61"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="62"/>
        <source>选举单位</source>
        <translation>Election unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="63"/>
        <source>终止原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="64"/>
        <source>终止日期</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="65"/>
        <source>依据</source>
        <translation>Rule</translation>
    </message>
</context>
<context>
    <name>ReviewRecordsPanel</name>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="58"/>
        <source>审查</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="59"/>
        <source>公布日期</source>
        <translation>Published on</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="60"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="61"/>
        <source>公布代表</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="62"/>
        <source>审查报告封存码</source>
        <translation>Review seal</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="63"/>
        <source>名单封存码</source>
        <translation>List seal</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="71"/>
        <source>补选代表资格审查并增补公布…</source>
        <translation>Supplementary review and publication…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="73"/>
        <source>打印所选审查报告…</source>
        <translation>Print the selected review…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="75"/>
        <source>打印所选名单…</source>
        <translation>Print the selected list…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="103"/>
        <source>正在读取审查与公布记录…</source>
        <translation>Reading the reviews and published lists…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="118"/>
        <source>补选代表资格审查（增补名单）</source>
        <translation>Supplementary review (supplementary list)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="120"/>
        <source>代表资格审查（代表名单）</source>
        <translation>Credentials review (delegate list)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="141"/>
        <source>尚未批准。批准后审查与名单按批准时的内容封存（R15.2）。</source>
        <translation>Not approved yet. Once approved, the review and the list are sealed as approved (R15.2).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="143"/>
        <source>新当选 {n} 名待审查（另行选举或补选）。</source>
        <translation>{n} newly elected await review (further round or by-election).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="145"/>
        <source>按批准时的内容封存，封存码印在纸面上；没有待审查的新当选代表。</source>
        <translation>Sealed as approved; the seal is printed on paper. No newly elected delegates await review.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="149"/>
        <source>审查结果与代表名单一经批准即封存（R15.2）：以后名册导入、名额方案的变化都不会改变已打印的报告；之后当选的代表另行补选审查、增补公布。</source>
        <translation>Reviews and lists are sealed once approved (R15.2): later roster imports or seat plans never change the printed reports; delegates elected afterwards get a supplementary review and list.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="194"/>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="198"/>
        <source>增补公布</source>
        <translation>Publish supplement</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="195"/>
        <source>增补公布 {n} 名代表（{names}），代表资格自 {d} 起生效？此操作不能撤销。</source>
        <translation>Publish {n} additional delegates ({names}), effective from {d}? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="212"/>
        <source>已增补公布 {n} 名代表，资格自 {d} 起生效。</source>
        <translation>Published {n} additional delegates, effective from {d}.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="224"/>
        <source>补选代表资格审查报告.pdf</source>
        <translation>supplementary-credentials-report.pdf</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="226"/>
        <source>代表资格审查报告.pdf</source>
        <translation>Credentials review report.pdf</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="241"/>
        <source>正在生成资格审查报告…</source>
        <translation>Generating the credentials review report…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="243"/>
        <source>已生成资格审查报告：{p}</source>
        <translation>Credentials review report saved: {p}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="251"/>
        <source>增补代表名单.pdf</source>
        <translation>supplementary-delegate-list.pdf</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="251"/>
        <source>代表名单.pdf</source>
        <translation>Delegate list.pdf</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="265"/>
        <source>正在生成代表名单…</source>
        <translation>Generating the delegate list…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/reviews.py" line="267"/>
        <source>已生成代表名单：{p}</source>
        <translation>Delegate list saved: {p}</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="27"/>
        <source>人事名册显示的变动（待确认）</source>
        <translation>Changes the staff roster shows (to confirm)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="32"/>
        <source>再次导入人事名册后，代表的退休、调离、离校和返校在此列出，确认后记入代表的变动记录。</source>
        <translation>After a roster re-import, delegates&apos; retirements, transfers, absences and returns are listed here; confirm them to record them.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="38"/>
        <source>确认全部名册变动</source>
        <translation>Confirm all roster changes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="45"/>
        <source>代表资格终止审核</source>
        <translation>Status review</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="51"/>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="104"/>
        <source>确认审核结果</source>
        <translation>Confirm the review</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="73"/>
        <source>截至 {on}，已终止而尚未确认的代表资格 {n} 人（离校或无故缺席满一年的，于满一年之日自动终止）。上次审核：{last}。</source>
        <translation>By {on}, {n} delegate status(es) have ended and are not yet confirmed (away or absent a year ends on the anniversary). Last review: {last}.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="79"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="89"/>
        <source>确认名册变动</source>
        <translation>Confirm roster changes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="90"/>
        <source>把 {n} 项名册变动记入代表的变动记录？</source>
        <translation>Record {n} roster change(s) in the delegates&apos; histories?</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="91"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="95"/>
        <source>正在记录…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="97"/>
        <source>已记录 {n} 项变动。</source>
        <translation>Recorded {n} change(s).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="105"/>
        <source>确认 {n} 名代表的资格已终止（截至 {on}）？确认后记入名册并出现缺额，不能撤销。</source>
        <translation>Confirm that {n} delegate status(es) ended (as of {on})? This is recorded on the roll, opens the vacancies and cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="108"/>
        <source>确认终止</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="112"/>
        <source>正在记录审核结果…</source>
        <translation>Recording the review…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/review_tab.py" line="114"/>
        <source>已确认 {n} 名代表资格终止；审核记录摘要 {digest}。</source>
        <translation>Confirmed {n} ended status(es); review digest {digest}.</translation>
    </message>
</context>
<context>
    <name>RollTab</name>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="53"/>
        <source>编号、工号或姓名</source>
        <translation>Number, staff no. or name</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="56"/>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="66"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="57"/>
        <source>代表团</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="58"/>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="67"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="59"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="82"/>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="203"/>
        <source>选中一位代表查看其变动记录。</source>
        <translation>Select a delegate to see their history.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="87"/>
        <source>登记变动…</source>
        <translation>Record change…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="88"/>
        <source>罢免…</source>
        <translation>Recall…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="89"/>
        <source>增加特邀／列席代表…</source>
        <translation>Add invited/observer…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="90"/>
        <source>分配代表编号</source>
        <translation>Assign numbers</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="91"/>
        <source>导出名册 PDF…</source>
        <translation>Roll as PDF…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="92"/>
        <source>导出名册 XLSX…</source>
        <translation>Roll as XLSX…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="93"/>
        <source>打印代表证…</source>
        <translation>Print cards…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="136"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="142"/>
        <source>（未编入代表团）</source>
        <translation>(no delegation)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="176"/>
        <source>显示 {shown} / {total} 人；{on} 在任正式代表 {active} 人</source>
        <translation>Showing {shown} of {total}; {active} formal delegates active on {on}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="207"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;（{number}）{unit} · {status}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({number}) {unit} · {status}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="209"/>
        <source>未编号</source>
        <translation>no number</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="238"/>
        <source>正在登记…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="240"/>
        <source>已登记 {name} 的变动。</source>
        <translation>Recorded the change for {name}.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="252"/>
        <source>正在记录罢免…</source>
        <translation>Recording the recall…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="256"/>
        <source>已记录罢免 {name}，所在单位出现缺额，可在「缺额与补选」中补选。</source>
        <translation>Recorded the recall of {name}; the unit has a vacancy to fill under “Vacancies and by-elections”.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="269"/>
        <source>正在增加…</source>
        <translation>Adding…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="279"/>
        <source>已增加{kind}。</source>
        <translation>Added the {kind} delegate.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="284"/>
        <source>正在编号…</source>
        <translation>Numbering…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="286"/>
        <source>已为 {n} 名代表分配编号（已有编号不变）。</source>
        <translation>Numbered {n} delegate(s); existing numbers are kept.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="291"/>
        <source>代表名册{on}{suffix}</source>
        <translation>roll-{on}{suffix}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="297"/>
        <source>正在生成代表名册…</source>
        <translation>Writing the roll…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="299"/>
        <source>代表名册已保存：{path}</source>
        <translation>Roll saved: {path}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="303"/>
        <source>代表证.pdf</source>
        <translation>delegate-cards.pdf</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="308"/>
        <source>正在生成代表证…</source>
        <translation>Writing the cards…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/roll_tab.py" line="310"/>
        <source>代表证已保存：{path}</source>
        <translation>Cards saved: {path}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="57"/>
        <source>应到会代表 = 会议当天资格有效的正式代表，减去离校学习、工作满半年的代表（第二十四条）；特邀、列席代表可以出席，但不计入。</source>
        <translation>Expected delegates = formal delegates in office on the session date, minus those away for study or work six months or more (Article 24); invited and observer delegates may attend but are not counted.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="64"/>
        <source>代表编号</source>
        <translation>Delegate no.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="65"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="68"/>
        <source>是否应到</source>
        <translation>Expected?</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="69"/>
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="70"/>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="109"/>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="77"/>
        <source>登记请假…</source>
        <translation>Record leave…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="79"/>
        <source>取消请假</source>
        <translation>Withdraw leave</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/roll_tab.py" line="117"/>
        <source>名册 {n} 人，应到会代表 {e} 人，不计入 {x} 人</source>
        <translation>{n} on the roll, {e} expected, {x} not counted</translation>
    </message>
</context>
<context>
    <name>RosterFileDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_files.py" line="19"/>
        <source>选择教职工名册</source>
        <translation>Choose the staff roster</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_files.py" line="21"/>
        <source>教职工名册 (*.xlsx *.xlsm *.csv);;所有文件 (*)</source>
        <translation>Staff rosters (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_files.py" line="29"/>
        <source>保存导入模板</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_files.py" line="30"/>
        <source>教职工名册导入模板.xlsx</source>
        <translation>Staff roster import template.xlsx</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_files.py" line="31"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_files.py" line="44"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_files.py" line="45"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_files.py" line="47"/>
        <source>导出名额分配表</source>
        <translation>Export the seat allocation table</translation>
    </message>
</context>
<context>
    <name>RosterImportFlow</name>
    <message>
        <location filename="../../congress_app/gui/pages/roster/import_flow.py" line="80"/>
        <source>正在读取名册「{file}」…</source>
        <translation>Reading the roster “{file}”…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/import_flow.py" line="101"/>
        <source>「{file}」有 {count} 处问题，未导入任何数据。</source>
        <translation>“{file}” has {count} problems; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/import_flow.py" line="115"/>
        <source>确认人员减少</source>
        <translation>Confirm staff leaving</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/import_flow.py" line="117"/>
        <source>导入「{file}」后，现有 {total} 名在岗教职工中将有 {count} 名不再在岗或不再列入名册，超过十分之一。名册可能不完整（例如只导出了部分单位）。

确实要导入吗？</source>
        <translation>After importing “{file}”, {count} of the {total} on-duty staff would no longer be on duty or on the roster — more than a tenth. The file may be incomplete (e.g. exported for some units only).

Import it anyway?</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/import_flow.py" line="121"/>
        <source>确认导入（{count} 人不再在岗）</source>
        <translation>Import ({count} leave duty)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/import_flow.py" line="126"/>
        <source>已取消导入「{file}」，数据库未改变。</source>
        <translation>Import of “{file}” cancelled; the database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/import_flow.py" line="131"/>
        <source>正在导入名册「{file}」…</source>
        <translation>Importing the roster “{file}”…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/import_flow.py" line="156"/>
        <source>已导入「{file}」：{rows} 行；新增 {added} 人，变动 {changed} 人，不再列入 {unlisted} 人，未变 {unchanged} 人；变动生效日期 {date}。</source>
        <translation>Imported “{file}”: {rows} rows; {added} added, {changed} changed, {unlisted} no longer listed, {unchanged} unchanged; changes effective {date}.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/import_flow.py" line="182"/>
        <source>已保存导入模板：{path}。填好后点「导入名册…」。</source>
        <translation>Import template saved: {path}. Fill it in, then click “Import roster…”.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/import_flow.py" line="185"/>
        <source>正在生成导入模板…</source>
        <translation>Creating the import template…</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../congress_app/gui/pages/roster/page.py" line="23"/>
        <source>名册与名额</source>
        <translation>Roster &amp; Seats</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/page.py" line="26"/>
        <source>导入教职工名册，核定选举单位，按第十三条确定代表总数并分配到各选举单位。</source>
        <translation>Import the staff roster, confirm the election units, then set the total of delegates and allocate it to the units (Art. 13).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/page.py" line="35"/>
        <source>① 教职工名册</source>
        <translation>① Staff roster</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/page.py" line="36"/>
        <source>② 选举单位</source>
        <translation>② Election units</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/page.py" line="37"/>
        <source>③ 名额方案</source>
        <translation>③ Seat plan</translation>
    </message>
</context>
<context>
    <name>RosterPreviewDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="115"/>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="191"/>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="206"/>
        <source>选举单位</source>
        <translation>Election unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="116"/>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="191"/>
        <source>岗位类别</source>
        <translation>Post category</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="117"/>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="191"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="118"/>
        <source>状态起始日期</source>
        <translation>Status since</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="119"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="120"/>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="191"/>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="200"/>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="206"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="121"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="122"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="123"/>
        <source>列入名册</source>
        <translation>Listed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="136"/>
        <source>{field}：{old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="141"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="150"/>
        <source>导入预览：{file}</source>
        <translation>Import preview: {file}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="156"/>
        <source>名册「{file}」读取无误。导入后：&lt;b&gt;新增 {added}&lt;/b&gt; 人，&lt;b&gt;变动 {changed}&lt;/b&gt; 人，&lt;b&gt;不再列入 {unlisted}&lt;/b&gt; 人，未变 {unchanged} 人。</source>
        <translation>The roster “{file}” reads without problems. After the import: &lt;b&gt;{added} added&lt;/b&gt;, &lt;b&gt;{changed} changed&lt;/b&gt;, &lt;b&gt;{unlisted} no longer listed&lt;/b&gt;, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="169"/>
        <source>&lt;br&gt;将新建 {count} 个选举单位：{units}</source>
        <translation>&lt;br&gt;{count} new election units will be created: {units}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="175"/>
        <source>&lt;br&gt;与数据库中的名册相同，导入只会记录一次核对。</source>
        <translation>&lt;br&gt;Same as the roster in the database; the import only records a check.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="191"/>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="200"/>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="206"/>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="200"/>
        <source>变动</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="213"/>
        <source>新增 ({count})</source>
        <translation>Added ({count})</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="217"/>
        <source>变动 ({count})</source>
        <translation>Changed ({count})</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="221"/>
        <source>不再列入 ({count})</source>
        <translation>No longer listed ({count})</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="233"/>
        <source>变动生效日期</source>
        <translation>Changes effective</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="236"/>
        <source>选举单位、岗位类别、职务的变动和不再列入名册的人员按此日期记录；状态变动按名册中的状态起始日期记录。</source>
        <translation>Changes of election unit, post category or position, and people no longer listed, are recorded on this date; status changes on the status-since date in the roster.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="245"/>
        <source>确认导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="248"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RosterProblemsDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="57"/>
        <source>名册有问题，未导入</source>
        <translation>Roster has problems; not imported</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="63"/>
        <source>「{file}」中发现 {count} 处问题。&lt;b&gt;没有导入任何数据&lt;/b&gt;，数据库保持不变。请在 Excel 中改正下列问题后重新导入。</source>
        <translation>Found {count} problems in “{file}”. &lt;b&gt;Nothing was imported&lt;/b&gt;; the database is unchanged. Correct the problems below in Excel and import again.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="71"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="71"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="71"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="77"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="92"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="93"/>
        <source>把全部问题复制到剪贴板，可粘贴到 Excel</source>
        <translation>Copy all problems to the clipboard, to paste into Excel</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="96"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_import.py" line="106"/>
        <source>已复制 {count} 处问题</source>
        <translation>Copied {count} problems</translation>
    </message>
</context>
<context>
    <name>RoundPanel</name>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="45"/>
        <source>开始第1轮…</source>
        <translation>Start round 1…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="47"/>
        <source>打印选票…</source>
        <translation>Print ballots…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="49"/>
        <source>结束本轮并计算结果</source>
        <translation>Close round and compute results</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="75"/>
        <source>开始第{n}轮…</source>
        <translation>Start round {n}…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="77"/>
        <source>重新选举（第{n}轮）…</source>
        <translation>Repeat the election (round {n})…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="78"/>
        <source>另行选举（第{n}轮）…</source>
        <translation>Runoff (round {n})…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="98"/>
        <source>没有进行中的投票；往轮的得票见「选举结果」。</source>
        <translation>No voting in progress; the votes of earlier rounds are under “Results”.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="101"/>
        <source>汇总录入</source>
        <translation>Totals entry</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="101"/>
        <source>逐张录入（双人）</source>
        <translation>Ballot-by-ballot entry (two clerks)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="103"/>
        <source>适用三分之二到会规定（R14.0，惯例做法，非规范条文）</source>
        <translation>Two-thirds turnout rule applied (R14.0, a practice, not the norms&apos; text)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="105"/>
        <source>不适用三分之二规定，理由：{r}</source>
        <translation>Two-thirds rule waived; reason: {r}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="109"/>
        <source>第{n}轮 · {kind} · {date} · 应选 {seats} 名 · 候选人 {c} 人 · 选民 E = {e} 人（当日在岗）&lt;br&gt;{mode} · {turnout}</source>
        <translation>Round {n} · {kind} · {date} · {seats} seats · {c} candidates · electorate E = {e} (on duty that day)&lt;br&gt;{mode} · {turnout}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="132"/>
        <source>已选出全部 {m} 名代表。</source>
        <translation>All {m} delegates elected.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="134"/>
        <source>候选人 {n} 人，应选 {m} 名：须多于应选名额才能开始投票（差额，R14.1）。</source>
        <translation>{n} candidates for {m} seats: voting needs more candidates than seats (competitive election, R14.1).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="138"/>
        <source>候选人 {n} 人，应选 {m} 名。开始第1轮时确定选举日期和录入方式。</source>
        <translation>{n} candidates for {m} seats. The election date and entry mode are set when round 1 starts.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="141"/>
        <source>已选出 {e} / {m} 名。{what}</source>
        <translation>{e} / {m} elected. {what}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="156"/>
        <source>应选 {m} 名，候选人 {n} 人（差额选举，R14.1）。</source>
        <translation>{m} seats, {n} candidates (competitive election, R14.1).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="160"/>
        <source>第{k}轮选举无效，在原候选人中重新选举 {m} 名。</source>
        <translation>Round {k} was void; elect {m} again from the same candidates.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="164"/>
        <source>第{k}轮 {names} 得票相同，在他们之间另行选举 {m} 名（R14.4）。</source>
        <translation>In round {k}, {names} tied; a runoff among them elects {m} (R14.4).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="169"/>
        <source>尚缺 {m} 名，在未当选的候选人中另行选举（仍须差额、仍须过全体半数，R14.5）。</source>
        <translation>{m} seats still unfilled; a further round among the candidates not elected (still competitive, still more than half of all staff, R14.5).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="190"/>
        <source>第{n}轮已开始：选民 E = {e} 人，当选须得票 ≥ {t}。</source>
        <translation>Round {n} started: electorate E = {e}; election needs ≥ {t} votes.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="204"/>
        <source>选票_{unit}_第{n}轮.pdf</source>
        <translation>Ballots_{unit}_round {n}.pdf</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="219"/>
        <source>已生成选票 {n} 张：{path}</source>
        <translation>{n} ballots saved: {path}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="221"/>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="223"/>
        <source>正在生成选票…</source>
        <translation>Generating the ballots…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="238"/>
        <source>票数还有问题，不能结束本轮：{p}</source>
        <translation>The counts still have problems; the round cannot be closed: {p}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="238"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="244"/>
        <source>结束本轮</source>
        <translation>Close the round</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="245"/>
        <source>结束「{unit}」第{n}轮并按票数计算结果？结束后票数不能再修改。</source>
        <translation>Close round {n} of “{unit}” and compute the results from the counts? The counts cannot be changed afterwards.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="248"/>
        <source>结束并计算</source>
        <translation>Close and compute</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="252"/>
        <source>票数未能保存：{e}</source>
        <translation>Could not save the counts: {e}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/round.py" line="263"/>
        <source>第{n}轮已结束。</source>
        <translation>Round {n} closed.</translation>
    </message>
</context>
<context>
    <name>RoundResultsModel</name>
    <message>
        <location filename="../../congress_app/gui/models/election_rounds.py" line="49"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_rounds.py" line="49"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SafeFileDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/safe_files.py" line="40"/>
        <source>文件夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/safe_files.py" line="43"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/safe_files.py" line="44"/>
        <source>{suffix} 文件</source>
        <translation>{suffix} file</translation>
    </message>
</context>
<context>
    <name>SatisfactionDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="244"/>
        <source>第 {n} 号提案：提案人意见</source>
        <translation>Proposal {n}: the proposer&apos;s view</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="244"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="247"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="247"/>
        <source>基本满意</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="247"/>
        <source>不满意（退回重新办理）</source>
        <translation>Not satisfied (send back)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="252"/>
        <source>提案人意见</source>
        <translation>Proposer&apos;s view</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="254"/>
        <source>说明</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="256"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/school.py" line="26"/>
        <source>欢迎使用教代会工作台</source>
        <translation>Welcome to Congress Desk</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/school.py" line="31"/>
        <source>请先填写学校信息。学校名称印在每一份文件的抬头（选票、选举结果报告单、代表名单、名额分配表）；全宗号和机构代码用于归档的档号。以后可在「设置」中修改。</source>
        <translation>First, tell us about the school. Its name heads every document (ballots, election result sheets, the delegate list, the seat allocation table); the fonds number and organisation code make up archive reference codes. You can change them later in Settings.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/school.py" line="39"/>
        <source>例如：大连某某大学</source>
        <translation>e.g. Dalian University of Something</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/school.py" line="41"/>
        <source>例如：0123（可稍后填写）</source>
        <translation>e.g. 0123 (can be filled in later)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/school.py" line="43"/>
        <source>例如：JDH</source>
        <translation>e.g. JDH</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/school.py" line="44"/>
        <source>学校名称（必填）</source>
        <translation>School name (required)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/school.py" line="45"/>
        <source>全宗号</source>
        <translation>Fonds number</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/school.py" line="46"/>
        <source>机构代码</source>
        <translation>Organisation code</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/school.py" line="52"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/school.py" line="52"/>
        <source>以后再填</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/school.py" line="61"/>
        <source>请填写学校名称：文件抬头要用。</source>
        <translation>Enter the school&apos;s name: documents print it in their heading.</translation>
    </message>
</context>
<context>
    <name>SeatBand</name>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_band.py" line="15"/>
        <source>在岗教职工 &lt;b&gt;N = {n}&lt;/b&gt; 人（R13.1，基准日 {ref}，含离校学习、离校工作）。</source>
        <translation>On-duty staff &lt;b&gt;N = {n}&lt;/b&gt; (R13.1, reference date {ref}, including staff away studying or working).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_band.py" line="24"/>
        <source>按 R13.2，{lo}–{hi} 人的学校代表比例为 {low}%–{high}%，代表总数允许 &lt;b&gt;{minimum}–{maximum}&lt;/b&gt; 名；按 R13.3 的滑动比例（约 {percent:.2f}%）推荐 &lt;b&gt;{recommended}&lt;/b&gt; 名。</source>
        <translation>By R13.2, a school of {lo}–{hi} staff has a delegate ratio of {low}%–{high}%, so &lt;b&gt;{minimum}–{maximum}&lt;/b&gt; delegates are allowed; the sliding ratio of R13.3 (about {percent:.2f}%) recommends &lt;b&gt;{recommended}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_band.py" line="45"/>
        <source>基准日没有在岗教职工，无法确定代表名额。请导入名册或换一个基准日期。</source>
        <translation>No on-duty staff on the reference date, so the seats cannot be set. Import a roster or choose another reference date.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_band.py" line="53"/>
        <source>少于 80 人，规范未规定代表比例（R13.4）。建议召开&lt;b&gt;教职工大会&lt;/b&gt;（第三十三条）代替教职工代表大会；如仍召开代表大会，须手工确定代表总数并填写理由。</source>
        <translation>Fewer than 80 staff: the norms set no delegate ratio (R13.4). A &lt;b&gt;general staff assembly&lt;/b&gt; (Art. 33) is advised instead of a workers&apos; congress; if a congress is held all the same, set the total by hand and give a reason.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_band.py" line="62"/>
        <source>多于 5000 人，规范对此未作规定（R13.4）。按 6% 参考为 &lt;b&gt;{guide}&lt;/b&gt; 名；手工确定代表总数须填写理由。</source>
        <translation>More than 5000 staff: the norms do not cover this (R13.4). The 6% guide gives &lt;b&gt;{guide}&lt;/b&gt;; a total set by hand needs a reason.</translation>
    </message>
</context>
<context>
    <name>SeatComparisonModel</name>
    <message>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="119"/>
        <source>选举单位</source>
        <translation>Election unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="120"/>
        <source>在岗</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="121"/>
        <source>教学≥</source>
        <translation>Teaching ≥</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="122"/>
        <source>女性≥</source>
        <translation>Women ≥</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="123"/>
        <source>青年≥</source>
        <translation>Youth ≥</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="124"/>
        <source>负责人</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="130"/>
        <source>{name}（{rule}）</source>
        <translation>{name} ({rule})</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="132"/>
        <source>学校党政工主要负责人在本单位的人数：须当选为正式代表（R13.6）</source>
        <translation>Main party, administration and union leaders in this unit: they must be elected formal delegates (R13.6)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="134"/>
        <source>按所选方法（{name}）的代表构成目标（RA.3、R13.5）</source>
        <translation>Composition targets under the chosen method, {name} (RA.3, R13.5)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="169"/>
        <source>{posts}在本单位，须当选为正式代表（R13.6）</source>
        <translation>{posts} in this unit: must be elected formal delegates (R13.6)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="170"/>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="176"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="177"/>
        <source>三种方法结果不同：{figures}</source>
        <translation>The three methods differ: {figures}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="204"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>SeatPlanTab</name>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="90"/>
        <source>还不能确定名额</source>
        <translation>Seats cannot be set yet</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="91"/>
        <source>代表名额按在岗教职工人数确定（第十三条）。请先导入教职工名册。</source>
        <translation>Seats follow the number of on-duty staff (Art. 13). Import the staff roster first.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="93"/>
        <source>前往导入名册</source>
        <translation>Go to roster import</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="110"/>
        <source> 岁</source>
        <translation> yrs</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="111"/>
        <source>基准日年龄不超过此值计为青年教职工（R13.5）</source>
        <translation>Staff no older than this on the reference date count as young (R13.5)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="113"/>
        <source> 名</source>
        <translation> seats</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="115"/>
        <source>用推荐值</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="120"/>
        <source>{name}（{rule}）</source>
        <translation>{name} ({rule})</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="124"/>
        <source>基准日期</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="125"/>
        <source>青年年龄上限</source>
        <translation>Youth up to</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="130"/>
        <source>代表总数</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="133"/>
        <source>分配方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="149"/>
        <source>手工确定总数的理由（R13.4，必填）</source>
        <translation>Reason for a total set by hand (R13.4, required)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="148"/>
        <source>例如：经教代会筹备组讨论决定</source>
        <translation>e.g. Decided by the congress preparatory group</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="187"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="189"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="191"/>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="417"/>
        <source>保存方案</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="192"/>
        <source>记录代表总数和分配方法（Ctrl+S）</source>
        <translation>Record the total and the allocation method (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="303"/>
        <source>各选举单位名额（{name}）</source>
        <translation>Seats per unit ({name})</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="325"/>
        <source>按{method}：教学人员目标合计 {teaching} 名，R13.5 要求不少于 {required} 名（60%）{mark}；女性不少于 {women} 名、青年不少于 {youth} 名（按在岗比例，R13.5）。</source>
        <translation>By {method}: teaching targets total {teaching}; R13.5 requires at least {required} (60%) {mark}; at least {women} women and {youth} young delegates (in proportion to on-duty staff, R13.5).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="338"/>
        <source>提示：{unit} 名额 {seats} 名，不少于在岗 {staff} 人，无法差额选举（第十四条）；可合并为联合选举单位（惯例做法）。</source>
        <translation>Note: {unit} has {seats} seats for {staff} on-duty staff, so its election cannot have more candidates than seats (Article 14); it may be merged into a joint election unit (a practice).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="344"/>
        <source>并列：{units} 争最后 {n} 个名额，保存时须由工会抽签或决定并记录（惯例做法）。</source>
        <translation>Tie: {units} are equal for the last {n} seat(s); when saving, the union settles it by lot or by choice, on record (a practice).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="347"/>
        <source>黄色单元格：三种方法结果不同（{count} 个单位）。</source>
        <translation> Yellow cells: the three methods differ ({count} units).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="355"/>
        <source>{post}在{unit}</source>
        <translation>{post} in {unit}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="362"/>
        <source>党政工主要负责人须当选为正式代表（R13.6）：{placed}。</source>
        <translation> The main party, administration and union leaders must be elected formal delegates (R13.6): {placed}.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="363"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="345"/>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="367"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="366"/>
        <source>未记录任职者、名册「职务」中也无此职务（整词匹配）：{posts}（R13.6）。</source>
        <translation>No holder recorded and no such post (whole title) on the roster: {posts} (R13.6).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="374"/>
        <source>尚未保存名额方案。确定代表总数和分配方法后点「保存方案」。</source>
        <translation>No seat plan saved yet. Set the total and the method, then click “Save plan”.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="377"/>
        <source>当前方案：代表总数 {total} 名，{method}，基准日 {ref}，在岗 {n} 人；由 {who} 于 {when} 记录。</source>
        <translation>Current plan: {total} delegates, {method}, reference date {ref}, {n} on duty; recorded by {who} on {when}.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="391"/>
        <source>（与上面的选择不同，尚未保存）</source>
        <translation> (differs from the choices above; not saved)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="407"/>
        <source>保存名额方案：代表总数 {total} 名，按{method}分配到 {units} 个选举单位（基准日 {ref}，在岗 {n} 人）。保存后记录操作人（{who}）和时间。</source>
        <translation>Save the seat plan: {total} delegates, allocated by {method} to {units} election units (reference date {ref}, {n} on duty). Saving records who ({who}) and when.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="417"/>
        <source>保存名额方案</source>
        <translation>Save the seat plan</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="441"/>
        <source>已保存名额方案：代表总数 {total} 名，{method}；由 {who} 于 {when} 记录。</source>
        <translation>Seat plan saved: {total} delegates, {method}; recorded by {who} on {when}.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="452"/>
        <source>名额分配表-{date}.{fmt}</source>
        <translation>Seat allocation table-{date}.{fmt}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="468"/>
        <source>已导出名额分配表：{path}</source>
        <translation>Seat allocation table exported: {path}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/seat_plan_tab.py" line="471"/>
        <source>正在导出名额分配表…</source>
        <translation>Exporting the seat allocation table…</translation>
    </message>
</context>
<context>
    <name>SeatTieDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/seat_tie.py" line="36"/>
        <source>名额并列</source>
        <translation>Tied seats</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/seat_tie.py" line="41"/>
        <source>以下单位余数（或商数）相同，争最后 {n} 个名额。按惯例（非规范条文）由工会抽签或决定，并记录在案；软件不按人数、名称或代码决定。</source>
        <translation>These units have equal remainders (or quotients) for the last {n} seat(s). By practice (not the norms&apos; text) the union settles it by lot or by choice, on record; the software never decides by size, name or code.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/seat_tie.py" line="53"/>
        <source>抽签</source>
        <translation>By lot</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/seat_tie.py" line="54"/>
        <source>工会决定</source>
        <translation>Union&apos;s choice</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/seat_tie.py" line="56"/>
        <source>如：抽签时间、地点、见证人</source>
        <translation>e.g. when and where the lot was drawn, witnesses</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/seat_tie.py" line="57"/>
        <source>决定方式：</source>
        <translation>Decided by:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/seat_tie.py" line="58"/>
        <source>说明：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/seat_tie.py" line="60"/>
        <source>记录并保存</source>
        <translation>Record and save</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/seat_tie.py" line="60"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="32"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="35"/>
        <source>学校信息用于报表抬头和档号（R48.2）；界面语言切换后立即生效。</source>
        <translation>The school&apos;s details head every report and form the archival codes (R48.2); a language change applies at once.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="38"/>
        <source>学校信息</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="41"/>
        <source>例如：大连某某大学</source>
        <translation>e.g. Dalian University of X</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="43"/>
        <source>例如：0123</source>
        <translation>e.g. 0123</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="45"/>
        <source>例如：JDH</source>
        <translation>e.g. JDH</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="46"/>
        <source>学校名称</source>
        <translation>School name</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="47"/>
        <source>全宗号</source>
        <translation>Fonds number</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="48"/>
        <source>机构代码</source>
        <translation>Organisation code</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="49"/>
        <source>保存学校信息</source>
        <translation>Save school details</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="58"/>
        <source>操作人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="61"/>
        <source>例如：校工会 王老师</source>
        <translation>e.g. Union office, Ms Wang</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="62"/>
        <source>名额方案、选举、资格审查等每项操作都记录操作人和时间</source>
        <translation>Every change (seat plan, elections, credentials review …) is recorded with the operator and the time</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="64"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="70"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="78"/>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="88"/>
        <source>自动备份</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="93"/>
        <source>不自动备份</source>
        <translation>No automatic backups</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="95"/>
        <source>每次关闭时备份当前数据库，只保留最近的若干份</source>
        <translation>Back up the database at each close and keep only the newest few</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="97"/>
        <source>保留最近的备份份数</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="103"/>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="123"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SpecialDelegateDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="282"/>
        <source>增加特邀或列席代表</source>
        <translation>Add an invited or observer delegate</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="283"/>
        <source>特邀代表和列席代表可以发言，但不参加表决和选举，不计入应到会人数（第二十条）。</source>
        <translation>Invited and observer delegates may speak but never vote or elect, and never count as expected delegates (Article 20).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="284"/>
        <source>增加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="291"/>
        <source>如：离退休教职工代表、民主党派代表</source>
        <translation>e.g. retired staff, democratic parties</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="294"/>
        <source>人员：</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="295"/>
        <source>类别：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="296"/>
        <source>界别：</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="297"/>
        <source>起始日期：</source>
        <translation>From:</translation>
    </message>
</context>
<context>
    <name>StaffDetailDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="32"/>
        <source>教职工：{name}（{no}）</source>
        <translation>Staff member: {name} ({no})</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="36"/>
        <source>名册信息</source>
        <translation>Roster details</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="42"/>
        <source>{unit}（并入联合选举单位「{joint}」）</source>
        <translation>{unit} (merged into the joint election unit “{joint}”)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="47"/>
        <source>计入在岗教职工</source>
        <translation>counts as on-duty staff</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="49"/>
        <source>不计入在岗教职工</source>
        <translation>not counted as on-duty staff</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="52"/>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="53"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="54"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="55"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="56"/>
        <source>选举单位</source>
        <translation>Election unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="57"/>
        <source>岗位类别</source>
        <translation>Post category</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="59"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="60"/>
        <source>{status}（{on_duty}）</source>
        <translation>{status} ({on_duty})</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="62"/>
        <source>状态起始日期</source>
        <translation>Status since</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="63"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="64"/>
        <source>名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="64"/>
        <source>列入</source>
        <translation>Listed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="64"/>
        <source>不再列入</source>
        <translation>No longer listed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="69"/>
        <source>{label}：</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="80"/>
        <source>状态历史（按生效日期）</source>
        <translation>Status history (by effective date)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_staff_detail.py" line="90"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StaffHistoryModel</name>
    <message>
        <location filename="../../congress_app/gui/models/staff_history.py" line="24"/>
        <source>生效日期</source>
        <translation>Effective</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_history.py" line="25"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_history.py" line="26"/>
        <source>选举单位</source>
        <translation>Election unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_history.py" line="27"/>
        <source>岗位类别</source>
        <translation>Post category</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_history.py" line="28"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_history.py" line="29"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_history.py" line="35"/>
        <source>首次导入前</source>
        <translation>Before first import</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_history.py" line="54"/>
        <source>名册首次导入时已是此状态，起始日期未知</source>
        <translation>Already in this status at the first roster import; start date unknown</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="59"/>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="79"/>
        <source>导入名册…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="60"/>
        <source>从 Excel（.xlsx）或 CSV 文件导入教职工名册（Ctrl+I）</source>
        <translation>Import the staff roster from an Excel (.xlsx) or CSV file (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="62"/>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="80"/>
        <source>下载导入模板…</source>
        <translation>Download import template…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="64"/>
        <source>下一步：核定选举单位 ▸</source>
        <translation>Next: confirm election units ▸</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="73"/>
        <source>还没有教职工名册</source>
        <translation>No staff roster yet</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="75"/>
        <source>第一步：下载导入模板，按模板整理人事处的教职工名册（工号、姓名、性别、出生日期、选举单位、岗位类别、状态），再导入。导入前会先检查并预览，有问题不会导入任何数据。</source>
        <translation>Step one: download the import template, arrange the HR office&apos;s staff roster by it (staff no., name, gender, date of birth, election unit, post category, status), then import it. The import checks and previews first; if there are problems, nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="92"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="93"/>
        <source>在岗教职工（R13.1）</source>
        <translation>On-duty staff (R13.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="96"/>
        <source>不再列入名册</source>
        <translation>No longer on the roster</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="98"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="102"/>
        <source>搜索工号或姓名（Ctrl+F）</source>
        <translation>Search staff no. or name (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="107"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="108"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="109"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="153"/>
        <source>灰色：不计入在岗教职工。双击或按 Enter 查看状态历史。</source>
        <translation>Grey: not counted as on-duty staff. Double-click or press Enter for the status history.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="198"/>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/staff_tab.py" line="208"/>
        <source>显示 {shown} / 共 {total} 人</source>
        <translation>Showing {shown} of {total}</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../congress_app/gui/models/staff_table.py" line="60"/>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_table.py" line="61"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_table.py" line="62"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_table.py" line="63"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_table.py" line="64"/>
        <source>选举单位</source>
        <translation>Election unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_table.py" line="65"/>
        <source>岗位类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_table.py" line="66"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_table.py" line="67"/>
        <source>状态起始日期</source>
        <translation>Status since</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_table.py" line="68"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_table.py" line="69"/>
        <source>名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_table.py" line="74"/>
        <source>不再列入</source>
        <translation>No longer listed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_table.py" line="74"/>
        <source>列入</source>
        <translation>Listed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_table.py" line="152"/>
        <source>计入在岗教职工（R13.1）</source>
        <translation>Counts as on-duty staff (R13.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_table.py" line="153"/>
        <source>不计入在岗教职工（R13.1）</source>
        <translation>Not counted as on-duty staff (R13.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_table.py" line="155"/>
        <source>所在单位已并入联合选举单位「{joint}」</source>
        <translation>The unit has been merged into the joint election unit “{joint}”</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/staff_table.py" line="157"/>
        <source>最近一次导入的名册中没有此人</source>
        <translation>Not in the most recently imported roster</translation>
    </message>
</context>
<context>
    <name>StaffValues</name>
    <message>
        <location filename="../../congress_app/gui/staff_values.py" line="24"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/staff_values.py" line="25"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/staff_values.py" line="26"/>
        <source>教学</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/staff_values.py" line="27"/>
        <source>科研</source>
        <translation>Research</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/staff_values.py" line="28"/>
        <source>管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/staff_values.py" line="29"/>
        <source>教辅</source>
        <translation>Teaching support</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/staff_values.py" line="30"/>
        <source>工勤</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/staff_values.py" line="31"/>
        <source>在岗</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/staff_values.py" line="32"/>
        <source>离校学习</source>
        <translation>Away studying</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/staff_values.py" line="33"/>
        <source>离校工作</source>
        <translation>Away working</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/staff_values.py" line="34"/>
        <source>退休</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/staff_values.py" line="35"/>
        <source>调离</source>
        <translation>Transferred out</translation>
    </message>
</context>
<context>
    <name>StartupVerification</name>
    <message>
        <location filename="../../congress_app/gui/audit_warning.py" line="102"/>
        <source>数据核验通过：审计记录与封存记录均与数据一致。</source>
        <translation>Data verified: the audit log and sealed records match the data.</translation>
    </message>
</context>
<context>
    <name>StatusEventDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="65"/>
        <source>登记代表变动</source>
        <translation>Record a status change</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="67"/>
        <source>调离、退休自当日起终止代表资格；离校学习、工作或无故缺席代表活动满一年的，于满一年之日自动终止（第十七条）。</source>
        <translation>Transfer or retirement ends the status that day; away for study or work, or absent without reason, for a year ends it on the anniversary (Article 17).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="70"/>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="72"/>
        <source>代表：</source>
        <translation>Delegate:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="76"/>
        <source>变动：</source>
        <translation>Change:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="77"/>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="79"/>
        <source>说明：</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>TotalsEntry</name>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="70"/>
        <source>发出选票</source>
        <translation>Ballots issued</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="71"/>
        <source>收回选票</source>
        <translation>Ballots returned</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="72"/>
        <source>无效票</source>
        <translation>Invalid ballots</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="88"/>
        <source>各候选人赞成票（按选票顺序）</source>
        <translation>Yes votes per candidate (in ballot order)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="98"/>
        <source>保存票数（Ctrl+S）</source>
        <translation>Save counts (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="173"/>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="293"/>
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="204"/>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="206"/>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="221"/>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="227"/>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="229"/>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="234"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="209"/>
        <source>收回多于发出：本轮选举将无效，须重新选举（R14.2）</source>
        <translation>More returned than issued: this round will be void and must be repeated (R14.2)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="216"/>
        <source>收回不足 {need} 张（三分之二）：本轮选举将无效（R14.0）</source>
        <translation>Fewer than {need} returned (two thirds): this round will be void (R14.0)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="231"/>
        <source>✓ 达到 {t} 票，过全体半数</source>
        <translation>✓ reaches {t} votes, more than half of all</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="242"/>
        <source>收回须不少于 {need} 张（三分之二，R14.0）</source>
        <translation>At least {need} must be returned (two thirds, R14.0)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="244"/>
        <source>不适用三分之二规定（理由：{r}）</source>
        <translation>Two-thirds rule waived (reason: {r})</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="248"/>
        <source>有效票 = 收回 {r} − 无效 {i} = &lt;b&gt;{v}&lt;/b&gt;&#x3000;·&#x3000;当选须得票 ≥ &lt;b&gt;{t}&lt;/b&gt;（全体 {e} 名教职工的过半数，R14.3）&lt;br&gt;应选 {s} 名&#x3000;·&#x3000;每张选票最多选 {s} 人，多选作废（R14.2）&#x3000;·&#x3000;{turnout}</source>
        <translation>Valid = returned {r} − invalid {i} = &lt;b&gt;{v}&lt;/b&gt; · elected with ≥ &lt;b&gt;{t}&lt;/b&gt; votes (more than half of all {e} staff, R14.3)&lt;br&gt;{s} seats · at most {s} names per ballot, more spoils it (R14.2) · {turnout}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="272"/>
        <source>「{unit}」第{n}轮的票数</source>
        <translation>the counts of round {n} in {unit}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="287"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="296"/>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="324"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/counting.py" line="305"/>
        <source>正在保存票数…</source>
        <translation>Saving the counts…</translation>
    </message>
</context>
<context>
    <name>UnitDetail</name>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="50"/>
        <source>候选人</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="51"/>
        <source>投票与计票</source>
        <translation>Voting and counting</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="52"/>
        <source>选举结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="75"/>
        <source>请在左侧选择一个选举单位。</source>
        <translation>Choose an election unit on the left.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="81"/>
        <source>第{n}轮进行中</source>
        <translation>Round {n} in progress</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="82"/>
        <source>（选票已打印）</source>
        <translation> (ballots printed)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="85"/>
        <source>{unit}&#x3000;应选 {m} 名&#x3000;·&#x3000;{state}</source>
        <translation>{unit} · {m} seats · {state}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="112"/>
        <source>下一步：提名候选人。应选 {m} 名，候选人须多于应选名额，还需至少 {k} 人（差额，R14.1）。</source>
        <translation>Next: nominate candidates. {m} seats; there must be more candidates than seats, so at least {k} more are needed (competitive, R14.1).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="114"/>
        <source>添加候选人…</source>
        <translation>Add candidates…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="121"/>
        <source>下一步：录入第{n}轮的票数，核对无误后「结束本轮并计算结果」。</source>
        <translation>Next: enter the counts of round {n}; once checked, “Close round and compute results”.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="125"/>
        <source>选票已打印。投票结束后，在「投票与计票」中录入第{n}轮的票数。</source>
        <translation>Ballots printed. After voting, enter the counts of round {n} under “Voting and counting”.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="129"/>
        <source>第{n}轮已开始：下一步打印选票（每位选民一张，共 {e} 张）。</source>
        <translation>Round {n} has started: next, print the ballots (one per voter, {e} in all).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="132"/>
        <source>打印选票…</source>
        <translation>Print ballots…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="133"/>
        <source>去计票</source>
        <translation>Go to counting</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="136"/>
        <source>候选人 {c} 人，应选 {m} 名，符合差额要求。下一步：开始第1轮投票。</source>
        <translation>{c} candidates for {m} seats, competitive as required. Next: start round 1.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="139"/>
        <source>开始第1轮…</source>
        <translation>Start round 1…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="146"/>
        <source>第{k}轮 {names} 得票相同，无法确定最后的名额：须在他们之间另行选举（R14.4）。</source>
        <translation>In round {k}, {names} tied, so the last seat is undecided: a runoff among them is needed (R14.4).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="148"/>
        <source>开始另行选举（第{n}轮）…</source>
        <translation>Start the runoff (round {n})…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="155"/>
        <source>已选出 {e} / {m} 名，缺额 {u} 名：可另行选举（R14.5），也可留待日后补选（R19.1）。</source>
        <translation>{e} / {m} elected, {u} seats unfilled: hold a further round (R14.5) or leave them for a later by-election (R19.1).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="157"/>
        <source>另行选举（第{n}轮）…</source>
        <translation>Runoff (round {n})…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="163"/>
        <source>上一轮选举无效（见「选举结果」），须重新选举。</source>
        <translation>The last round was void (see “Results”); the election must be repeated.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="164"/>
        <source>重新选举（第{n}轮）…</source>
        <translation>Repeat the election (round {n})…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/detail.py" line="169"/>
        <source>已选出全部 {m} 名代表。全部单位选完后，到「资格审查」审查并公布代表名单。</source>
        <translation>All {m} delegates elected. When every unit is done, review and publish the delegate list under “Credentials and publication”.</translation>
    </message>
</context>
<context>
    <name>UnitNameDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_prompts.py" line="30"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/roster_prompts.py" line="30"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnitProcedureModel</name>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="135"/>
        <source>合规</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/election_credentials.py" line="135"/>
        <source>未完成</source>
        <translation>Incomplete</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="66"/>
        <source>基准日期</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="70"/>
        <source>按基准日的状态统计在岗教职工（R13.1）。代表总数少于选举单位数时，须先把小单位合并为联合选举单位（RA.1）。</source>
        <translation>On-duty staff are counted by their status on the reference date (R13.1). If there are fewer delegates than election units, first merge small units into joint election units (RA.1).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="79"/>
        <source>还没有选举单位</source>
        <translation>No election units yet</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="79"/>
        <source>选举单位来自教职工名册的「选举单位」列。请先导入名册。</source>
        <translation>Election units come from the “Election unit” column of the staff roster. Import the roster first.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="81"/>
        <source>前往导入名册</source>
        <translation>Go to roster import</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="102"/>
        <source>合并为联合选举单位…</source>
        <translation>Merge into a joint unit…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="103"/>
        <source>按住 Ctrl 或 Shift 选择两个或更多单位</source>
        <translation>Hold Ctrl or Shift to select two or more units</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="105"/>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="107"/>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="241"/>
        <source>拆分联合单位</source>
        <translation>Split joint unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="114"/>
        <source>下一步：确定名额方案 ▸</source>
        <translation>Next: set the seat plan ▸</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="116"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="117"/>
        <source>把选中的单位在顺序中上移一位（Ctrl+↑）。各种材料都按这个顺序列出单位。</source>
        <translation>Move the selected unit one place up in the order (Ctrl+↑). Every paper lists the units in this order.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="119"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="120"/>
        <source>把选中的单位在顺序中下移一位（Ctrl+↓）。各种材料都按这个顺序列出单位。</source>
        <translation>Move the selected unit one place down in the order (Ctrl+↓). Every paper lists the units in this order.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="122"/>
        <source>恢复按笔画排序…</source>
        <translation>Back to stroke order…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="123"/>
        <source>不再使用学校确定的顺序，按单位名称笔画排列</source>
        <translation>Drop the school's chosen order and list the units by the strokes of their names</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="159"/>
        <source>共 {count} 个选举单位（其中联合选举单位 {joint} 个），在岗教职工 {on_duty} 人</source>
        <translation>{count} election units ({joint} of them joint), {on_duty} on-duty staff</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="205"/>
        <source>合并为联合选举单位</source>
        <translation>Merge into a joint election unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="206"/>
        <source>把 {names} 合并为一个联合选举单位，共同选举代表。请输入联合选举单位的名称：</source>
        <translation>Merge {names} into one joint election unit that elects its delegates together. Name of the joint election unit:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="209"/>
        <source>联合选举单位</source>
        <translation>Joint election unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="215"/>
        <source>已把 {names} 合并为「{joint}」。</source>
        <translation>Merged {names} into “{joint}”.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="224"/>
        <source>重命名选举单位</source>
        <translation>Rename election unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="224"/>
        <source>「{name}」的新名称：</source>
        <translation>New name for “{name}”:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="230"/>
        <source>已把「{old}」改名为「{new}」。</source>
        <translation>Renamed “{old}” to “{new}”.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="243"/>
        <source>拆分「{name}」后，{members} 将各自单独选举代表；名额方案需按新的选举单位重新保存。</source>
        <translation>After splitting “{name}”, {members} will each elect their own delegates; the seat plan must be saved again for the new units.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="245"/>
        <source>拆分</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="250"/>
        <source>已拆分「{name}」：{members}。</source>
        <translation>Split “{name}”: {members}.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="282"/>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="305"/>
        <source>正在保存单位顺序…</source>
        <translation>Saving the order of units…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="284"/>
        <source>已把「{name}」上移。</source>
        <translation>Moved '{name}' up.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="284"/>
        <source>已把「{name}」下移。</source>
        <translation>Moved '{name}' down.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="294"/>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="300"/>
        <source>恢复按笔画排序</source>
        <translation>Back to stroke order</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="296"/>
        <source>不再使用学校确定的单位顺序，所有选举单位将按单位名称笔画排列。今后生成的名额分配表、选举结果、代表名单等材料都按笔画顺序列出单位；已公布的代表名单保持原样。</source>
        <translation>The school's chosen order of units will be dropped and every election unit listed by the strokes of its name. Seat tables, election results, delegate lists and other papers made from now on list the units in stroke order; delegate lists already published stay as they were.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/roster/units_tab.py" line="307"/>
        <source>已恢复按单位名称笔画排序。</source>
        <translation>Back to stroke order of the units' names.</translation>
    </message>
</context>
<context>
    <name>UnitsTableModel</name>
    <message>
        <location filename="../../congress_app/gui/models/units_table.py" line="30"/>
        <source>选举单位</source>
        <translation>Election unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/units_table.py" line="31"/>
        <source>联合单位成员</source>
        <translation>Members (joint unit)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/units_table.py" line="32"/>
        <source>在岗</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/units_table.py" line="33"/>
        <source>教学人员</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/units_table.py" line="34"/>
        <source>女性</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/units_table.py" line="35"/>
        <source>青年</source>
        <translation>Youth</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/units_table.py" line="36"/>
        <source>主要负责人</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/units_table.py" line="55"/>
        <source>基准日在岗、离校学习、离校工作的教职工（R13.1）</source>
        <translation>Staff on duty, away studying or away working on the reference date (R13.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/units_table.py" line="57"/>
        <source>岗位类别为教学的在岗教职工（R13.5）</source>
        <translation>On-duty staff whose post category is teaching (R13.5)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/units_table.py" line="59"/>
        <source>基准日不超过青年年龄上限的在岗教职工（R13.5）</source>
        <translation>On-duty staff within the youth age limit on the reference date (R13.5)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/units_table.py" line="61"/>
        <source>党委书记、校长、工会主席（R13.6）</source>
        <translation>Party secretary, president, union chair (R13.6)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/units_table.py" line="88"/>
        <source>联合选举单位，由 {members} 合并</source>
        <translation>Joint election unit, merged from {members}</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/unsaved.py" line="42"/>
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/unsaved.py" line="45"/>
        <source>以下内容还没有保存：</source>
        <translation>The following has not been saved:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/unsaved.py" line="47"/>
        <source>退出前要保存吗？</source>
        <translation>Save before quitting?</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/unsaved.py" line="50"/>
        <source>保存后退出</source>
        <translation>Save and quit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/unsaved.py" line="53"/>
        <source>不保存，直接退出</source>
        <translation>Quit without saving</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/unsaved.py" line="55"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VacancyModel</name>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="88"/>
        <source>选举单位</source>
        <translation>Election unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="89"/>
        <source>名额</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="90"/>
        <source>在任</source>
        <translation>In office</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="91"/>
        <source>缺额</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="92"/>
        <source>待确认终止</source>
        <translation>Ended, unconfirmed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/delegate_tables.py" line="93"/>
        <source>补选中</source>
        <translation>By-election</translation>
    </message>
</context>
<context>
    <name>VacancyTab</name>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="26"/>
        <source>各选举单位缺额</source>
        <translation>Vacancies per unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="31"/>
        <source>缺额 = 名额 − 在任正式代表。罢免即时出现缺额；自动终止的资格经「资格审核」确认后出现缺额。代表空缺应及时报告学校工会并补选（第十九条）。</source>
        <translation>Vacant = seats − formal delegates in office. A recall opens a vacancy at once; an automatic end does once the status review confirms it. Vacancies are reported to the union and filled by by-election (Article 19).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="39"/>
        <source>发起补选…</source>
        <translation>Start a by-election…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="44"/>
        <source>补选与增补名单</source>
        <translation>By-elections and supplementary lists</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="50"/>
        <source>补选代表资格审查并增补公布…</source>
        <translation>Review credentials and publish…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="52"/>
        <source>打印增补代表名单…</source>
        <translation>Print the supplementary list…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="87"/>
        <source>正在发起补选…</source>
        <translation>Starting the by-election…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="89"/>
        <source>已发起补选。请在「代表选举」页为补选提名候选人、投票计票。</source>
        <translation>By-election started. Nominate candidates and count the votes on the Elections page.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="95"/>
        <source>请选择一个尚未公布的补选。</source>
        <translation>Select a by-election not yet published.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="99"/>
        <source>补选代表资格审查</source>
        <translation>Supplementary credentials review</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="101"/>
        <source>代表资格审查委员会按公布日期审查当选人的资格（第十五条），确认后增补公布；新代表任期至本届届满（第十九条）。</source>
        <translation>The credentials committee checks those elected as of the publication date (Article 15), then publishes them; they serve the rest of the term (Article 19).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="104"/>
        <source>公布日期：</source>
        <translation>Published on:</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="105"/>
        <source>审查并公布</source>
        <translation>Review and publish</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="111"/>
        <source>正在审查并公布…</source>
        <translation>Reviewing and publishing…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="113"/>
        <source>已增补公布 {n} 名代表：{names}。</source>
        <translation>Published {n} delegate(s): {names}.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="121"/>
        <source>请选择一个已经公布的补选。</source>
        <translation>Select a published by-election.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="123"/>
        <source>增补代表名单.pdf</source>
        <translation>supplementary-list.pdf</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="127"/>
        <source>正在生成增补代表名单…</source>
        <translation>Writing the supplementary list…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/delegates/vacancy_tab.py" line="129"/>
        <source>增补代表名单已保存：{path}</source>
        <translation>Supplementary list saved: {path}</translation>
    </message>
</context>
<context>
    <name>VotesTab</name>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="107"/>
        <source>表决事项，如：关于《教职工绩效考核办法》的决议</source>
        <translation>Item, e.g. Resolution on the staff appraisal rules</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="112"/>
        <source>决议正文（可选，印在决议上）</source>
        <translation>Resolution text (optional, printed on the resolution)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="114"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="115"/>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="135"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="116"/>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="134"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="117"/>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="136"/>
        <source>赞成</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="118"/>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="137"/>
        <source>反对</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="119"/>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="138"/>
        <source>弃权</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="120"/>
        <source>决议</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="121"/>
        <source>记录表决结果</source>
        <translation>Record the result</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="127"/>
        <source>无记名投票只录入计票组的汇总数，不记录谁投了什么票。</source>
        <translation>A secret ballot records only the counting team&apos;s totals, never who voted how.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="133"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="139"/>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="140"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="168"/>
        <source>表决、选举办法已通过。</source>
        <translation>The voting method has been approved.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="171"/>
        <source>表决、选举办法尚未通过：此前只能举手表决代表资格审查报告、议程和办法本身（第二十五条）。</source>
        <translation>The voting method has not been approved: until then only the credentials report, the agenda and the method itself may be voted, by show of hands (Article 25).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/meetings/votes_tab.py" line="225"/>
        <source>已记录。</source>
        <translation>Recorded. </translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/delegate_dialogs.py" line="48"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_StepDialog</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/proposal_steps.py" line="84"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../congress_app/gui/app.py" line="142"/>
        <source>正在生成演示学校…</source>
        <translation>Creating the demo university…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/app.py" line="144"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../congress_app/gui/demo_folder.py" line="41"/>
        <source>演示数据库在临时文件夹中，退出时删除；要保留，请用“文件 → 备份数据库…”另存。</source>
        <translation>The demo database is in a temporary folder and is deleted on exit; to keep it, save a copy with File → Back up database….</translation>
    </message>
</context>
<context>
    <name>elections</name>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="25"/>
        <source>提名候选人</source>
        <translation>Nominating candidates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="26"/>
        <source>可以开始投票</source>
        <translation>Ready to vote</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="27"/>
        <source>选票已打印</source>
        <translation>Ballots printed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="28"/>
        <source>计票中</source>
        <translation>Counting</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="29"/>
        <source>需另行选举（票数相同）</source>
        <translation>Runoff needed (tie)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="30"/>
        <source>可进行另行选举（有缺额）</source>
        <translation>Further round possible (seats unfilled)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="31"/>
        <source>本轮无效，需重新选举</source>
        <translation>Round void; repeat needed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="32"/>
        <source>已选出</source>
        <translation>Elected</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="47"/>
        <source>当选</source>
        <translation>Elected</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="48"/>
        <source>进入另行选举</source>
        <translation>To runoff</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="49"/>
        <source>未当选</source>
        <translation>Not elected</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="50"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="54"/>
        <source>首轮选举</source>
        <translation>First round</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="55"/>
        <source>另行选举（票数相同）</source>
        <translation>Runoff (tie)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="56"/>
        <source>另行选举（补足缺额）</source>
        <translation>Further round (unfilled seats)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="60"/>
        <source>发出选票</source>
        <translation>Ballots issued</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="61"/>
        <source>收回选票</source>
        <translation>Ballots returned</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="62"/>
        <source>无效票</source>
        <translation>Invalid ballots</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="63"/>
        <source>赞成票</source>
        <translation>Yes votes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="64"/>
        <source>本单位教职工人数</source>
        <translation>Staff of the unit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="65"/>
        <source>应选名额</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="77"/>
        <source>第{n}轮投票中</source>
        <translation>Round {n} under way</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="79"/>
        <source>第{n}轮选票已打印</source>
        <translation>Round {n}: ballots printed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="94"/>
        <source>本轮选举无效：收回选票 {returned} 张，多于发出的 {issued} 张（R14.2，第十四条）。须重新选举。</source>
        <translation>This round is void: {returned} ballots returned, more than the {issued} issued (R14.2, Art. 14). The election must be repeated.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="100"/>
        <source>本轮选举无效：收回选票 {returned} 张，不足本单位教职工 {electorate} 人的三分之二（至少 {need} 张，R14.0）。须重新选举。</source>
        <translation>This round is void: {returned} ballots returned, fewer than two thirds of the unit&apos;s {electorate} staff (at least {need}, R14.0). The election must be repeated.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="105"/>
        <source>本轮选举无效（{reason}），须重新选举。</source>
        <translation>This round is void ({reason}); the election must be repeated.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="114"/>
        <source>{what}不能是负数（R14.2）</source>
        <translation>{what} cannot be negative (R14.2)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="116"/>
        <source>{what}必须是整数</source>
        <translation>{what} must be a whole number</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="118"/>
        <source>{what}至少为 {required}</source>
        <translation>{what} must be at least {required}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="122"/>
        <source>发出选票 {actual} 张，多于本单位在岗教职工 {required} 人（R14.2）</source>
        <translation>{actual} ballots issued, more than the unit&apos;s {required} on-duty staff (R14.2)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="126"/>
        <source>无效票 {actual} 张，多于收回选票 {required} 张（R14.2）</source>
        <translation>{actual} invalid ballots, more than the {required} returned (R14.2)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="130"/>
        <source>{name} 得 {actual} 票，多于有效票 {required} 张（R14.2）</source>
        <translation>{name} has {actual} votes, more than the {required} valid ballots (R14.2)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="134"/>
        <source>赞成票合计 {actual}，超过 有效票 × 应选名额 = {required}：多选的选票应计为无效票（R14.2）</source>
        <translation>Yes votes total {actual}, more than valid ballots × seats = {required}: ballots with too many marks count as invalid (R14.2)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="139"/>
        <source>候选人 {actual} 人，须多于应选名额（差额选举，R14.1）</source>
        <translation>{actual} candidates: there must be more candidates than seats (competitive election, R14.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="142"/>
        <source>{what}：{code}（实际 {actual}，要求 {required}）</source>
        <translation>{what}: {code} (actual {actual}, required {required})</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="150"/>
        <source>候选人 {n} 人，应选 {m} 名：须多于 {m} 人（差额，R14.1）</source>
        <translation>{n} candidates for {m} seats: more than {m} needed (competitive, R14.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="154"/>
        <source> —— 已满足，可以开始投票。</source>
        <translation> — met; voting can start.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="156"/>
        <source> —— 还需至少 {k} 人。</source>
        <translation> — at least {k} more needed.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="170"/>
        <source>教学人员代表比例</source>
        <translation>Share of teaching delegates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="171"/>
        <source>女代表比例</source>
        <translation>Share of women delegates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="172"/>
        <source>青年代表比例</source>
        <translation>Share of young delegates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="173"/>
        <source>党政工主要负责人</source>
        <translation>Party, administration and union leaders</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="186"/>
        <source>教学人员代表 {a} 名，占 {p}%，不低于 60%（R13.5）。</source>
        <translation>{a} teaching delegates, {p}%, not below 60% (R13.5).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="189"/>
        <source>教学人员代表 {a} 名，占 {p}%，低于 60%（须至少 {r} 名；R13.5，第十三条）。</source>
        <translation>{a} teaching delegates, {p}%, below 60% (at least {r} needed; R13.5, Art. 13).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="194"/>
        <source>女代表</source>
        <translation>Women delegates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="196"/>
        <source>青年代表</source>
        <translation>Young delegates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="199"/>
        <source>{g} {a} 名，占代表 {p}%；在岗教职工中占 {s}%，相应应有 {r} 名</source>
        <translation>{g}: {a}, {p}% of delegates; {s}% of on-duty staff, so {r} expected</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="203"/>
        <source>，已达到（R13.5）。</source>
        <translation>, met (R13.5).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="204"/>
        <source>，少 {d} 名（R13.5，第十三条：应占相应的比例）。</source>
        <translation>, {d} short (R13.5, Art. 13: in proportion).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="210"/>
        <source>党委书记、校长、工会主席均为正式代表（R13.6）。</source>
        <translation>The party secretary, the president and the union chair are all formal delegates (R13.6).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="211"/>
        <source>学校党政工主要负责人中，{m}不是正式代表（须为正式代表，R13.6，第十三条）。</source>
        <translation>Of the school&apos;s principal party, administration and union leaders, not formal delegates: {m} (they must be, R13.6, Art. 13).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="213"/>
        <source>{n} 人</source>
        <translation>{n} person(s)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="214"/>
        <source>{name}：实际 {a}，要求 {r}</source>
        <translation>{name}: actual {a}, required {r}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="220"/>
        <source>非在岗教职工（R12.1）</source>
        <translation>Not on-duty staff (R12.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="221"/>
        <source>无政治权利（R12.1）</source>
        <translation>No political rights (R12.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="222"/>
        <source>未表示愿意履行代表职责（R12.1）</source>
        <translation>Has not agreed to perform a delegate&apos;s duties (R12.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="223"/>
        <source>特邀或列席代表不是正式代表（R12.1）</source>
        <translation>Invited or observing delegates are not formal delegates (R12.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="224"/>
        <source>缺少本人资料（R12.1）</source>
        <translation>Personal details missing (R12.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="225"/>
        <source>审查之日已不在名册中，不予确认（R15.1）</source>
        <translation>Not on the roster on the review date: not confirmed (R15.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="226"/>
        <source>已调离，不予确认（R17.1）</source>
        <translation>Transferred out: not confirmed (R17.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="227"/>
        <source>已退休，不予确认（R17.1）</source>
        <translation>Retired: not confirmed (R17.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="228"/>
        <source>离校学习、工作已满一年，不予确认（R17.1）</source>
        <translation>Away for study or work a year or more: not confirmed (R17.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="229"/>
        <source>已不在本选举单位，不予确认（R15.1）</source>
        <translation>No longer in this election unit: not confirmed (R15.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="233"/>
        <source>尚未选举</source>
        <translation>Election not held yet</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="234"/>
        <source>本轮尚未结束</source>
        <translation>Current round not closed</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="235"/>
        <source>最后一轮选举无效，须重新选举（R14.0/R14.2）</source>
        <translation>Last round void; the election must be repeated (R14.0/R14.2)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="236"/>
        <source>得票相同，须另行选举（R14.4）</source>
        <translation>Tie; a runoff is needed (R14.4)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="237"/>
        <source>有缺额，可另行选举或日后补选（R14.5、R19.1）</source>
        <translation>Seats unfilled; a further round or a later by-election (R14.5, R19.1)</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="242"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="249"/>
        <source>{unit} {name}：{why}</source>
        <translation>{unit} {name}: {why}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/elections/texts.py" line="260"/>
        <source>{unit}：{why}</source>
        <translation>{unit}: {why}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../congress_app/gui/errors.py" line="44"/>
        <source>未能完成</source>
        <translation>Could not finish</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <location filename="../../congress_app/gui/first_run.py" line="25"/>
        <source>学校名称尚未填写：文件将印为「{name}」。请在「设置」中填写。</source>
        <translation>The school&apos;s name is not set: documents will print &quot;{name}&quot;. Enter it in Settings.</translation>
    </message>
</context>
<context>
    <name>methods</name>
    <message>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="23"/>
        <source>最大余额法</source>
        <translation>Largest remainder</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="24"/>
        <source>圣拉古法</source>
        <translation>Sainte-Laguë</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/models/seat_comparison.py" line="25"/>
        <source>洪德法</source>
        <translation>D&apos;Hondt</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="18"/>
        <location filename="../../congress_app/gui/navigation.py" line="88"/>
        <source>名册与名额</source>
        <translation>Roster &amp; Seats</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="19"/>
        <source>导入教职工名册，确定各选举单位的代表名额（第十三条）。</source>
        <translation>Import the staff roster and set each election unit&apos;s delegate seats (Art. 13).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="21"/>
        <source>导入人事名册</source>
        <translation>Import the HR roster</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="22"/>
        <source>核定选举单位</source>
        <translation>Confirm election units</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="23"/>
        <source>计算名额并选择分配方法</source>
        <translation>Compute seats and pick the method</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="24"/>
        <source>输出名额分配表</source>
        <translation>Print the seat allocation table</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="28"/>
        <location filename="../../congress_app/gui/navigation.py" line="89"/>
        <source>代表选举</source>
        <translation>Elections</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="29"/>
        <source>各选举单位差额选举代表，资格审查后公布名单（第十四、十五条）。</source>
        <translation>Each unit elects its delegates competitively; credentials are checked and the list published (Arts. 14, 15).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="31"/>
        <source>提名候选人</source>
        <translation>Nominate candidates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="32"/>
        <source>打印选票</source>
        <translation>Print ballots</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="33"/>
        <source>计票</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="34"/>
        <source>资格审查</source>
        <translation>Credentials review</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="35"/>
        <source>公布代表名单</source>
        <translation>Publish the delegate list</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="39"/>
        <location filename="../../congress_app/gui/navigation.py" line="90"/>
        <source>代表管理</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="40"/>
        <source>任期内的代表变动：资格终止、罢免、补选（第十六至二十条）。</source>
        <translation>Changes during the term: lapses, recalls, by-elections (Arts. 16–20).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="42"/>
        <source>查看代表名册</source>
        <translation>View the delegate roll</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="43"/>
        <source>登记离校、调离、退休</source>
        <translation>Record absences, transfers, retirements</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="44"/>
        <source>罢免</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="45"/>
        <source>补选</source>
        <translation>By-election</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="49"/>
        <location filename="../../congress_app/gui/navigation.py" line="91"/>
        <source>会议与表决</source>
        <translation>Meetings &amp; Votes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="50"/>
        <source>会议签到、三分之二法定人数、表决须超过应到会代表半数（第二十四、二十五条）。</source>
        <translation>Check-in, the two-thirds quorum, and votes that need more than half of the expected delegates (Arts. 24, 25).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="54"/>
        <source>设定会次</source>
        <translation>Set up the session</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="55"/>
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="56"/>
        <source>法定人数大屏</source>
        <translation>Quorum screen</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="57"/>
        <source>表决</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="61"/>
        <location filename="../../congress_app/gui/navigation.py" line="92"/>
        <source>提案</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="62"/>
        <source>征集、附议、立案、办理与满意度（第三十五至四十条）。</source>
        <translation>Collection, seconding, registration, handling and satisfaction (Arts. 35–40).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="64"/>
        <source>征集提案</source>
        <translation>Collect proposals</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="65"/>
        <source>附议</source>
        <translation>Second</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="66"/>
        <source>审查立案</source>
        <translation>Review and register</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="67"/>
        <source>交办答复</source>
        <translation>Assign and answer</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="68"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="72"/>
        <location filename="../../congress_app/gui/navigation.py" line="93"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="73"/>
        <source>按 DA/T 22-2015 整理每次会议的文件并导出可校验的档案包（第四十八条）。</source>
        <translation>Arrange each session&apos;s records by DA/T 22-2015 and export a verifiable archive (Art. 48).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="77"/>
        <source>收集九类文件</source>
        <translation>Collect the nine groups</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="78"/>
        <source>编制档号</source>
        <translation>Assign archival codes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="79"/>
        <source>生成归档文件目录</source>
        <translation>Make the catalogue</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="80"/>
        <source>导出并校验</source>
        <translation>Export and verify</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="94"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
</TS>
