<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Opsight::App::About</name>
    <message>
        <location filename="../app/aboutdialog.cpp" line="+24"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A desktop AIOps console for operators of large compute fleets: metrics, events, logs and workload in one local warehouse, analysed offline.</source>
        <translation>面向大型计算集群运维人员的桌面 AIOps 控制台：指标、事件、日志与作业负载集中在一个本地数据仓库中，可离线分析。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built with:</source>
        <translation>构建所用组件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensed under the GNU GPL, version 3 or later.</source>
        <translation>依据 GNU GPL 第 3 版或更高版本授权。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Opsight</source>
        <translation>关于 Opsight</translation>
    </message>
</context>
<context>
    <name>Opsight::App::DemoWarehouse</name>
    <message>
        <location filename="../app/demowarehouse.cpp" line="+57"/>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot move &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>无法将“%1”移动到“%2”。</translation>
    </message>
</context>
<context>
    <name>Opsight::App::DisplayCheck</name>
    <message>
        <location filename="../app/displaycheck.cpp" line="+15"/>
        <source>%1: no display found (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are all unset), so the Opsight window cannot be shown.

To run it on a virtual X display:
    xvfb-run -a %1 --demo
To run it without any display (nothing is shown; for tests and screenshots):
    QT_QPA_PLATFORM=offscreen %1 --demo
The command-line tool needs no display: opsight-cli --help
</source>
        <translation>%1：未找到显示器（DISPLAY、WAYLAND_DISPLAY 和 QT_QPA_PLATFORM 均未设置），因此无法显示 Opsight 窗口。

在虚拟 X 显示器上运行：
    xvfb-run -a %1 --demo
不使用任何显示器运行（不显示任何内容；用于测试和截图）：
    QT_QPA_PLATFORM=offscreen %1 --demo
命令行工具不需要显示器：opsight-cli --help
</translation>
    </message>
</context>
<context>
    <name>Opsight::App::Language</name>
    <message>
        <location filename="../app/language.cpp" line="+14"/>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>Opsight::App::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+45"/>
        <source>Opsight</source>
        <translation>Opsight</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Warehouse…</source>
        <translation>打开数据仓库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Demo Warehouse</source>
        <translation>打开演示数据仓库(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Opsight</source>
        <translation>关于 Opsight(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This view cannot show the requested item.</source>
        <translation>此视图无法显示所请求的项目。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open Warehouse</source>
        <translation>打开数据仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opsight warehouses (*.opsight);;All files (*)</source>
        <translation>Opsight 数据仓库 (*.opsight);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+65"/>
        <source>Cannot Open Warehouse</source>
        <translation>无法打开数据仓库</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1 — Opsight</source>
        <translation>%1 — Opsight</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No warehouse open</source>
        <translation>未打开数据仓库</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schema %1</source>
        <translation>模式版本 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file &apos;%1&apos; no longer exists. It was removed from the recent files.</source>
        <translation>文件“%1”已不存在，已从最近打开的文件中移除。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;%1 %2</source>
        <extracomment>%1 is the menu number (accelerator), %2 a file name</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear Menu</source>
        <translation>清空菜单</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Generating the demo warehouse: 50 hosts over 14 days…</source>
        <translation>正在生成演示数据仓库：50 台主机，14 天…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo Warehouse</source>
        <translation>演示数据仓库</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot Generate the Demo Warehouse</source>
        <translation>无法生成演示数据仓库</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used the next time Opsight starts.</source>
        <translation>新语言将在下次启动 Opsight 时生效。</translation>
    </message>
</context>
<context>
    <name>Opsight::App::main</name>
    <message>
        <location filename="../app/main.cpp" line="+33"/>
        <source>Desktop AIOps console for large compute fleets.</source>
        <translation>面向大型计算集群的桌面 AIOps 控制台。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the demo warehouse (a simulated fleet of 50 hosts over 14 days).</source>
        <translation>打开演示数据仓库（模拟集群：50 台主机，14 天）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The warehouse file to open (default: the last one).</source>
        <translation>要打开的数据仓库文件（默认：上次打开的文件）。</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli</name>
    <message>
        <location filename="../core/cli/simulatecommand.cpp" line="+66"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing --db FILE</source>
        <translation>缺少 --db 文件</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，而不是“%4”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Generate a deterministic demo fleet (topology, metrics, logs, hardware events, batch jobs) with injected faults and their ground truth. The same options always give the same content digest.</source>
        <translation>生成确定性的演示集群（拓扑、指标、日志、硬件事件、批处理作业），并注入故障、记录其真值。相同的选项总会得到相同的内容摘要。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The warehouse file (created when missing).</source>
        <translation>数据仓库文件（不存在时创建）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of hosts (default 50).</source>
        <translation>主机数量（默认 50）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of days (default 14).</source>
        <translation>天数（默认 14）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First timestamp, RFC 3339 or epoch (default 2026-11-02T00:00:00Z).</source>
        <translation>起始时间戳，RFC 3339 或纪元时间（默认 2026-11-02T00:00:00Z）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric sample interval, e.g. 60s, 5m (default 60s).</source>
        <translation>指标采样间隔，例如 60s、5m（默认 60s）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DURATION</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not generate log lines.</source>
        <translation>不生成日志行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not generate queues and jobs.</source>
        <translation>不生成队列和作业。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulate into a warehouse that already holds hosts (records merge).</source>
        <translation>模拟到已有主机的数据仓库中（记录将合并）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--seed must be a non-negative whole number, not &apos;%1&apos;</source>
        <translation>--seed 必须是非负整数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--start must be an RFC 3339 time or epoch seconds after 1970, not &apos;%1&apos;</source>
        <translation>--start 必须是 RFC 3339 时间或 1970 年之后的纪元秒数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--interval must divide a day and lie between 10s and 1h (e.g. 60s, 5m), not &apos;%1&apos;</source>
        <translation>--interval 必须能整除一天，且介于 10s 与 1h 之间（例如 60s、5m），而不是“%1”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; already holds %2 hosts; use a new file, or --force to add the simulated fleet to it</source>
        <translation>“%1”已包含 %2 台主机；请使用新文件，或使用 --force 将模拟集群加入其中</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cancelled; nothing was written</source>
        <translation>已取消；未写入任何内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simulated %1 hosts over %2 days (seed %3) into %4: %5 samples, %6 events, %7 log lines, %8 jobs, %9 ground-truth faults in %10 s</source>
        <translation>已将 %1 台主机、%2 天（种子 %3）的模拟数据写入 %4：%5 个样本，%6 个事件，%7 行日志，%8 个作业，%9 个真值故障，耗时 %10 秒</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::AlertsCommand</name>
    <message>
        <location filename="../core/cli/alertscommand.cpp" line="+35"/>
        <source>The warehouse file.</source>
        <translation>数据仓库文件。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 expects a time (RFC 3339 or epoch), not &apos;%2&apos;</source>
        <translation>--%1 需要时间（RFC 3339 或纪元时间），而不是“%2”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing --%1</source>
        <translation>缺少 --%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stored alerts, newest first, with their state.</source>
        <translation>已存储的告警，最新的在前，附带状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only alerts on series this selector matches.</source>
        <translation>仅列出此选择器匹配的序列上的告警。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+190"/>
        <source>SELECTOR</source>
        <translation>选择器</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Start time.</source>
        <translation>开始时间。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+191"/>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>End time (exclusive).</source>
        <translation>结束时间（不含）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out silenced alerts.</source>
        <translation>不列出已静默的告警。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only alerts at least this severe: info, warning, error or critical.</source>
        <translation>只列出至少这么严重的告警：info、warning、error 或 critical。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--severity expects info, warning, error or critical, not &apos;%1&apos;</source>
        <translation>--severity 应为 info、warning、error 或 critical，而不是“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--to must come after --from (%1 is not after %2)</source>
        <translation>--to 必须晚于 --from（%1 不晚于 %2）</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n 条告警</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Acknowledge an alert with a comment.</source>
        <translation>确认告警并附上说明。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The alert&apos;s id (alerts list).</source>
        <translation>告警编号（见 alerts list）。</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+111"/>
        <location line="+75"/>
        <location line="+135"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Leave out acknowledged alerts.</source>
        <translation>不列出已确认的告警。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LEVEL</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N alerts, the newest.</source>
        <translation>最多 N 条告警，取最新的。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--limit expects a positive whole number, not &apos;%1&apos;</source>
        <translation>--limit 应为正整数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Who acknowledges.</source>
        <translation>确认人。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+70"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>What was found or done.</source>
        <translation>发现了什么或做了什么。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Acknowledge every alert of its incident with it, as the console does.</source>
        <translation>同时确认其所在事件的全部告警，与控制台的做法一致。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--id expects an alert id, not &apos;%1&apos;</source>
        <translation>--id 需要告警编号，而不是“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no alert %2</source>
        <translation>%1 中没有告警 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alert %1 acknowledged.</source>
        <translation>告警 %1 已确认。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alert %1 and the %2 other alert(s) of its incident acknowledged.</source>
        <translation>告警 %1 及其所在事件的其余 %2 条告警已确认。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It starts %1, in %2, and ends %3.</source>
        <translation>它于 %1 开始（%2 后），于 %3 结束。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It keeps %1 of the warehouse&apos;s %2 stored alerts quiet.</source>
        <translation>它使仓库中已存储的 %2 条告警中的 %1 条保持静默。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It ends %1, in %2.</source>
        <translation>于 %1 结束，还有 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It ended %1, %2 ago: it keeps only past alerts quiet, none from now on.</source>
        <translation>已于 %1 结束（%2 之前）：只对过去的告警静默，此后的不受影响。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep alerts on matching series quiet for a while.</source>
        <translation>在一段时间内静默匹配序列上的告警。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The series to silence, as a selector.</source>
        <translation>要静默的序列（选择器）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who silences.</source>
        <translation>静默人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why.</source>
        <translation>原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time (default: now).</source>
        <translation>开始时间（默认：现在）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time.</source>
        <translation>结束时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length, instead of --end.</source>
        <translation>时长，代替 --end。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record it as a maintenance window.</source>
        <translation>记为维护窗口。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--match: an empty selector would silence everything</source>
        <translation>--match：空选择器会静默所有告警</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>give --end T or --hours N</source>
        <translation>请给出 --end T 或 --hours N</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Silence %1 on %2 until %3.</source>
        <translation>静默 %1：%2，直到 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No series matches it yet: it mutes nothing until one does.</source>
        <translation>目前没有序列匹配它：在有序列匹配之前它什么也不静默。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It matches every series of the warehouse (%1): every alert stays muted until it ends.</source>
        <translation>它匹配仓库中的每个序列（%1 个）：在它结束前所有告警都将保持静默。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It matches %1 of the warehouse&apos;s %2 series.</source>
        <translation>它匹配仓库 %2 个序列中的 %1 个。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Silences, maintenance windows and feedback rules.</source>
        <translation>静默、维护窗口和反馈规则。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include expired ones.</source>
        <translation>包括已过期的。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>[matches no series: it mutes nothing]</source>
        <translation>[不匹配任何序列：它什么也不静默]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>End a silence now, or withdraw it (it stays on record).</source>
        <translation>立即结束静默，或撤回它（保留记录）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The silence&apos;s id.</source>
        <translation>静默编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End it at its start instead: every alert it muted shows again.</source>
        <translation>改为在其开始时结束：它静默的所有告警重新显示。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--id expects a silence id, not &apos;%1&apos;</source>
        <translation>--id 需要静默编号，而不是“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Silence %1 expired.</source>
        <translation>静默 %1 已结束。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>list, ack, silence, silences or expire</source>
        <translation>list、ack、silence、silences 或 expire</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>There is no silence %1.</source>
        <translation>没有静默 %1。</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>give --end T or --hours N, not both</source>
        <translation>请给出 --end T 或 --hours N，不要同时给出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--hours expects a positive number of hours up to %1, not &apos;%2&apos;</source>
        <translation>--hours 应为不超过 %1 的正小时数，而不是“%2”</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Silence %1 withdrawn: the alerts it muted show again.</source>
        <translation>静默 %1 已撤回：它静默的告警重新显示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence %1 had not started: it is withdrawn.</source>
        <translation>静默 %1 尚未开始：已撤回。</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::AnomalyCommand</name>
    <message>
        <location filename="../core/cli/anomalycommand.cpp" line="+124"/>
        <location line="+196"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>a header with the columns timestamp and value</source>
        <translation>包含 timestamp 和 value 列的表头</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the header names the column &apos;%1&apos; a second time</source>
        <translation>表头第二次出现列“%1”</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 fields</source>
        <translation>%1 个字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a timestamp (RFC 3339 or epoch)</source>
        <translation>时间戳（RFC 3339 或纪元时间）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the time &apos;%1&apos; is earlier than the row before&apos;s (&apos;%2&apos;)</source>
        <translation>时间“%1”早于上一行（“%2”）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time &apos;%1&apos; is the row before&apos;s too</source>
        <translation>时间“%1”与上一行相同</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>warning: %1; rows at the same time as the row before: %2; every row is scored in file order</source>
        <translation>警告：%1；与上一行时间相同的行数：%2；所有行按文件顺序评分</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>warning: all %n row(s) lie within the series&apos; first day (from %1, the first row&apos;s time): the detector learns it, so every score stays below the record band (0.9) and no alert fires</source>
        <translation>
            <numerusform>警告：全部 %n 行都在序列的第一天之内（从第一行的时间 %1 算起）：检测器在学习这一天，所有分数都低于纪录区间（0.9），不会触发告警</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The series CSV.</source>
        <translation>序列 CSV 文件。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+68"/>
        <location line="+129"/>
        <location line="+123"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>The scores CSV to write.</source>
        <translation>要写出的评分 CSV 文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing --input or --output</source>
        <translation>缺少 --input 或 --output</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 samples scored in %2 s (%3 samples/s)</source>
        <translation>已为 %1 个样本打分，耗时 %2 秒（%3 样本/秒）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Score detector results with NAB&apos;s method (standard profile unless told): results mirror NAB&apos;s data folders (&lt;category&gt;/&lt;file&gt;.csv with an anomaly_score column).</source>
        <translation>按 NAB 的方法为检测结果评分（未指定时使用 standard 配置）：结果目录与 NAB 的数据目录结构一致（&lt;category&gt;/&lt;file&gt;.csv，含 anomaly_score 列）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder of result CSVs.</source>
        <translation>结果 CSV 文件所在的文件夹。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAB&apos;s combined_windows.json.</source>
        <translation>NAB 的 combined_windows.json 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standard, reward_low_FP or reward_low_FN.</source>
        <translation>standard、reward_low_FP 或 reward_low_FN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also give each file&apos;s raw score, detected windows and false positives.</source>
        <translation>同时给出每个文件的原始得分、检出的窗口数和误报数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing --results or --labels</source>
        <translation>缺少 --results 或 --labels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown profile &apos;%1&apos;</source>
        <translation>未知配置“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not JSON: %2</source>
        <translation>%1：不是 JSON：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: expected an anomaly_score column</source>
        <translation>%1：缺少 anomaly_score 列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a window of &apos;%2&apos; has a bad timestamp</source>
        <translation>%1：“%2”的某个窗口时间戳无效</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>NAB %1 score %2 over %3 files (%4 not in the results), threshold %5: %6 of %7 windows detected, %8 false positives</source>
        <translation>NAB %1 得分 %2，共 %3 个文件（%4 个不在结果中），阈值 %5：检出 %7 个窗口中的 %6 个，误报 %8 个</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1  raw %2  %3 of %4 windows  %5 false positives</source>
        <translation>%1  原始得分 %2  检出 %3/%4 个窗口  误报 %5 个</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--%1 expects a time (RFC 3339 or epoch), not &apos;%2&apos;</source>
        <translation>--%1 需要时间（RFC 3339 或纪元时间），而不是“%2”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>warning: no samples read: the warehouse holds no data</source>
        <translation>警告：未读取到样本：仓库中没有数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: no samples in the window from %1 to %2 (the warehouse&apos;s data spans %3 .. %4)</source>
        <translation>警告：%1 到 %2 的窗口内没有样本（仓库数据范围为 %3 .. %4）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: no samples in the window from %1 on (the warehouse&apos;s data ends %2)</source>
        <translation>警告：从 %1 起的窗口内没有样本（仓库数据止于 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: no samples in the window before %1 (the warehouse&apos;s data starts %2)</source>
        <translation>警告：%1 之前的窗口内没有样本（仓库数据始于 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning: the selected series hold no samples (the warehouse&apos;s data spans %1 .. %2)</source>
        <translation>警告：所选序列没有样本（仓库数据范围为 %1 .. %2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score warehouse series and store their alerts (and incidents of related alerts) as events; silences apply.</source>
        <translation>为数据仓库中的序列打分，并将告警（以及相关告警合并成的事故）存为事件；静默规则生效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+123"/>
        <source>The warehouse file.</source>
        <translation>数据仓库文件。</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Series selector (default: all).</source>
        <translation>序列选择器（默认：全部）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SELECTOR</source>
        <translation>选择器</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score at which an alert fires (default: the threshold of the warehouse&apos;s last full stored scan, else 0.95: a record of surprise by a 50% margin). A stored scan of every series over all time saves it.</source>
        <translation>触发告警的分数（默认：仓库上次完整存储扫描的阈值，否则为 0.95：意外程度纪录超出 50%）。对所有序列、全部时间的存储扫描会保存它。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Firing at %1, the threshold of the warehouse&apos;s last full stored scan (--fire to change)</source>
        <translation>按 %1 触发，即仓库上次完整存储扫描的阈值（用 --fire 更改）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stored at %1, not the warehouse&apos;s %2 (a scan of part of it keeps the warehouse&apos;s threshold): each alert says what it fired at (alerts list --json: fire_threshold)</source>
        <translation>按 %1 存储，而不是仓库的 %2（对部分仓库的扫描保留仓库的阈值）：每条告警记录了它触发时的阈值（alerts list --json：fire_threshold）</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n of them lasted past the end of that scan&apos;s data and now end later (the same alerts: acknowledgements stay)</source>
        <translation>
            <numerusform>其中 %n 条在那次扫描的数据结束后仍在持续，现在结束得更晚（同一告警：确认保留）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Precision and recall of the stored alerts against the warehouse&apos;s ground truth (a simulated fleet&apos;s injected faults), the time to detect, and both by fault kind and by host group.</source>
        <translation>已存告警相对于仓库真实标注（模拟机群注入的故障）的精确率和召回率、检测耗时，并按故障类型和主机分组细分。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Host groups to break the figures down by: role, cluster, rack or service (default role).</source>
        <translation>按哪种主机分组细分：role、cluster、rack 或 service（默认 role）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIELD</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>left out: %1 faults of jobs and other entities no alert names; %2 alerts muted by a rule, %3 hosts&apos; parts of fleet-wide episodes (the episode&apos;s alert counts)</source>
        <translation>未计入：%1 个作业及其他告警不指向的实体的故障；%2 条被规则静默的告警，%3 条属于机群整体事件的主机告警（该事件自身的告警计入）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time to detect (fault start to first alert; an alert already open counts from %1 min before): median %2, 90% within %3</source>
        <translation>检测耗时（故障开始到首条告警；已在进行中的告警按开始前 %1 分钟计）：中位数 %2，90% 在 %3 内</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>faults by kind (detected / all, recall; time to detect: median, 90%):</source>
        <translation>按故障类型（已检测 / 全部，召回率；检测耗时：中位数，90%）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by host %1 (faults detected / all, recall; alerts true / all, precision; time to detect: median, 90%):</source>
        <translation>按主机 %1（故障已检测 / 全部，召回率；告警真实 / 全部，精确率；检测耗时：中位数，90%）：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>score, nab-score, scan or evaluate</source>
        <translation>score、nab-score、scan 或 evaluate</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Start time of the alerts (the detectors learn from the 4 days before it).</source>
        <translation>告警的开始时间（检测器会从此前 4 天的数据开始学习）。</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>a finite number</source>
        <translation>一个有限的数值</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Score a series (CSV timestamp,value) with the streaming detector; write timestamp,value,anomaly_score, one row per input row. The first day of the series is learned: no score in it reaches the record band (0.9).</source>
        <translation>用流式检测器为一条序列（CSV：timestamp,value）打分；每个输入行写出一行 timestamp,value,anomaly_score。序列的第一天用于学习：其中的分数不会进入记录区间（0.9）。</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>warning: %1; rows earlier than the row before: %2; every row is scored in file order</source>
        <translation>警告：%1；早于上一行的行数：%2；所有行按文件顺序评分</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>End time (exclusive).</source>
        <translation>结束时间（不含）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count what would fire (a backtest); store nothing.</source>
        <translation>统计会触发的告警（回测），不存储任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SCORE</source>
        <translation>分数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker threads that read and score series (default: one per core).</source>
        <translation>读取并评分序列的工作线程数（默认：每个核心一个）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+114"/>
        <source>missing --db FILE</source>
        <translation>缺少 --db 文件</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>--fire expects a score above %1 and at most 1, not &apos;%2&apos;</source>
        <translation>--fire 需要一个大于 %1 且不超过 1 的分数，而不是“%2”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--threads expects a whole number of at least 1, not &apos;%1&apos;</source>
        <translation>--threads 需要至少为 1 的整数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--to must come after --from (%1 is not after %2)</source>
        <translation>--to 必须晚于 --from（%1 不晚于 %2）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 series, %2 samples: %3 alerts (%4 silenced), %5 incidents; %6 events added; %7 s (%8 samples/s)</source>
        <translation>%1 个序列，%2 个样本：%3 条告警（%4 条被静默），%5 个事故；新增 %6 个事件；耗时 %7 秒（%8 样本/秒）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fire threshold %1 saved as the warehouse&apos;s: later scans start from it</source>
        <translation>告警阈值 %1 已保存为此仓库的阈值：之后的扫描以它为起点</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n alert(s) had been stored by an earlier scan (the same series at an overlapping time) and were kept as they were</source>
        <translation>
            <numerusform>%n 条告警已由先前的扫描存储（同一序列、时间重叠），保持原样</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n fleet-wide episode(s) (many hosts moving at once) hold %1 of the alerts, kept at info</source>
        <translation>
            <numerusform>%n 个机群范围事件（多台主机同时变化）包含其中 %1 条告警，按信息级保留</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How far an alert may lie outside a fault&apos;s window (default 30).</source>
        <translation>告警可落在故障时间窗之外的最大距离（分钟，默认 30）。</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+110"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--slack-minutes expects a whole number of minutes from 0 to %1, not &apos;%2&apos;</source>
        <translation>--slack-minutes 应为 0 到 %1 之间的整数分钟，而不是“%2”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--group-by expects one of %1, not &apos;%2&apos;</source>
        <translation>--group-by 应为 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no ground truth (it is not a simulated fleet)</source>
        <translation>%1 没有真值（它不是模拟集群）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recall %1 (%2 of %3 faults), precision %4 (%5 of %6 alerts)</source>
        <translation>召回率 %1（%3 个故障中的 %2 个），精确率 %4（%6 条告警中的 %5 条）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(no host or queue)</source>
        <translation>（无主机或队列）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>alerts by metric (true / all):</source>
        <translation>按指标统计的告警（真实 / 全部）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as an operator reads them: %1 items (%2 incidents, %3 alerts alone), precision %4 (%5 true)</source>
        <translation>按运维人员所见：%1 项（%2 个事故，%3 条单独告警），精确率 %4（%5 项为真）</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::Commands</name>
    <message>
        <location filename="../core/cli/cliprogress.cpp" line="+102"/>
        <source>Usage: opsight-cli %1 &lt;subcommand&gt; [options]
Subcommands: %2.
&apos;opsight-cli %1 &lt;subcommand&gt; --help&apos; describes each.</source>
        <translation>用法：opsight-cli %1 &lt;子命令&gt; [选项]
子命令：%2。
“opsight-cli %1 &lt;子命令&gt; --help”说明每个子命令。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a subcommand: %1</source>
        <translation>需要一个子命令：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown subcommand &apos;%1&apos;; expected %2</source>
        <translation>未知子命令“%1”；应为 %2</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::ExportCommand</name>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="+32"/>
        <source>Write series out in a format &apos;opsight-cli import&apos; reads back to the same warehouse content.</source>
        <translation>以“opsight-cli import”能读回为相同数据仓库内容的格式导出序列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The warehouse file.</source>
        <translation>数据仓库文件。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>openmetrics or csv (default: csv when --output ends in .csv, else openmetrics).</source>
        <translation>openmetrics 或 csv（默认：--output 以 .csv 结尾时为 csv，否则为 openmetrics）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A series selector, e.g. &apos;node_load1{cluster=&quot;c1&quot;}&apos; (default: every series).</source>
        <translation>序列选择器，例如“node_load1{cluster=&quot;c1&quot;}”（默认：所有序列）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SELECTOR</source>
        <translation>选择器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First time to include (RFC 3339 or epoch).</source>
        <translation>包含的起始时间（RFC 3339 或纪元时间）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time to stop before (RFC 3339 or epoch).</source>
        <translation>截止时间，不含该时刻（RFC 3339 或纪元时间）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入文件，而不是标准输出。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing --db FILE</source>
        <translation>缺少 --db 文件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown format &apos;%1&apos; (expected openmetrics or csv)</source>
        <translation>未知格式“%1”（应为 openmetrics 或 csv）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1: expected a time (RFC 3339, epoch seconds or epoch milliseconds), found &apos;%2&apos;</source>
        <translation>--%1：需要一个时间（RFC 3339、纪元秒或纪元毫秒），实际为“%2”</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::FleetCommand</name>
    <message>
        <location filename="../core/cli/fleetcommand.cpp" line="+41"/>
        <source>The warehouse file.</source>
        <translation>数据仓库文件。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The moment to judge (default: the warehouse&apos;s last data).</source>
        <translation>评估的时间点（默认：数据仓库中最新数据的时间）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours of behaviour compared between peers (default 24).</source>
        <translation>在同类主机之间比较行为的小时数（默认 24）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows to print (default 20).</source>
        <translation>输出的行数（默认 20）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing --db FILE</source>
        <translation>缺少 --db 文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--at expects a time (RFC 3339 or epoch), not &apos;%1&apos;</source>
        <translation>--at 需要一个时间（RFC 3339 或纪元时间），而不是“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--window-hours expects 1 to 2160, not &apos;%1&apos;</source>
        <translation>--window-hours 需要 1 到 2160 之间的值，而不是“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--top expects a positive number, not &apos;%1&apos;</source>
        <translation>--top 需要一个正数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Health per host (0-100) with what lowers it, rolled up to racks, clusters and roles; worst first.</source>
        <translation>每台主机的健康分（0-100）及其扣分原因，并汇总到机架、集群和角色；最差的排在最前。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Fleet health at %1 (%2 hosts)</source>
        <translation>%1 时的集群健康状况（%2 台主机）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Racks</source>
        <translation>机架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1 mean %2, worst %3 (%4), %5 of %6 hosts below 60</source>
        <translation>  %1 平均 %2，最差 %3（%4），%6 台主机中有 %5 台低于 60</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hosts that behave unlike their peers (same role and hardware), with the metrics that set them apart.</source>
        <translation>行为与同类主机（相同角色和硬件）不同的主机，以及使其与众不同的指标。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 outliers among %2 hosts, %3 .. %4</source>
        <translation>%2 台主机中有 %1 台离群，%3 .. %4</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>health or outliers</source>
        <translation>health 或 outliers</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::ImportCommand</name>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="+41"/>
        <source>Import exported data files into a warehouse, all in one transaction: the first malformed record stops the import and leaves the warehouse unchanged. Importing a file again adds nothing.</source>
        <translation>将导出的数据文件导入数据仓库，全部在一个事务中完成：遇到第一条格式错误的记录即停止导入，数据仓库保持不变。重复导入同一文件不会增加任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The warehouse file (created when missing).</source>
        <translation>数据仓库文件（不存在时创建）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input format: %1, or auto (guessed per file from its content, the default).</source>
        <translation>输入格式：%1，或 auto（按每个文件的内容猜测，默认）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --format log: the header format, e.g. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</source>
        <translation>配合 --format log：日志头格式，例如“&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FMT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --format log: the log source name (default: the file name).</source>
        <translation>配合 --format log：日志来源名称（默认：文件名）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --format log: the host of lines whose format has no host field.</source>
        <translation>配合 --format log：格式中没有主机字段时，这些行所属的主机。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOST</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --format log: the year of dates that have none (default: this year).</source>
        <translation>配合 --format log：日期中没有年份时使用的年份（默认：今年）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YEAR</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files to import, in order.</source>
        <translation>要导入的文件，按顺序导入。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>INPUT...</source>
        <translation>输入文件...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing --db FILE</source>
        <translation>缺少 --db 文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no input files given</source>
        <translation>未指定输入文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format &apos;%1&apos; (expected %2 or auto)</source>
        <translation>未知格式“%1”（应为 %2 或 auto）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--year expects a year such as 2024, not &apos;%1&apos;</source>
        <translation>--year 需要一个年份（例如 2024），而不是“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format log needs --log-format FMT</source>
        <translation>--format log 需要 --log-format 格式</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read &apos;%1&apos;</source>
        <translation>无法读取“%1”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 log lines did not match the format; they were stored and mined whole</source>
        <translation>%1 行日志与格式不匹配；已按整行存储并挖掘</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 samples added, %2 changed, %3 unchanged; %4 series created; %5 records added, %6 updated, %7 unchanged; %8 s (%9 samples/s)</source>
        <translation>新增 %1 个样本，%2 个已更改，%3 个未变；新建 %4 个序列；新增 %5 条记录，%6 条已更新，%7 条未变；耗时 %8 秒（%9 样本/秒）</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::InfoCommand</name>
    <message>
        <location filename="../core/cli/infocommand.cpp" line="+26"/>
        <source>The warehouse file.</source>
        <translation>数据仓库文件。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing --db FILE</source>
        <translation>缺少 --db 文件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show what a warehouse holds: fleet, time range, record counts, data sources.</source>
        <translation>显示数据仓库的内容：集群规模、时间范围、记录数和数据源。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而不是表格。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Warehouse      %1 (schema %2)</source>
        <translation>数据仓库       %1（模式 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time range     %1 .. %2</source>
        <translation>时间范围       %1 .. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time range     (empty)</source>
        <translation>时间范围       （空）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source         %1 %2 (%3 records, %4, %5)</source>
        <translation>数据源         %1 %2（%3 条记录，%4，%5）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print the SHA-256 digest of a warehouse&apos;s content (independent of file layout).</source>
        <translation>输出数据仓库内容的 SHA-256 摘要（与文件布局无关）。</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::LogTemplatesCommand</name>
    <message>
        <location filename="../core/cli/logtemplatescommand.cpp" line="+30"/>
        <source>The warehouse file.</source>
        <translation>数据仓库文件。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log source (default: the first by name).</source>
        <translation>日志来源（默认：按名称排序的第一个）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the lines of this host.</source>
        <translation>只看该主机的日志行。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOST</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the window (RFC 3339 or epoch).</source>
        <translation>时间窗口的起点（RFC 3339 或纪元时间）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>T</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End of the window (RFC 3339 or epoch).</source>
        <translation>时间窗口的终点（RFC 3339 或纪元时间）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing --db FILE</source>
        <translation>缺少 --db FILE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 expects a time (RFC 3339 or epoch), not &apos;%2&apos;</source>
        <translation>--%1 需要一个时间（RFC 3339 或纪元时间），而不是“%2”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--from and --to need each other, and --to must be later</source>
        <translation>--from 与 --to 须同时给出，且 --to 须晚于 --from</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Templates of a log source in a window: lines, first and last seen, new, rare and alerting ones (what the log view lists).</source>
        <translation>某日志来源在时间窗口内的模板：行数、首次与最后出现时间，以及新出现、罕见和正在告警的模板（即日志视图所列内容）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2 lines from %3 to %4</source>
        <translation>%1：%3 至 %4 共 %2 行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rare</source>
        <translation>罕见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 alerts</source>
        <translation>%1 条告警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merged into #%1</source>
        <translation>已合并到 #%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The stored lines of one template, in time order, with their parameters.</source>
        <translation>某模板已存储的日志行，按时间排序，附带参数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template&apos;s id (as &apos;logs templates&apos; lists it).</source>
        <translation>模板编号（即“logs templates”列出的编号）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <location line="+1"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Lines to print (default 100).</source>
        <translation>输出的行数（默认 100）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+57"/>
        <source>N</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>--template expects a template id, not &apos;%1&apos;</source>
        <translation>--template 需要模板编号，而不是“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--limit expects a positive number, not &apos;%1&apos;</source>
        <translation>--limit 需要正数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 of %2 lines printed; raise --limit or narrow the window</source>
        <translation>已输出 %2 行中的 %1 行；请调大 --limit 或缩小时间窗口</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Count the lines of one template as another&apos;s from now on (one event the miner told apart).</source>
        <translation>从现在起将一个模板的日志行计入另一个模板（挖掘器把同一事件拆成了两个模板）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each value at one wildcard of a template its own template from now on (events the miner merged).</source>
        <translation>从现在起让模板某个通配符处的每个取值各自成为一个模板（挖掘器合并了不同事件）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template&apos;s id.</source>
        <translation>模板编号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template to merge into.</source>
        <translation>要合并到的模板。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which &lt;*&gt; to split at, from 1.</source>
        <translation>在第几个 &lt;*&gt; 处拆分，从 1 开始。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected --source NAME --template ID --into ID</source>
        <translation>需要 --source 名称 --template 编号 --into 编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected --source NAME --template ID --wildcard N</source>
        <translation>需要 --source 名称 --template 编号 --wildcard 序号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: lines of #%2 count as #%3 from the next import on</source>
        <translation>%1：从下次导入起，#%2 的日志行计入 #%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: #%2 splits at wildcard %3 from the next import on</source>
        <translation>%1：从下次导入起，#%2 在第 %3 个通配符处拆分</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::LogsCommand</name>
    <message>
        <location filename="../core/cli/logscommand.cpp" line="+115"/>
        <source>Mine the templates of a log file; write one row per input line (LineId,EventId,EventTemplate,ParameterList).</source>
        <translation>挖掘日志文件的模板；每个输入行写出一行（LineId,EventId,EventTemplate,ParameterList）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Header format, e.g. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</source>
        <translation>日志头格式，例如“&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FMT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log file (LF or CRLF line ends).</source>
        <translation>日志文件（LF 或 CRLF 换行）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+157"/>
        <location line="+2"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>The structured CSV to write.</source>
        <translation>要写出的结构化 CSV 文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing --%1</source>
        <translation>缺少 --%1</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+49"/>
        <location line="+92"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Mining %1</source>
        <translation>正在挖掘 %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1:%2: the line does not match the format; mined as a whole</source>
        <translation>%1:%2：该行与格式不匹配，已按整行挖掘</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+28"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&apos;%1&apos; changed while it was read; nothing written</source>
        <translation>读取“%1”期间文件发生了变化；未写入任何内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 lines in all did not match the format</source>
        <translation>共有 %1 行与格式不匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lines, %2 templates, %3 s mining (%4 lines/s)</source>
        <translation>%1 行，%2 个模板，挖掘耗时 %3 秒（%4 行/秒）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1:1: expected columns %2 and %3 in the header</source>
        <translation>%1:1：表头中应包含 %2 和 %3 列</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: record %2 has %3 fields, fewer than the header</source>
        <translation>%1：第 %2 条记录有 %3 个字段，少于表头</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Score a structured CSV of &apos;logs parse&apos; against labelled lines (loghub&apos;s *_structured.csv): grouping and parsing accuracy.</source>
        <translation>将“logs parse”生成的结构化 CSV 与已标注的日志行（loghub 的 *_structured.csv）对比评分：分组准确率和解析准确率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV &apos;logs parse&apos; wrote.</source>
        <translation>“logs parse”写出的 CSV 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labelled CSV (EventId, EventTemplate).</source>
        <translation>已标注的 CSV 文件（EventId, EventTemplate）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing --parsed or --truth</source>
        <translation>缺少 --parsed 或 --truth</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has %2 lines but %3 has %4: they must describe the same log</source>
        <translation>%1 有 %2 行，而 %3 有 %4 行：二者必须描述同一份日志</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 lines: grouping accuracy %2, parsing accuracy %3, %4 templates for %5 true events</source>
        <translation>%1 行：分组准确率 %2，解析准确率 %3，%5 个真实事件对应 %4 个模板</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>parse, evaluate, templates, lines, merge or split</source>
        <translation>parse、evaluate、templates、lines、merge 或 split</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::AlertScan</name>
    <message>
        <location filename="../core/anomaly/alertscan.cpp" line="+71"/>
        <source>Anomaly on %1</source>
        <translation>%1 上的异常</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/anomaly/incidents.cpp" line="+126"/>
        <source>%n related anomalies on %1 hosts of rack %2</source>
        <translation>
            <numerusform>机架 %2 的 %1 台主机上的 %n 个相关异常</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/anomaly/alertscan.cpp" line="+141"/>
        <source>%1 moved on %2 of %3 hosts at once</source>
        <translation>%1 在 %3 台主机中的 %2 台上同时变化</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New log template: %1</source>
        <translation>新日志模板：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New log template on %1: %2</source>
        <translation>%1 上的新日志模板：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rare log template: %1</source>
        <translation>罕见日志模板：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rare log template on %1: %2</source>
        <translation>%1 上的罕见日志模板：%2</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Keeps alerts on %1 quiet up to a peak score of %2 and evidence of %3σ; stronger ones still fire</source>
        <translation>使 %1 上峰值分数不超过 %2 且证据不超过 %3σ 的告警保持静默；更强的告警仍会触发</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps every alert on %1 quiet: the alert it came from was at the top of the score scale</source>
        <translation>使 %1 上的所有告警保持静默：其来源告警的分数已达上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps alerts on %1 quiet up to a peak score of %2; stronger ones still fire</source>
        <translation>使 %1 上峰值分数不超过 %2 的告警保持静默；更强的告警仍会触发</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No series match %1.</source>
        <translation>没有序列匹配 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Scoring %n series</source>
        <translation>
            <numerusform>正在为 %n 个序列打分</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Storing alerts</source>
        <translation>正在存储告警</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/anomaly/incidents.cpp" line="+4"/>
        <source>%n related anomalies on %1</source>
        <translation>
            <numerusform>%1 上的 %n 个相关异常</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Opsight::Core::AlertStore</name>
    <message>
        <location filename="../core/warehouse/alertstore.cpp" line="+40"/>
        <source>A silence needs an author.</source>
        <translation>静默规则需要填写创建者。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A silence needs a reason.</source>
        <translation>静默规则需要填写原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A silence must end after it starts (%1 .. %2).</source>
        <translation>静默规则的结束时间必须晚于开始时间（%1 .. %2）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no silence %1.</source>
        <translation>不存在静默规则 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Silence %1 was already withdrawn.</source>
        <translation>静默 %1 已经撤回。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Silence %1 already ended at %2.</source>
        <translation>静默 %1 已于 %2 结束。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>An acknowledgement needs an author.</source>
        <translation>确认需要填写确认人。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no alert %1 to acknowledge.</source>
        <translation>不存在可确认的告警 %1。</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::Cancelled</name>
    <message>
        <location filename="../core/common/progress.cpp" line="+12"/>
        <source>Cancelled by the user.</source>
        <translation>已被用户取消。</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::ChunkCodec</name>
    <message>
        <location filename="../core/warehouse/chunkcodec.cpp" line="+27"/>
        <source>A metric chunk in the warehouse is corrupt.</source>
        <translation>数据仓库中的一个指标数据块已损坏。</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::CsvParser</name>
    <message>
        <location filename="../core/ingest/csvparser.cpp" line="+55"/>
        <source>a header row (&apos;timestamp,metric,labels,value&apos; or &apos;timestamp,&lt;series&gt;,...&apos;)</source>
        <translation>表头行（“timestamp,metric,labels,value”或“timestamp,&lt;series&gt;,...”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a header row starting with &apos;timestamp&apos; or &apos;time&apos;</source>
        <translation>以“timestamp”或“time”开头的表头行</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a timestamp (RFC 3339, epoch seconds or epoch milliseconds)</source>
        <translation>时间戳（RFC 3339、纪元秒或纪元毫秒）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a sample value (a number, NaN, +Inf or -Inf)</source>
        <translation>样本值（数字、NaN、+Inf 或 -Inf）</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) as in the header</source>
        <translation>
            <numerusform>与表头相同的 %n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)</source>
        <translation>指标名称（[a-zA-Z_:][a-zA-Z0-9_:]*）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a series not named by an earlier column</source>
        <translation>前面的列中未出现过的序列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;,&apos; and a column per series after the time column</source>
        <translation>时间列之后的“,”，以及每个序列一列</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="+47"/>
        <source>a closing &apos;&quot;&apos; for this quoted field</source>
        <translation>该引号字段的结束“&quot;”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;,&apos; or the end of the line after a quoted field</source>
        <translation>引号字段之后的“,”或行尾</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::Database</name>
    <message>
        <location filename="../core/warehouse/database.cpp" line="+53"/>
        <source>Cannot open warehouse &apos;%1&apos;: %2</source>
        <translation>无法打开数据仓库“%1”：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+111"/>
        <source>Warehouse &apos;%1&apos;: %2</source>
        <translation>数据仓库“%1”：%2</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Warehouse &apos;%1&apos;: cannot prepare statement: %2</source>
        <translation>数据仓库“%1”：无法准备语句：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not open</source>
        <translation>未打开</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::ExportJob</name>
    <message>
        <location filename="../core/ingest/exportjob.cpp" line="+100"/>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出内容：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The export destination is not open for writing.</source>
        <translation>导出目标未以可写方式打开。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Exporting %n series</source>
        <translation>
            <numerusform>正在导出 %n 个序列</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Opsight::Core::FleetData</name>
    <message>
        <location filename="../core/fleet/fleetdata.cpp" line="+103"/>
        <source>Deviates from its peers (%1): %2</source>
        <translation>与同类主机存在偏差（%1）：%2</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::HostDetail</name>
    <message>
        <location filename="../core/fleet/hostdetail.cpp" line="+63"/>
        <source>The warehouse has no host &apos;%1&apos;.</source>
        <translation>数据仓库中没有主机“%1”。</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::ImportJob</name>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="+74"/>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Importing logs needs their header format (--log-format), e.g. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</source>
        <translation>导入日志需要指定其日志头格式（--log-format），例如“&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;”。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Log source &apos;%1&apos; yields many rare templates (%2 templates, %3 seen once): a variable the masking misses, or free text?</source>
        <translation>日志来源“%1”产生了大量罕见模板（%2 个模板，其中 %3 个只出现一次）：是否有变量未被掩码，或者是自由文本？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No input files to import.</source>
        <translation>没有要导入的输入文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The warehouse &apos;%1&apos; is open read-only.</source>
        <translation>数据仓库“%1”以只读方式打开。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cannot tell the format from the content; name it (one of %2).</source>
        <translation>%1：无法从内容判断格式；请指定格式（%2 之一）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading %1 (file %2 of %3)</source>
        <translation>正在读取 %1（第 %2 个文件，共 %3 个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing to the warehouse</source>
        <translation>正在写入数据仓库</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::InventoryParser</name>
    <message>
        <location filename="../core/ingest/inventoryparser.cpp" line="+52"/>
        <source>a header row naming the columns (at least &apos;name&apos;)</source>
        <translation>列出各列名称的表头行（至少包含“name”）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a known column (%1)</source>
        <translation>已知的列（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a column not named before</source>
        <translation>之前未出现过的列名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a &apos;name&apos; column in the header</source>
        <translation>表头中的“name”列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n field(s) as in the header</source>
        <translation>
            <numerusform>与表头相同的 %n 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a whole number of cores</source>
        <translation>整数的核心数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a memory size in GiB (a number)</source>
        <translation>以 GiB 为单位的内存大小（数字）</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::Job</name>
    <message>
        <location filename="../core/common/progress.cpp" line="+6"/>
        <source>Unexpected failure: %1</source>
        <translation>意外失败：%1</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::JsonlParser</name>
    <message>
        <location filename="../core/ingest/jsonlparser.cpp" line="+173"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>%1 for field &apos;%2&apos;</source>
        <translation>字段“%2”的%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a time (RFC 3339 text, epoch seconds or epoch milliseconds)</source>
        <translation>时间（RFC 3339 文本、纪元秒或纪元毫秒）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a non-empty string</source>
        <translation>非空字符串</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>valid JSON (%1)</source>
        <translation>有效的 JSON（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a JSON object per line</source>
        <translation>每行一个 JSON 对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a known field (%1; put anything else in &apos;payload&apos;)</source>
        <translation>已知字段（%1；其他内容请放入“payload”）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a &apos;time&apos; field</source>
        <translation>“time”字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>a &apos;kind&apos; field</source>
        <translation>“kind”字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an &apos;entity&apos; field</source>
        <translation>“entity”字段</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a time not before &apos;time&apos;</source>
        <translation>不早于“time”的时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>info, warning, error or critical</source>
        <translation>info、warning、error 或 critical</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::Lex</name>
    <message>
        <location filename="../core/ingest/lexutil.cpp" line="+39"/>
        <source>a label name</source>
        <translation>标签名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a label name other than __name__</source>
        <translation>__name__ 以外的标签名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a label name not used before in this series</source>
        <translation>该序列中未使用过的标签名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;=&apos; after the label name</source>
        <translation>标签名之后的“=”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a quoted label value</source>
        <translation>带引号的标签值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;&quot;&apos; closing the label value</source>
        <translation>结束标签值的“&quot;”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an escape \\, \&quot; or \n</source>
        <translation>转义序列 \\、\&quot; 或 \n</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;,&apos; or &apos;}&apos; after a label</source>
        <translation>标签之后的“,”或“}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;,&apos; after a label</source>
        <translation>标签之后的“,”</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;{&apos;</source>
        <translation>“{”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nothing after &apos;}&apos;</source>
        <translation>“}”之后没有内容</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a metric name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{&apos; or the end of the series name</source>
        <translation>“{”或序列名称的结尾</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::LogFormat</name>
    <message>
        <location filename="../core/logs/logformat.cpp" line="+31"/>
        <source>an opening &apos;(&apos; before &apos;)&apos;</source>
        <translation>“)”之前的“(”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;&gt;&apos; closing the field name</source>
        <translation>结束字段名的“&gt;”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a field name inside &apos;&lt;&gt;&apos;</source>
        <translation>“&lt;&gt;”中的字段名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a field name of letters, digits and &apos;_&apos; (found &apos;%1&apos;)</source>
        <translation>由字母、数字和“_”组成的字段名（实际为“%1”）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a field name not used before (&apos;%1&apos; is)</source>
        <translation>未使用过的字段名（“%1”已被使用）</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+24"/>
        <source>&apos;)&apos; closing the group</source>
        <translation>结束分组的“)”</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&apos;?&apos; after the group (only optional groups are supported)</source>
        <translation>分组之后的“?”（仅支持可选分组）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a character after &apos;\&apos;</source>
        <translation>“\”之后的字符</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>format:1:%1: expected %2</source>
        <translation>format:1:%1：应为%2</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>format: expected a &lt;Content&gt; field (the message to mine) in &apos;%1&apos;</source>
        <translation>format：“%1”中应包含 &lt;Content&gt; 字段（要挖掘的消息）</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::LogIngestor</name>
    <message>
        <location filename="../core/logs/logingestor.cpp" line="+42"/>
        <source>A log import needs a source name (--source).</source>
        <translation>导入日志需要指定来源名称（--source）。</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::LogReader</name>
    <message>
        <location filename="../core/warehouse/logreader.cpp" line="+104"/>
        <source>The warehouse has no log sources; import logs with --format log first.</source>
        <translation>数据仓库中没有日志来源；请先用 --format log 导入日志。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No log source is named &quot;%1&quot;; the warehouse has: %2.</source>
        <translation>没有名为“%1”的日志来源；数据仓库中有：%2。</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::MetricWriter</name>
    <message>
        <location filename="../core/warehouse/metricwriter.cpp" line="+87"/>
        <source>A series needs a metric name (labels: %1).</source>
        <translation>序列需要指标名称（标签：%1）。</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::OpenMetricsParser</name>
    <message>
        <location filename="../core/ingest/openmetricsparser.cpp" line="+170"/>
        <source>the end of the file after &apos;# EOF&apos;</source>
        <translation>“# EOF”之后的文件结尾</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the end of the line after &apos;# EOF&apos;</source>
        <translation>“# EOF”之后的行尾</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a metric name after &apos;# %1&apos;</source>
        <translation>“# %1”之后的指标名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a space and a metric type after the metric name</source>
        <translation>指标名称之后的空格和指标类型</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a metric type (counter, gauge, histogram, gaugehistogram, summary, info, stateset, unknown or untyped)</source>
        <translation>指标类型（counter、gauge、histogram、gaugehistogram、summary、info、stateset、unknown 或 untyped）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the end of the line after the metric type</source>
        <translation>指标类型之后的行尾</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>a metric name, &apos;#&apos; or an empty line</source>
        <translation>指标名称、“#”或空行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{&apos; or a space after the metric name</source>
        <translation>指标名称之后的“{”或空格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a space after the label set</source>
        <translation>标签集之后的空格</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a sample value (a number, NaN, +Inf or -Inf)</source>
        <translation>样本值（数字、NaN、+Inf 或 -Inf）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a timestamp (offline import needs one on every sample)</source>
        <translation>时间戳（离线导入要求每个样本都带时间戳）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the end of the line or an exemplar</source>
        <translation>行尾或 exemplar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an integer timestamp in milliseconds (Prometheus text format; OpenMetrics files end with &apos;# EOF&apos; and count seconds)</source>
        <translation>以毫秒为单位的整数时间戳（Prometheus 文本格式；OpenMetrics 文件以“# EOF”结尾并以秒计时）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a timestamp in seconds</source>
        <translation>以秒为单位的时间戳</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::ParseError</name>
    <message>
        <location filename="../core/ingest/parseerror.cpp" line="+18"/>
        <source>%1:%2:%3: expected %4, found %5</source>
        <translation>%1:%2:%3：应为%4，实际为%5</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>end of file</source>
        <translation>文件结尾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end of line</source>
        <translation>行尾</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>无内容</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::PromJsonParser</name>
    <message>
        <location filename="../core/ingest/promjsonparser.cpp" line="+181"/>
        <location line="+18"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>valid JSON (%1)</source>
        <translation>有效的 JSON（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Prometheus API response object</source>
        <translation>Prometheus API 响应对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;success&quot;</source>
        <translation>&quot;success&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;matrix&quot; or &quot;vector&quot;</source>
        <translation>&quot;matrix&quot; 或 &quot;vector&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 at %2</source>
        <translation>%2 处的%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a series object</source>
        <translation>序列对象</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a string label value</source>
        <translation>字符串形式的标签值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)</source>
        <translation>指标名称（[a-zA-Z_:][a-zA-Z0-9_:]*）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>label names of [a-zA-Z_][a-zA-Z0-9_]*</source>
        <translation>符合 [a-zA-Z_][a-zA-Z0-9_]* 的标签名</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>float samples (native histograms are not supported)</source>
        <translation>浮点样本（不支持原生直方图）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>histograms</source>
        <translation>直方图</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an array of [time, &quot;value&quot;] pairs</source>
        <translation>由 [time, &quot;value&quot;] 对组成的数组</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>a [time, &quot;value&quot;] pair</source>
        <translation>[time, &quot;value&quot;] 对</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a time in seconds (a number)</source>
        <translation>以秒为单位的时间（数字）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a sample value as a string (&quot;1.5&quot;, &quot;NaN&quot;, &quot;+Inf&quot;)</source>
        <translation>字符串形式的样本值（&quot;1.5&quot;、&quot;NaN&quot;、&quot;+Inf&quot;）</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::RecordWriter</name>
    <message>
        <location filename="../core/warehouse/recordwriter.cpp" line="+129"/>
        <source>A host record needs a name.</source>
        <translation>主机记录需要名称。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A queue record needs a name.</source>
        <translation>队列记录需要名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue &apos;%1&apos; names parent queue &apos;%2&apos;, which does not exist.</source>
        <translation>队列“%1”的父队列“%2”不存在。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A job record needs a name.</source>
        <translation>作业记录需要名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job &apos;%1&apos; names queue &apos;%2&apos;, which does not exist.</source>
        <translation>作业“%1”所属的队列“%2”不存在。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Task &apos;%1&apos; names job &apos;%2&apos;, which does not exist.</source>
        <translation>任务“%1”所属的作业“%2”不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A task of job &apos;%1&apos; has no name.</source>
        <translation>作业“%1”中有一个任务没有名称。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Instance %1 names task &apos;%2&apos; of job &apos;%3&apos;, which does not exist.</source>
        <translation>实例 %1 所属的任务“%2”（作业“%3”）不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance %1 of task &apos;%2&apos; ran on host &apos;%3&apos;, which does not exist.</source>
        <translation>任务“%2”的实例 %1 运行所在的主机“%3”不存在。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An event needs a kind and an entity.</source>
        <translation>事件需要类型和实体。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A log line needs a source (line %1).</source>
        <translation>日志行需要来源（第 %1 行）。</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::Schema</name>
    <message>
        <location filename="../core/warehouse/schema.cpp" line="+226"/>
        <source>&apos;%1&apos; is an SQLite file but not an Opsight warehouse (it has no meta table).</source>
        <translation>“%1”是 SQLite 文件，但不是 Opsight 数据仓库（没有 meta 表）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Warehouse &apos;%1&apos; has schema version %2, newer than this Opsight understands (%3). Use a newer Opsight.</source>
        <translation>数据仓库“%1”的模式版本为 %2，高于此版本 Opsight 支持的版本（%3）。请使用更新的 Opsight。</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::Selector</name>
    <message>
        <location filename="../core/warehouse/selector.cpp" line="+30"/>
        <source>the end</source>
        <translation>结尾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selector:1:%1: expected %2, found %3</source>
        <translation>selector:1:%1：应为%2，实际为%3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a quoted label value</source>
        <translation>带引号的标签值</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a closing quote</source>
        <translation>结束引号</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>selector:1:%1: invalid regular expression &apos;%2&apos; for label &apos;%3&apos;: %4</source>
        <translation>selector:1:%1：标签“%3”的正则表达式“%2”无效：%4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a label name or &apos;}&apos;</source>
        <translation>标签名或“}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;!=&apos; or &apos;!~&apos;</source>
        <translation>“!=”或“!~”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;=&apos;, &apos;!=&apos;, &apos;=~&apos; or &apos;!~&apos;</source>
        <translation>“=”、“!=”、“=~”或“!~”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>“,”或“}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the end of the selector</source>
        <translation>选择器结尾</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::Simulator</name>
    <message>
        <location filename="../core/simulate/simulator.cpp" line="+34"/>
        <source>The number of hosts must be between 1 and 200000, not %1.</source>
        <translation>主机数量必须在 1 到 200000 之间，而不是 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of days must be between 1 and 3660, not %1.</source>
        <translation>天数必须在 1 到 3660 之间，而不是 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample interval must divide a day and lie between 10 s and 1 h, not %1 ms.</source>
        <translation>采样间隔必须能整除一天，且介于 10 秒与 1 小时之间，而不是 %1 毫秒。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Writing the fleet topology</source>
        <translation>正在写入集群拓扑</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generating metrics, logs and hardware events</source>
        <translation>正在生成指标、日志和硬件事件</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Generating the batch workload</source>
        <translation>正在生成批处理作业负载</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recording the ground truth</source>
        <translation>正在记录真值</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::StoredAlert</name>
    <message>
        <location filename="../core/anomaly/storedalert.cpp" line="+31"/>
        <source>unchanged %1×longest</source>
        <translation>未变 %1×最长</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unchanged %1 h since %2 (never before over %3 h)</source>
        <translation>自 %2 起未变 %1 小时（此前从未超过 %3 小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged %1 h since %2 (longest before: %3 h)</source>
        <translation>自 %2 起未变 %1 小时（此前最长：%3 小时）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>held %1 h above %2, the week before&apos;s 99th percentile (at %3 when its scores fell)</source>
        <translation>保持 %1 小时高于 %2，即前一周的第 99 百分位（评分回落时为 %3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held %1 h below %2, the week before&apos;s 1st percentile (at %3 when its scores fell)</source>
        <translation>保持 %1 小时低于 %2，即前一周的第 1 百分位（评分回落时为 %3）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>spike</source>
        <translation>尖峰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift</source>
        <translation>水平偏移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seasonal</source>
        <translation>周期偏离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>×range</source>
        <translation>×范围</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>gap</source>
        <translation>空档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape</source>
        <translation>形态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+10"/>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>fleet-wide</source>
        <translation>机群范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new template</source>
        <translation>新模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rare template</source>
        <translation>罕见模板</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::TemplateControls</name>
    <message>
        <location filename="../core/logs/templatecontrols.cpp" line="+34"/>
        <source>No log source is named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的日志来源。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log source &quot;%1&quot; has no stored miner state to change.</source>
        <translation>日志来源“%1”没有可修改的已存挖掘器状态。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log source &quot;%1&quot; has no template #%2.</source>
        <translation>日志来源“%1”没有模板 #%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Template row %1 of &quot;%2&quot; was not mined here and cannot be changed.</source>
        <translation>“%2”的模板行 %1 不是在此挖掘的，无法修改。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Template #%1 was merged into #%2; split that one instead.</source>
        <translation>模板 #%1 已合并到 #%2；请改为拆分后者。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Template #%1 has %n wildcard(s); there is no wildcard %2 to split at.</source>
        <translation>
            <numerusform>模板 #%1 有 %n 个通配符；没有可供拆分的第 %2 个通配符。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template #%1 cannot be split at wildcard %2 (it is already split or merged).</source>
        <translation>模板 #%1 无法在第 %2 个通配符处拆分（它已被拆分或合并）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A template cannot be merged into itself (#%1).</source>
        <translation>模板不能合并到自身（#%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template #%1 is already merged into #%2.</source>
        <translation>模板 #%1 已合并到 #%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template #%1 is merged into #%2; merge into that one instead.</source>
        <translation>模板 #%1 已合并到 #%2；请改为合并到后者。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template #%1 cannot be merged into #%2.</source>
        <translation>模板 #%1 无法合并到 #%2。</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::TemplateMiner</name>
    <message>
        <location filename="../core/logs/templateminer.cpp" line="+601"/>
        <source>The stored log template state is not one this Opsight wrote.</source>
        <translation>存储的日志模板状态不是由此版本 Opsight 写入的。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+41"/>
        <source>The stored log template state is damaged.</source>
        <translation>存储的日志模板状态已损坏。</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::Warehouse</name>
    <message>
        <location filename="../core/warehouse/warehouse.cpp" line="+18"/>
        <source>Warehouse &apos;%1&apos; does not exist.</source>
        <translation>数据仓库“%1”不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warehouse &apos;%1&apos; is not a file.</source>
        <translation>数据仓库“%1”不是文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not an Opsight warehouse (not an SQLite database).</source>
        <translation>“%1”不是 Opsight 数据仓库（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read warehouse &apos;%1&apos;: %2. The folder &apos;%3&apos; is not writable for this account, and a warehouse keeps its -wal and -shm files beside it: copy it to a folder you can write.</source>
        <translation>无法读取仓库“%1”：%2。此账户不能写入文件夹“%3”，而仓库要在旁边保存它的 -wal 和 -shm 文件：请将它复制到您可写的文件夹。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Warehouse &apos;%1&apos;: cannot switch to write-ahead logging (journal mode stays &apos;%2&apos;).</source>
        <translation>数据仓库“%1”：无法切换到预写日志模式（日志模式仍为“%2”）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is an empty file, not an Opsight warehouse.</source>
        <translation>“%1”是空文件，不是 Opsight 数据仓库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warehouse &apos;%1&apos; has schema version %2; open it for writing once to upgrade it to %3.</source>
        <translation>数据仓库“%1”的模式版本为 %2；请以可写方式打开一次，将其升级到 %3。</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::AlertActionDialog</name>
    <message>
        <location filename="../views/timeline/alertactiondialog.cpp" line="+46"/>
        <source>Planned ahead, for the series a selector matches</source>
        <translation>预先计划，作用于选择器匹配的序列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alert:</source>
        <translation>告警：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Author:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledge Alert</source>
        <translation>确认告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you found or are doing about it</source>
        <translation>你发现了什么，或正在如何处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Silence Alerts</source>
        <translation>静默告警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Silence or Maintenance Window</source>
        <translation>新建静默或维护窗口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Silence</source>
        <translation>静默</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance window</source>
        <translation>维护窗口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This series</source>
        <translation>此序列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This metric on this host</source>
        <translation>此主机上的此指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything on this host</source>
        <translation>此主机上的全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This metric everywhere</source>
        <translation>所有主机上的此指标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rack=&quot;c1-r03&quot;}, {host=~&quot;c2-r01-.*&quot;}, cpu_util_percent{cluster=&quot;c1&quot;}</source>
        <translation>{rack=&quot;c1-r03&quot;}, {host=~&quot;c2-r01-.*&quot;}, cpu_util_percent{cluster=&quot;c1&quot;}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 hours</source>
        <translation>2 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 hours</source>
        <translation>8 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week</source>
        <translation>1 周</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The work planned, a change or ticket number</source>
        <translation>计划的工作、变更单或工单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why these alerts should stay quiet</source>
        <translation>为什么这些告警应保持静默</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selector:</source>
        <translation>选择器：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lasts:</source>
        <translation>持续：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not an Anomaly</source>
        <translation>不是异常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this is normal for this series</source>
        <translation>为什么这对该序列是正常的</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> day(s)</source>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember for:</source>
        <translation>记住：</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>Acknowledge %n Alerts</source>
        <translation>
            <numerusform>确认 %n 条告警</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1
%n alerts from %2, acknowledged together</source>
        <translation>
            <numerusform>%1
自 %2 起的 %n 条告警，一并确认</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give an author: actions on alerts are signed.</source>
        <translation>请填写操作人：对告警的操作需要署名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what you found: the comment is the record.</source>
        <translation>请说明发现：说明即记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason: a rule without one is a mystery later.</source>
        <translation>请给出原因：没有原因的规则日后难以理解。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an empty selector would silence everything</source>
        <translation>空选择器会静默全部告警</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It starts %1, in %2, and ends %3.</source>
        <translation>它于 %1 开始（%2 后），于 %3 结束。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>Would have kept %1 of the %2 loaded alerts quiet.</source>
        <translation>在已加载的 %2 条告警中，会静默其中 %1 条。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>It ends %1, in %2.</source>
        <translation>于 %1 结束，还有 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It ended %1, %2 ago: it keeps only past alerts quiet, none from now on.</source>
        <translation>已于 %1 结束（%2 之前）：只对过去的告警静默，此后的不受影响。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selector: %1</source>
        <translation>选择器：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This alert is at the top of the score scale: alerts on this series stay quiet for %n day(s) unless their evidence is stronger than %1σ (this one&apos;s %2σ, half again).</source>
        <translation>
            <numerusform>此告警的分数已达上限：此序列上的告警将静默 %n 天，除非其证据强于 %1σ（本告警为 %2σ，再加一半）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This alert is at the top of the score scale: every alert on this series stays quiet for %n day(s), however strong.</source>
        <translation>
            <numerusform>此告警的分数已达上限：此序列上的所有告警都将静默 %n 天，无论多强。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Alerts on this series peaking at up to %1 (this one&apos;s %2, and 0.02 more) stay quiet for %n day(s); stronger ones still fire.</source>
        <translation>
            <numerusform>此序列上峰值不超过 %1（本告警为 %2，再加 0.02）的告警将静默 %n 天；更强的告警仍会触发。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Opsight::Views::AlertActions</name>
    <message>
        <location filename="../views/timeline/alertactions.cpp" line="+40"/>
        <source>An annotation needs a text.</source>
        <translation>标注需要文字。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>annotated by %1</source>
        <translation>由 %1 标注</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::AlertFilterProxy</name>
    <message numerus="yes">
        <location filename="../views/timeline/alertfilterproxy.cpp" line="+69"/>
        <source>%1 (%2 of %n alert(s) shown)</source>
        <translation>
            <numerusform>%1（显示 %n 条告警中的 %2 条）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Opsight::Views::AlertListModel</name>
    <message>
        <location filename="../views/timeline/alertlistmodel.cpp" line="+23"/>
        <location line="+315"/>
        <source>Silenced</source>
        <translation>已静默</translation>
    </message>
    <message>
        <location line="-313"/>
        <location line="+315"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Flapping</source>
        <translation>抖动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level held</source>
        <extracomment>The alert stayed open after its scores fell: its level still stood out of range</extracomment>
        <translation>水平持续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the fleet</source>
        <translation>机群整体变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>未结束</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(no host)</source>
        <translation>（无主机）</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>%1
Peak score %2 at %3%6
Evidence: %4%5</source>
        <translation>%1
峰值分数 %2，时间 %3%6
依据：%4%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Acknowledged by %1: %2</source>
        <translation>
由 %1 确认：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, stored by a scan firing at %1</source>
        <translation>，由阈值为 %1 的扫描存储</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>open</source>
        <translation>未结束</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n alert(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 条告警</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 (%n alert(s))</source>
        <translation>
            <numerusform>%1（%n 条告警）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n 台主机</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 silenced</source>
        <translation>%2 条中 %1 条已静默</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 acknowledged</source>
        <translation>%2 条中 %1 条已确认</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The detector&apos;s view that saw the most:
spike: far from the recent median
shift: the recent mean moved
seasonal: unlike the same time on earlier days or weeks
range: beyond the values seen recently
gap: far from every recent value, between the usual ones and a few earlier outliers
shape: a pattern not seen recently
trend: a steady drift
fleet-wide: many hosts moved at once
new template, rare template: a log line never or seldom seen before
The tooltip of an alert lists every view&apos;s measure.</source>
        <translation>检测器中看到最多异常的视角：
尖峰：远离近期中位数
水平偏移：近期均值发生了移动
周期偏离：与前几天或前几周同一时刻不同
超出范围：超出近期出现过的数值
空档：远离所有近期数值，落在常见值与少数早先离群值之间
形态：近期未出现过的形态
趋势：持续漂移
机群范围：许多主机同时变化
新模板、罕见模板：从未或很少出现过的日志行
告警的提示中列出每个视角的度量。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (UTC)</source>
        <translation>开始（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strongest sign</source>
        <translation>最强迹象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::AlertPanel</name>
    <message>
        <location filename="../views/timeline/alertpanel.cpp" line="+29"/>
        <source>Filter alerts by host, series or comment</source>
        <translation>按主机、序列或说明筛选告警</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No grouping</source>
        <translation>不分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By incident</source>
        <translation>按事件组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By host</source>
        <translation>按主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By metric</source>
        <translation>按指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By severity</source>
        <translation>按严重程度</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All severities</source>
        <translation>所有严重程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and worse</source>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Silenced</source>
        <translation>已静默</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the plot only</source>
        <translation>仅图中所示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List only the alerts of the series and the time the plot shows</source>
        <translation>只列出图中所示序列和时间范围内的告警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With the fleet</source>
        <translation>机群整体变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list each host&apos;s alerts that are part of a fleet-wide episode</source>
        <translation>同时列出属于机群范围事件的各主机告警</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+180"/>
        <source>&amp;Acknowledge…</source>
        <translation>确认(&amp;A)…</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>&amp;Silence…</source>
        <translation>静默(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Not an Anomaly…</source>
        <translation>不是异常(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Log Lines</source>
        <translation>显示日志行(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open Host</source>
        <translation>打开主机(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <location line="+163"/>
        <source>&amp;Acknowledge %n…</source>
        <translation>
            <numerusform>确认 %n 条(&amp;A)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 of %2 alerts shown, %3 silenced, %4 with the fleet</source>
        <translation>共 %2 条告警，显示 %1 条；%3 条已静默，%4 条属机群整体变化</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Teach the detector: alerts like this one on this series stay quiet</source>
        <translation>告诉检测器：此序列上类似的告警应保持静默</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the log lines behind a log-pattern alert</source>
        <translation>打开日志模式告警背后的日志行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything about the alert&apos;s host: health, peers, events, jobs, logs</source>
        <translation>告警所在主机的全部信息：健康度、同组对比、事件、作业、日志</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>No alerts stored. Scan for anomalies to find them.</source>
        <translation>没有已存储的告警。扫描异常以发现告警。</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::DataSourceModel</name>
    <message>
        <location filename="../views/overview/datasourcemodel.cpp" line="+15"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last import</source>
        <translation>最近导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File format or collector type</source>
        <translation>文件格式或采集器类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File path or collector address</source>
        <translation>文件路径或采集器地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When data from this source was last imported (UTC)</source>
        <translation>最近一次从该数据源导入数据的时间（UTC）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records read from this source in its last import</source>
        <translation>最近一次导入时从该数据源读取的记录数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result of the last import</source>
        <translation>最近一次导入的结果</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::FleetHierarchy</name>
    <message>
        <location filename="../views/fleet/fleethierarchy.cpp" line="+27"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+11"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rack</source>
        <translation>机架</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hardware</source>
        <translation>硬件</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::FleetMapWidget</name>
    <message>
        <location filename="../views/fleet/fleetmapwidget.cpp" line="+235"/>
        <source>No hosts in this warehouse.</source>
        <translation>此数据仓库中没有主机。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No host matches the filter.</source>
        <translation>没有主机符合筛选条件。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>health %1/100</source>
        <translation>健康度 %1/100</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cluster %1 · rack %2 · role %3 · %4</source>
        <translation>集群 %1 · 机架 %2 · 角色 %3 · %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scale %1 to %2 (2nd to 98th percentile of the fleet)</source>
        <translation>色阶 %1 至 %2（全机群第 2 至第 98 百分位）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>−%1: %2 (%3)</source>
        <translation>−%1：%2（%3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing lowers its health</source>
        <translation>没有降低其健康度的因素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;Click to open the host&lt;/i&gt;</source>
        <translation>&lt;i&gt;点击打开该主机&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n 台主机</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coloured by its worst host: %1</source>
        <translation>按其最差主机着色：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>mean health %1, %n host(s) below 60</source>
        <translation>
            <numerusform>平均健康度 %1，%n 台主机低于 60</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coloured by the mean: %1</source>
        <translation>按平均值着色：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highest: %1</source>
        <translation>最高：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>worst host: %1</source>
        <translation>最差主机：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its worst problem: %1</source>
        <translation>其最严重的问题：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n host(s) match the search</source>
        <translation>
            <numerusform>%n 台主机符合搜索</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;Click to zoom in&lt;/i&gt;</source>
        <translation>&lt;i&gt;点击放大&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fleet</source>
        <translation>机群</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fleet › %1 %2</source>
        <translation>机群 › %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet › %1 %2 › %3 %4</source>
        <translation>机群 › %1 %2 › %3 %4</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::FleetRankings</name>
    <message>
        <location filename="../views/fleet/fleetload.cpp" line="+24"/>
        <source>The window must be longer than zero.</source>
        <translation>时间窗口的长度必须大于零。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The warehouse %1 has no metric &apos;%2&apos;.</source>
        <translation>数据仓库 %1 中没有指标“%2”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rack</source>
        <translation>机架</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst problem</source>
        <translation>最严重的问题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean health</source>
        <translation>平均健康度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst health</source>
        <translation>最差健康度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unhealthy hosts</source>
        <translation>不健康主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst host</source>
        <translation>最差主机</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2, −%3)</source>
        <translation>%1（%2，−%3）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Double-click to zoom the map into %1 %2</source>
        <translation>双击将地图放大到 %1 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rack</source>
        <translation>机架</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::FleetView</name>
    <message>
        <location filename="../views/fleet/fleetview.cpp" line="+72"/>
        <source>Cluster › rack</source>
        <translation>集群 › 机架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role › hardware</source>
        <translation>角色 › 硬件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster › role</source>
        <translation>集群 › 角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+243"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Colour hosts by health, or by a metric&apos;s mean over the hour before the chosen time</source>
        <translation>按健康度着色，或按所选时间之前一小时内某指标的平均值着色</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Judge health, peer outliers and the ranked lists over this window before the chosen time</source>
        <translation>在所选时间之前的这个窗口内评估健康度、同组离群点和排行列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All hosts</source>
        <translation>所有主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack</source>
        <translation>机架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Find hosts by name</source>
        <translation>按名称查找主机</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n host(s) match</source>
        <translation>
            <numerusform>%n 台主机匹配</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom out one level (Backspace, right-click or wheel down on the map)</source>
        <translation>缩小一级（在地图上按 Backspace、右键或向下滚动滚轮）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour:</source>
        <translation>着色：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replay the fleet hour by hour</source>
        <translation>逐小时回放机群状态</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replay: step the slider forward as each hour is shown</source>
        <translation>回放：每显示一小时，滑块前进一步</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Racks</source>
        <translation>机架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The least healthy hosts, racks and clusters over the window, worst first</source>
        <translation>窗口内最不健康的主机、机架和集群，最差的在前</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Fleet</source>
        <translation>机群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every host on one map, coloured by health or a metric, with a replay and the least healthy hosts, racks and clusters</source>
        <translation>所有主机集中在一张地图上，按健康度或指标着色，可回放，并列出最不健康的主机、机架和集群</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No warehouse is open.</source>
        <translation>未打开数据仓库。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Judging the fleet at %1…</source>
        <translation>正在评估 %1 时的机群…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judging the fleet…</source>
        <translation>正在评估机群…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: dark %2 … bright %3</source>
        <translation>%1：深 %2 … 浅 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>health: blue 100 … yellow 80 … orange 70 … red 40</source>
        <translation>健康度：蓝 100 … 黄 80 … 橙 70 … 红 40</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 hosts, %2 peer outliers, judged over %3</source>
        <translation>%1 台主机，%2 个同组离群点，评估窗口 %3</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (showing %2)</source>
        <translation>%1（显示 %2）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::Format</name>
    <message>
        <location filename="../views/common/formatting.cpp" line="+26"/>
        <source>%1 UTC</source>
        <extracomment>A date and time in UTC; %1 is &quot;yyyy-MM-dd HH:mm&quot;.</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <extracomment>Two parts of a duration, e.g. &quot;3 days&quot; and &quot;4 hours&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::HostView</name>
    <message>
        <location filename="../views/host/hostview.cpp" line="+60"/>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start (UTC)</source>
        <translation>开始（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU (cores)</source>
        <translation>CPU（核）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory (GiB)</source>
        <translation>内存（GiB）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job status</source>
        <translation>作业状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First (UTC)</source>
        <translation>首次（UTC）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last (UTC)</source>
        <translation>最近（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This host</source>
        <translation>此主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group median</source>
        <translation>组中位数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deviation</source>
        <translation>偏离</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 d</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judge the host over the %1 before the end of the window</source>
        <translation>按窗口结束前的 %1 评估此主机</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Metrics and Alerts</source>
        <translation>指标与告警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log Templates</source>
        <translation>日志模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peers</source>
        <translation>同组主机</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One host: health and why, peers, metrics and alerts, events, jobs and log templates</source>
        <translation>单台主机：健康度及原因、同组对比、指标与告警、事件、作业和日志模板</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No warehouse is open.</source>
        <translation>未打开数据仓库。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Finding the least healthy host…</source>
        <translation>正在查找健康度最低的主机…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The warehouse has no hosts.</source>
        <translation>数据仓库中没有主机。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cluster %1</source>
        <translation>集群 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rack %1</source>
        <translation>机架 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role %1 (%2)</source>
        <translation>角色 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n core(s)</source>
        <translation>
            <numerusform>%1，%n 核</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2, −%3)</source>
        <translation>%1（%2，−%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&quot;color:%1; font-size:large&quot;&gt;&lt;b&gt;Health %2/100&lt;/b&gt;&lt;/span&gt; %3</source>
        <translation>&lt;span style=&quot;color:%1; font-size:large&quot;&gt;&lt;b&gt;健康度 %2/100&lt;/b&gt;&lt;/span&gt; %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing lowers it in this window</source>
        <translation>此窗口内没有扣分项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowered by: %1</source>
        <translation>扣分项：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No peer group to compare with (too few hosts of its role and hardware).</source>
        <translation>没有可比较的同组主机（相同角色和硬件的主机太少）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Deviates from its %1 peers&lt;/b&gt; in %2 (score %3): %4</source>
        <translation>&lt;b&gt;偏离 %2 中的 %1 台同组主机&lt;/b&gt;（分数 %3）：%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Behaves like its %1 peers in %2.</source>
        <translation>与 %2 中的 %1 台同组主机表现一致。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Activate to open its lines on this host</source>
        <translation>激活以打开此主机上的相应日志行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>far from its peers</source>
        <translation>远离同组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unusual</source>
        <translation>不寻常</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>typical</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::ImportDialog</name>
    <message>
        <location filename="../views/importer/importdialog.cpp" line="+38"/>
        <source>Import Data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a warehouse file, or a name for a new one</source>
        <translation>选择数据仓库文件，或为新数据仓库指定名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Automatic (guess from each file)</source>
        <translation>自动（按每个文件的内容判断）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log Lines</source>
        <translation>日志行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default: the file name</source>
        <translation>默认：文件名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the format has no host field</source>
        <translation>格式中没有主机字段时使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header format:</source>
        <translation>日志头格式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source name:</source>
        <translation>来源名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Into warehouse:</source>
        <translation>导入到数据仓库：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Choose Files to Import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics, events, inventories and logs (*.om *.prom *.txt *.json *.jsonl *.ndjson *.csv *.log);;All files (*)</source>
        <translation>指标、事件、资产清单和日志 (*.om *.prom *.txt *.json *.jsonl *.ndjson *.csv *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Imported %1 new samples (%2 changed, %3 already present) in %4 new series, and %5 other records (%6 updated, %7 already present), from %8.</source>
        <translation>已从 %8 的数据中导入 %1 个新样本（%2 个已更改，%3 个已存在），新建 %4 个序列；另导入 %5 条其他记录（%6 条已更新，%7 条已存在）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 log lines did not match the header format; they were stored whole.</source>
        <translation>%1 行日志与日志头格式不匹配，已按整行存储。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Import into Warehouse</source>
        <translation>导入到数据仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opsight warehouses (*.opsight);;All files (*)</source>
        <translation>Opsight 数据仓库 (*.opsight);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the warehouse to import into.</source>
        <translation>请选择要导入的数据仓库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one file to import.</source>
        <translation>请至少添加一个要导入的文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logs need their header format, e.g. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</source>
        <translation>日志需要指定日志头格式，例如“&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling: rolling back…</source>
        <translation>正在取消：回滚中…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Import cancelled. The warehouse is unchanged.</source>
        <translation>导入已取消，数据仓库未改变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import failed, the warehouse is unchanged:
%1</source>
        <translation>导入失败，数据仓库未改变：
%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::ImportTask</name>
    <message>
        <location filename="../views/importer/importtask.cpp" line="+29"/>
        <source>Cannot import into &apos;%1&apos;: %2</source>
        <translation>无法导入到“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::LogLineModel</name>
    <message>
        <location filename="../views/logs/loglinemodel.cpp" line="+62"/>
        <source>Line %1; no parameters</source>
        <translation>第 %1 行；无参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1; parameters: %2</source>
        <translation>第 %1 行；参数：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::LogTemplateModel</name>
    <message>
        <location filename="../views/logs/logtemplatemodel.cpp" line="+54"/>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rare</source>
        <translation>罕见</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n 条告警</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into #%1</source>
        <translation>已合并到 #%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versions, oldest first (the miner generalised it as lines arrived):</source>
        <translation>各版本，最早的在前（挖掘器随日志行到来而将其泛化）：</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1. %2 (%n line(s))</source>
        <translation>
            <numerusform>%1. %2（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pinned: an operator split it from a broader template.</source>
        <translation>已固定：运维人员将其从更宽泛的模板中拆分出来。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An operator merged it into template #%1; new lines count there.</source>
        <translation>运维人员已将其合并到模板 #%1；新日志行计入该模板。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, pinned</source>
        <translation>%1，已固定</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Over the source&apos;s whole history, on every host</source>
        <translation>在该来源的全部历史中、所有主机上</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n alert(s) on its count series in the window, found by: %1</source>
        <translation>
            <numerusform>窗口内其计数序列上有 %n 条告警，检测方式：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First seen (UTC)</source>
        <translation>首次出现（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen (UTC)</source>
        <translation>最后出现（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::LogView</name>
    <message>
        <location filename="../views/logs/logview.cpp" line="+99"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 d</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 before the end of the window</source>
        <translation>窗口结束前的 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source&apos;s whole history</source>
        <translation>该来源的全部历史</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter templates</source>
        <translation>筛选模板</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New, rare or alerting only</source>
        <translation>只看新出现、罕见或告警中的</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Activate a line to open its host at that time</source>
        <translation>激活某一行以打开其主机在该时刻的页面</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Find in these lines (a block id, an address, …)</source>
        <translation>在这些行中查找（块编号、地址……）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log templates of a source: counts, trends, new and rare ones, their lines</source>
        <translation>某日志来源的模板：计数、趋势、新出现和罕见的模板及其日志行</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No warehouse is open.</source>
        <translation>未打开数据仓库。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loading templates…</source>
        <translation>正在加载模板…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No log template has id %1 in this warehouse.</source>
        <translation>此数据仓库中没有编号为 %1 的日志模板。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All hosts</source>
        <translation>所有主机</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 to %2: %3 lines in %n template(s), %4 new, %5 alerting</source>
        <translation>
            <numerusform>%1 至 %2：%n 个模板共 %3 行，%4 个新出现，%5 个告警中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No templates in this window.</source>
        <translation>此窗口中没有模板。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading lines…</source>
        <translation>正在加载日志行…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>on every host</source>
        <translation>所有主机上</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on %1</source>
        <translation>%1 上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, containing “%2”</source>
        <translation>%1，包含“%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2: the first %3 of %4 lines; narrow the window to see the rest.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2：共 %4 行中的前 %3 行；缩小窗口以查看其余内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2: %3 lines.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2：%3 行。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show Counts on the Timeline</source>
        <translation>在时间线上显示计数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Template</source>
        <translation>复制模板</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge Into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One event the miner told apart: count its lines as another template&apos;s from the next import on</source>
        <translation>挖掘器把同一事件拆开了：从下次导入起将其日志行计入另一个模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split at Wildcard</source>
        <translation>在通配符处拆分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: after “%2”</source>
        <translation>%1：位于“%2”之后</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the start</source>
        <translation>开头</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge Template</source>
        <translation>合并模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines of #%1 count as this template from the next import on:</source>
        <translation>从下次导入起，#%1 的日志行计入此模板：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lines of #%1 count as #%2 from the next import on.</source>
        <translation>从下次导入起，#%1 的日志行计入 #%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1 splits at wildcard %2 from the next import on: each value there gets its own template.</source>
        <translation>从下次导入起，#%1 在第 %2 个通配符处拆分：该处每个取值各自成为一个模板。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::OverviewView</name>
    <message>
        <location filename="../views/overview/overviewview.cpp" line="+64"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet size, time range, counts and data sources of the open warehouse</source>
        <translation>当前数据仓库的集群规模、时间范围、各类计数和数据源</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No warehouse is open</source>
        <translation>尚未打开数据仓库</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a warehouse file, import metrics, events and logs into a new one, or explore a simulated fleet of 50 hosts over 14 days.</source>
        <translation>打开一个数据仓库文件，将指标、事件和日志导入新的数据仓库，或浏览一个模拟集群（50 台主机，14 天）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Warehouse…</source>
        <translation>打开数据仓库…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Data…</source>
        <translation>导入数据…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Demo Warehouse</source>
        <translation>打开演示数据仓库</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Fleet</source>
        <translation>集群规模</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clusters:</source>
        <translation>集群：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Racks:</source>
        <translation>机架：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time Range (UTC)</source>
        <translation>时间范围（UTC）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First:</source>
        <translation>起始：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Span:</source>
        <translation>跨度：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Warehouse</source>
        <translation>数据仓库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schema version:</source>
        <translation>模式版本：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sources:</source>
        <translation>数据源：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File size:</source>
        <translation>文件大小：</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metric series:</source>
        <translation>指标序列：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples:</source>
        <translation>样本：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log lines:</source>
        <translation>日志行：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log templates:</source>
        <translation>日志模板：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload and Faults</source>
        <translation>作业负载与故障</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jobs:</source>
        <translation>作业：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground-truth faults:</source>
        <translation>真值故障：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Data Sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read this warehouse: %1</source>
        <translation>无法读取此数据仓库：%1</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::ScanDialog</name>
    <message>
        <location filename="../views/timeline/scandialog.cpp" line="+36"/>
        <source>Scan for Anomalies</source>
        <translation>扫描异常</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every series; or a selector such as {rack=&quot;r2&quot;}</source>
        <translation>所有序列；或选择器，如 {rack=&quot;r2&quot;}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Score at which an alert fires. A new record of surprise scores 0.9 to 1 by its margin over the previous record; higher asks for a clearer margin.</source>
        <translation>触发告警的分数。新的意外程度纪录按其超出上一纪录的幅度得分 0.9 到 1；阈值越高，要求的幅度越明显。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All of the data</source>
        <translation>全部数据</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Over all of the data, each series&apos; first day is learned and fires nothing. Over the last days, the detectors learn from the %n day(s) before them, and only alerts that start inside the window count.</source>
        <translation>
            <numerusform>针对全部数据时，每条序列的第一天只用于学习，不会触发告警。针对最近几天时，检测器会先从之前 %n 天的数据学习，只统计在窗口内开始的告警。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backtest to see how often these settings would have fired, before storing anything.</source>
        <translation>先回测，看这些设置会触发多少次告警，再决定是否存储。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backtest</source>
        <translation>回测</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan and Store Alerts</source>
        <translation>扫描并存储告警</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel Run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Series:</source>
        <translation>序列：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire at score:</source>
        <translation>触发分数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window:</source>
        <translation>时间窗口：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Series: %1</source>
        <translation>序列：%1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cancelled; nothing was stored.</source>
        <translation>已取消；未存储任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At %1 (%2): </source>
        <translation>阈值 %1（%2）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found %1 alerts on %2 of %3 series (%4 silenced), %5 incidents; stored %6 new.</source>
        <translation>在 %3 个序列中的 %2 个上发现 %1 条告警（%4 条被静默），%5 个事故；新存储 %6 条。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of them had been stored by an earlier scan and were kept as they were.</source>
        <translation>其中 %1 条已由先前的扫描存储，保持原样。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Would fire %1 alerts on %2 of %3 series (%4 silenced), %5 incidents.</source>
        <translation>将触发：%3 个序列中的 %2 个上有 %1 条告警（%4 条已静默），%5 个事件组。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n fleet-wide episode(s) (many hosts moving at once) hold %1 of them, kept at info.</source>
        <translation>
            <numerusform>%n 个机群范围事件（多台主机同时变化）包含其中 %1 条，按信息级保留。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is this warehouse&apos;s fire threshold now: later scans and the plot start from it.</source>
        <translation>%1 现在是此仓库的告警阈值：之后的扫描和图表以它为起点。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of those lasted past the end of that scan&apos;s data and now end later.</source>
        <translation>其中 %1 条在那次扫描的数据结束后仍在持续，现在结束得更晚。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 alerts per day; a series is in alert %2% of the time on average.</source>
        <translation>每天 %1 条告警；平均每个序列有 %2% 的时间处于告警中。</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::Severity</name>
    <message>
        <location filename="../views/common/severity.cpp" line="+29"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::SilenceListModel</name>
    <message>
        <location filename="../views/timeline/silencelistmodel.cpp" line="+115"/>
        <location line="+4"/>
        <source>Silence</source>
        <translation>静默</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an anomaly</source>
        <translation>非异常</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>starts in %1; matches no series</source>
        <translation>%1后开始；不匹配任何序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts in %1</source>
        <translation>%1后开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active, %1 left; matches no series</source>
        <translation>生效中，剩余 %1；不匹配任何序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active, %1 left</source>
        <translation>生效中，剩余 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No series of this warehouse matches %1: a typo, or a host or metric that is gone. It mutes nothing now; end or withdraw it, or correct it as a new silence.</source>
        <translation>此仓库中没有序列匹配 %1：可能是拼写错误，或主机、指标已不存在。它现在什么也不静默；请结束或撤回它，或改正后作为新的静默创建。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no comment)</source>
        <translation>（无备注）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How many of the stored alerts this rule keeps quiet</source>
        <translation>此规则使多少条已存告警保持静默</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many series of the warehouse the rule matches (counted for the rules in force)</source>
        <translation>规则匹配仓库中多少条序列（仅统计生效的规则）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutes</source>
        <translation>静默告警数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::SilencePanel</name>
    <message>
        <location filename="../views/timeline/silencepanel.cpp" line="+34"/>
        <source>Show ended and withdrawn</source>
        <translation>显示已结束和已撤回的</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show on &amp;Plot</source>
        <translation>在图上显示(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plot the series the rule matches over the time it covers</source>
        <translation>绘制规则匹配的序列及其覆盖的时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End Now…</source>
        <translation>立即结束(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts from now on fire again; what the rule muted before stays muted</source>
        <translation>此后的告警重新触发；规则此前静默的保持静默</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its end moves back to its start: every alert it muted shows again</source>
        <translation>其结束时间移回开始时间：它静默的所有告警重新显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Rule…</source>
        <translation>新建规则(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A silence or maintenance window planned ahead, for any selector</source>
        <translation>为任意选择器预先计划的静默或维护窗口</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Withdraw rule %1 (%2 on %3 by %4)?</source>
        <translation>撤回规则 %1（%4 创建的 %3 上的%2）？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End rule %1 (%2 on %3 by %4) now?</source>
        <translation>立即结束规则 %1（%4 创建的 %3 上的%2）？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It mutes %1 of the stored alerts. Withdrawn, it covers nothing: they show again unless another rule mutes them. It stays on record as withdrawn.</source>
        <translation>它静默了 %1 条已存告警。撤回后它不覆盖任何时间：这些告警重新显示，除非另有规则静默它们。规则仍保留记录，标为已撤回。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It mutes %1 of the stored alerts; they stay muted. Alerts from now on fire again unless another rule mutes them. It stays on record as ended.</source>
        <translation>它静默了 %1 条已存告警；这些保持静默。此后的告警重新触发，除非另有规则静默它们。规则仍保留记录，标为已结束。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw Rule</source>
        <translation>撤回规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End Rule Now</source>
        <translation>立即结束规则</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;End Now</source>
        <translation>立即结束(&amp;E)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 in force, %2 ended or withdrawn</source>
        <translation>%1 条生效，%2 条已结束或已撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in force</source>
        <translation>%1 条生效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 match no series</source>
        <translation>；%1 条不匹配任何序列</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::TimelineData</name>
    <message>
        <location filename="../views/timeline/timelinedata.cpp" line="+136"/>
        <source>Panel &apos;%1&apos;: %2</source>
        <translation>面板“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::TimelinePlot</name>
    <message>
        <location filename="../views/timeline/timelineplot.cpp" line="+177"/>
        <source>Annotate the Fleet Here…</source>
        <translation>在此处为整个集群添加标注…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotate %1 Here…</source>
        <translation>在此处为 %1 添加标注…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>MMM d
HH:mm</source>
        <extracomment>The time axis&apos; tick label, a QDateTime format: day over time of day.</extracomment>
        <translation>M月d日
HH:mm</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2 of %3 series)</source>
        <translation>%1（%3 个序列中的 %2 个）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (no series match)</source>
        <translation>%1（没有匹配的序列）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Anomaly score</source>
        <translation>异常分数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>held while above %1, the week before&apos;s 99th percentile</source>
        <translation>高于 %1（前一周的第 99 百分位）期间保持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held while below %1, the week before&apos;s 1st percentile</source>
        <translation>低于 %1（前一周的第 1 百分位）期间保持</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 on %2 at %3: %4</source>
        <translation>%1：%2，%3：%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alert (%1) on %2
from %3 for %4, peak score %5
%6</source>
        <translation>告警（%1）：%2
开始于 %3，持续 %4，峰值分数 %5
%6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still open</source>
        <translation>仍未结束</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learning: the detector&apos;s first day of these series, in which nothing fires</source>
        <translation>学习期：检测器对这些序列的第一天只学习，其间不会触发任何告警</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 per second</source>
        <translation>%1：每秒 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (%1 to %2)</source>
        <translation>（%1 至 %2）</translation>
    </message>
    <message>
        <location filename="../views/timeline/timelineexport.cpp" line="+57"/>
        <location filename="../views/timeline/timelineplot.cpp" line="+26"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../views/timeline/timelineplot.cpp" line="-13"/>
        <source>Cannot render the plot as PNG.</source>
        <translation>无法将图表渲染为 PNG。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot render the plot as PDF in &apos;%1&apos; (is the disk full?).</source>
        <translation>无法在“%1”中将图表渲染为 PDF（磁盘是否已满？）。</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::TimelineView</name>
    <message>
        <location filename="../views/timeline/timelineview.cpp" line="+143"/>
        <source>Annotate</source>
        <translation>添加标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for %1 at %2 (signed %3):</source>
        <translation>%1 在 %2 的标注（署名 %3）：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the fleet</source>
        <translation>整个集群</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silences</source>
        <translation>静默规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silences (%1 in force)</source>
        <translation>静默规则（%1 条生效）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Anomalies</source>
        <translation>异常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric series with their anomaly scores, alerts, silences and events on one timeline</source>
        <translation>在同一时间线上查看指标序列及其异常分数、告警、静默和事件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Series selector, e.g. cpu_util_percent{host=&quot;h1&quot;}; Enter shows it</source>
        <translation>序列选择器，如 cpu_util_percent{host=&quot;h1&quot;}；按回车显示</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add Panel</source>
        <translation>添加面板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the selector as another panel under the ones shown</source>
        <translation>将此选择器作为新面板添加到已显示面板下方</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>6 h</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 d</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the last %1 of the data</source>
        <translation>显示数据的最后 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all of the data</source>
        <translation>显示全部数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan…</source>
        <translation>扫描…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backtest thresholds, then score the warehouse&apos;s series and store the alerts</source>
        <translation>先回测阈值，再为数据仓库中的序列打分并存储告警</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plot as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot as PDF…</source>
        <translation>图表导出为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data as CSV…</source>
        <translation>数据导出为 CSV…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No warehouse is open.</source>
        <translation>未打开数据仓库。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading alerts…</source>
        <translation>正在加载告警…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot read alerts: %1</source>
        <translation>无法读取告警：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rule Matches Nothing</source>
        <translation>规则未匹配任何序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 is saved, but no series matches %2: it mutes nothing.</source>
        <translation>规则 %1 已保存，但没有序列匹配 %2：它不会静默任何告警。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A typo, or a host that is not in this warehouse? End or withdraw it in the Silences tab.</source>
        <translation>是拼写错误，还是主机不在此仓库中？可在“静默规则”标签页中结束或撤回它。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading series…</source>
        <translation>正在加载序列…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n series, %1 points drawn</source>
        <translation>
            <numerusform>%n 个序列，绘制了 %1 个点</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot compute anomaly scores: %1</source>
        <translation>无法计算异常分数：%1</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not Saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+40"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>Acknowledged %n alert(s).</source>
        <translation>
            <numerusform>已确认 %n 条告警。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maintenance window saved for %1, %2 to %3.</source>
        <translation>已为 %1 保存维护窗口，%2 至 %3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silence saved for %1.</source>
        <translation>已为 %1 保存静默规则。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback saved: alerts like this one on %1 stay quiet.</source>
        <translation>已保存反馈：%1 上与此类似的告警将保持静默。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1 withdrawn: the alerts it muted show again.</source>
        <translation>规则 %1 已撤回：它静默的告警重新显示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 ended: alerts from now on fire again.</source>
        <translation>规则 %1 已结束：此后的告警重新触发。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Rule %1 mutes alerts on %2 series; the plot shows %3 of them.</source>
        <translation>规则 %1 静默了 %2 条序列上的告警；图中显示其中 %3 条。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rule %1 was withdrawn and covers no time: shown is what it matches around %2.</source>
        <translation>规则 %1 已撤回，不覆盖任何时间：显示的是它在 %2 前后匹配的序列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule %1 covers no time of the data (%2 to %3): shown are its series at the data&apos;s end.</source>
        <translation>规则 %1 不覆盖数据的任何时间（%2 至 %3）：显示的是其序列在数据末尾的部分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 covers no time of the data (%2 to %3): shown are its series at the data&apos;s start.</source>
        <translation>规则 %1 不覆盖数据的任何时间（%2 至 %3）：显示的是其序列在数据开头的部分。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>无法写入“%1”。</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::WarehouseSnapshot</name>
    <message>
        <location filename="../views/common/warehousesnapshot.cpp" line="+15"/>
        <source>No data sources yet</source>
        <translation>尚无数据源</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n data source(s)</source>
        <translation>
            <numerusform>%n 个数据源</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, last import %2</source>
        <extracomment>%1 is &quot;N data sources&quot;, %2 a date and time</extracomment>
        <translation>%1，最近导入于 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>opsight-cli</name>
    <message>
        <location filename="../core/cli/cliprogress.cpp" line="+7"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <location filename="../core/cli/main.cpp" line="+28"/>
        <source>Import exported data files into a warehouse</source>
        <translation>将导出的数据文件导入数据仓库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write series out as OpenMetrics or CSV</source>
        <translation>将序列导出为 OpenMetrics 或 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a deterministic demo fleet</source>
        <translation>生成确定性的演示集群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log templates: parse, evaluate; a warehouse&apos;s templates, lines, merge, split</source>
        <translation>日志模板：解析、评估；数据仓库中的模板、日志行、合并、拆分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score series for anomalies; scan a warehouse; evaluate its alerts (score, nab-score, scan, evaluate)</source>
        <translation>为序列计算异常分数；扫描仓库；评估其告警（score、nab-score、scan、evaluate）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List alerts; acknowledge, silence, expire silences</source>
        <translation>列出告警；确认、静默、结束静默</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleet health and peer-group outliers</source>
        <translation>集群健康状况与同类分组离群检测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what a warehouse holds</source>
        <translation>显示数据仓库的内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the content digest of a warehouse</source>
        <translation>输出数据仓库的内容摘要</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: opsight-cli &lt;command&gt; [options]</source>
        <translation>用法：opsight-cli &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run &apos;opsight-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>运行“opsight-cli &lt;命令&gt; --help”查看该命令的选项。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
</context>
</TS>
