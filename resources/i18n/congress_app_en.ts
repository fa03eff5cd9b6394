<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../../congress_app/gui/ops.py" line="77"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="45"/>
        <source>教代会工作台</source>
        <translation>Congress Desk</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="99"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="100"/>
        <source>新建数据库…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="101"/>
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="102"/>
        <source>备份数据库…</source>
        <translation>Back up database…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="103"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="108"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="109"/>
        <source>关于教代会工作台</source>
        <translation>About Congress Desk</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="131"/>
        <source>数据库：{where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="132"/>
        <source>教代会工作台 — {where}</source>
        <translation>Congress Desk — {where}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="139"/>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="140"/>
        <source>文件已存在，请换一个名称：{path}</source>
        <translation>The file exists already; choose another name: {path}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="158"/>
        <source>已打开 {path}</source>
        <translation>Opened {path}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="55"/>
        <location filename="../../congress_app/gui/main_window.py" line="160"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="171"/>
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/main_window.py" line="173"/>
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
</context>
<context>
    <name>PlannedPage</name>
    <message>
        <location filename="../../congress_app/gui/pages/planned.py" line="29"/>
        <source>本工作流程的步骤</source>
        <translation>Steps of this workflow</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/planned.py" line="33"/>
        <source>这一工作流程的操作界面将在后续版本提供；现在可以从「名册与名额」开始准备。</source>
        <translation>The screens of this workflow come in a later version; meanwhile start with Roster &amp; Seats.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/planned.py" line="46"/>
        <source>当前数据库：{school}，选举单位 {units} 个，教职工 {staff} 名，代表 {delegates} 名。</source>
        <translation>This database: {school}; {units} election units, {staff} staff, {delegates} delegates.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="28"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="31"/>
        <source>学校信息用于报表抬头和档号（R48.2）；界面语言切换后立即生效。</source>
        <translation>The school&apos;s details head every report and form the archival codes (R48.2); a language change applies at once.</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="34"/>
        <source>学校信息</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="37"/>
        <source>例如：大连某某大学</source>
        <translation>e.g. Dalian University of X</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="39"/>
        <source>例如：0123</source>
        <translation>e.g. 0123</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="41"/>
        <source>例如：JDH</source>
        <translation>e.g. JDH</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="42"/>
        <source>学校名称</source>
        <translation>School name</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="43"/>
        <source>全宗号</source>
        <translation>Fonds number</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="44"/>
        <source>机构代码</source>
        <translation>Organisation code</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="45"/>
        <source>保存学校信息</source>
        <translation>Save school details</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="54"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="62"/>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/pages/settings_page.py" line="83"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../congress_app/gui/errors.py" line="22"/>
        <source>未能完成</source>
        <translation>Could not finish</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="16"/>
        <location filename="../../congress_app/gui/navigation.py" line="70"/>
        <source>名册与名额</source>
        <translation>Roster &amp; Seats</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="17"/>
        <source>导入教职工名册，确定各选举单位的代表名额（第十三条）。</source>
        <translation>Import the staff roster and set each election unit&apos;s delegate seats (Art. 13).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="18"/>
        <source>导入人事名册</source>
        <translation>Import the HR roster</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="19"/>
        <source>核定选举单位</source>
        <translation>Confirm election units</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="20"/>
        <source>计算名额并选择分配方法</source>
        <translation>Compute seats and pick the method</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="21"/>
        <source>输出名额分配表</source>
        <translation>Print the seat allocation table</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="24"/>
        <location filename="../../congress_app/gui/navigation.py" line="71"/>
        <source>代表选举</source>
        <translation>Elections</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="25"/>
        <source>各选举单位差额选举代表，资格审查后公布名单（第十四、十五条）。</source>
        <translation>Each unit elects its delegates competitively; credentials are checked and the list published (Arts. 14, 15).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="26"/>
        <source>提名候选人</source>
        <translation>Nominate candidates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="27"/>
        <source>打印选票</source>
        <translation>Print ballots</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="28"/>
        <source>计票</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="29"/>
        <source>资格审查</source>
        <translation>Credentials review</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="30"/>
        <source>公布代表名单</source>
        <translation>Publish the delegate list</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="33"/>
        <location filename="../../congress_app/gui/navigation.py" line="72"/>
        <source>代表管理</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="34"/>
        <source>任期内的代表变动：资格终止、罢免、补选（第十六至二十条）。</source>
        <translation>Changes during the term: lapses, recalls, by-elections (Arts. 16–20).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="35"/>
        <source>查看代表名册</source>
        <translation>View the delegate roll</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="36"/>
        <source>登记离校、调离、退休</source>
        <translation>Record absences, transfers, retirements</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="37"/>
        <source>罢免</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="38"/>
        <source>补选</source>
        <translation>By-election</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="41"/>
        <location filename="../../congress_app/gui/navigation.py" line="73"/>
        <source>会议与表决</source>
        <translation>Meetings &amp; Votes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="42"/>
        <source>会议签到、三分之二法定人数、表决须超过应到会代表半数（第二十四、二十五条）。</source>
        <translation>Check-in, the two-thirds quorum, and votes that need more than half of the expected delegates (Arts. 24, 25).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="43"/>
        <source>设定会次</source>
        <translation>Set up the session</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="44"/>
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="45"/>
        <source>法定人数大屏</source>
        <translation>Quorum screen</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="46"/>
        <source>表决</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="49"/>
        <location filename="../../congress_app/gui/navigation.py" line="74"/>
        <source>提案</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="50"/>
        <source>征集、附议、立案、办理与满意度（第三十五至四十条）。</source>
        <translation>Collection, seconding, registration, handling and satisfaction (Arts. 35–40).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="51"/>
        <source>征集提案</source>
        <translation>Collect proposals</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="52"/>
        <source>附议</source>
        <translation>Second</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="53"/>
        <source>审查立案</source>
        <translation>Review and register</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="54"/>
        <source>交办答复</source>
        <translation>Assign and answer</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="55"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="58"/>
        <location filename="../../congress_app/gui/navigation.py" line="75"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="59"/>
        <source>按 DA/T 22-2015 整理每次会议的文件并导出可校验的档案包（第四十八条）。</source>
        <translation>Arrange each session&apos;s records by DA/T 22-2015 and export a verifiable archive (Art. 48).</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="60"/>
        <source>收集九类文件</source>
        <translation>Collect the nine groups</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="61"/>
        <source>编制档号</source>
        <translation>Assign archival codes</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="62"/>
        <source>生成归档文件目录</source>
        <translation>Make the catalogue</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="63"/>
        <source>导出并校验</source>
        <translation>Export and verify</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/navigation.py" line="76"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../congress_app/gui/dialogs/files.py" line="15"/>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/files.py" line="20"/>
        <source>打开数据库</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/files.py" line="25"/>
        <source>备份数据库到</source>
        <translation>Back up the database to</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/about.py" line="13"/>
        <source>关于教代会工作台</source>
        <translation>About Congress Desk</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/dialogs/about.py" line="18"/>
        <source>&lt;h3&gt;教代会工作台 Congress Desk {version}&lt;/h3&gt;&lt;p&gt;按《大连市高等学校教职工代表大会工作规范》（试行）（大教工〔2024〕3号，中国教育工会大连市委员会 2024年11月29日印发）办理高等学校教职工代表大会：代表名额、单位选举、资格审查、代表管理、会议表决、提案与归档。&lt;/p&gt;&lt;p&gt;每项计算都注明所依据的条款编号（如 R13.2、R24.2）。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Congress Desk {version}&lt;/h3&gt;&lt;p&gt;Runs university workers&apos; congresses by the Dalian norms (trial), 大教工〔2024〕3号, issued by the Dalian Committee of the China Education Union on 29 November 2024: delegate seats, unit elections, credentials, the delegate body, meetings and votes, proposals and the archive.&lt;/p&gt;&lt;p&gt;Every computation cites the rule it applies (e.g. R13.2, R24.2).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../congress_app/gui/app.py" line="107"/>
        <source>正在生成演示学校…</source>
        <translation>Creating the demo university…</translation>
    </message>
    <message>
        <location filename="../../congress_app/gui/app.py" line="107"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
</TS>
