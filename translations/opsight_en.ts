<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Opsight::App::About</name>
    <message>
        <location filename="../app/aboutdialog.cpp" line="+24"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A desktop AIOps console for operators of large compute fleets: metrics, events, logs and workload in one local warehouse, analysed offline.</source>
        <translation>A desktop AIOps console for operators of large compute fleets: metrics, events, logs and workload in one local warehouse, analysed offline.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built with:</source>
        <translation>Built with:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Licensed under the GNU GPL, version 3 or later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Opsight</source>
        <translation>About Opsight</translation>
    </message>
</context>
<context>
    <name>Opsight::App::DemoWarehouse</name>
    <message>
        <location filename="../app/demowarehouse.cpp" line="+57"/>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>Cannot create the folder &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot move &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>Cannot move &apos;%1&apos; to &apos;%2&apos;.</translation>
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
        <translation>%1: no display found (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are all unset), so the Opsight window cannot be shown.

To run it on a virtual X display:
    xvfb-run -a %1 --demo
To run it without any display (nothing is shown; for tests and screenshots):
    QT_QPA_PLATFORM=offscreen %1 --demo
The command-line tool needs no display: opsight-cli --help
</translation>
    </message>
</context>
<context>
    <name>Opsight::App::Language</name>
    <message>
        <location filename="../app/language.cpp" line="+14"/>
        <source>System Default</source>
        <translation>System Default</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Warehouse…</source>
        <translation>&amp;Open Warehouse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Demo Warehouse</source>
        <translation>Open &amp;Demo Warehouse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Data…</source>
        <translation>&amp;Import Data…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Opsight</source>
        <translation>&amp;About Opsight</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This view cannot show the requested item.</source>
        <translation>This view cannot show the requested item.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open Warehouse</source>
        <translation>Open Warehouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opsight warehouses (*.opsight);;All files (*)</source>
        <translation>Opsight warehouses (*.opsight);;All files (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+65"/>
        <source>Cannot Open Warehouse</source>
        <translation>Cannot Open Warehouse</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1 — Opsight</source>
        <translation>%1 — Opsight</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No warehouse open</source>
        <translation>No warehouse open</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file &apos;%1&apos; no longer exists. It was removed from the recent files.</source>
        <translation>The file &apos;%1&apos; no longer exists. It was removed from the recent files.</translation>
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
        <translation>Clear Menu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Generating the demo warehouse: 50 hosts over 14 days…</source>
        <translation>Generating the demo warehouse: 50 hosts over 14 days…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo Warehouse</source>
        <translation>Demo Warehouse</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot Generate the Demo Warehouse</source>
        <translation>Cannot Generate the Demo Warehouse</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used the next time Opsight starts.</source>
        <translation>The new language is used the next time Opsight starts.</translation>
    </message>
</context>
<context>
    <name>Opsight::App::main</name>
    <message>
        <location filename="../app/main.cpp" line="+33"/>
        <source>Desktop AIOps console for large compute fleets.</source>
        <translation>Desktop AIOps console for large compute fleets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the demo warehouse (a simulated fleet of 50 hosts over 14 days).</source>
        <translation>Open the demo warehouse (a simulated fleet of 50 hosts over 14 days).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The warehouse file to open (default: the last one).</source>
        <translation>The warehouse file to open (default: the last one).</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli</name>
    <message>
        <location filename="../core/cli/simulatecommand.cpp" line="+66"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing --db FILE</source>
        <translation>missing --db FILE</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Generate a deterministic demo fleet (topology, metrics, logs, hardware events, batch jobs) with injected faults and their ground truth. The same options always give the same content digest.</source>
        <translation>Generate a deterministic demo fleet (topology, metrics, logs, hardware events, batch jobs) with injected faults and their ground truth. The same options always give the same content digest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The warehouse file (created when missing).</source>
        <translation>The warehouse file (created when missing).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of hosts (default 50).</source>
        <translation>Number of hosts (default 50).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of days (default 14).</source>
        <translation>Number of days (default 14).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed (default 1).</source>
        <translation>Random seed (default 1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First timestamp, RFC 3339 or epoch (default 2026-11-02T00:00:00Z).</source>
        <translation>First timestamp, RFC 3339 or epoch (default 2026-11-02T00:00:00Z).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric sample interval, e.g. 60s, 5m (default 60s).</source>
        <translation>Metric sample interval, e.g. 60s, 5m (default 60s).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not generate log lines.</source>
        <translation>Do not generate log lines.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not generate queues and jobs.</source>
        <translation>Do not generate queues and jobs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulate into a warehouse that already holds hosts (records merge).</source>
        <translation>Simulate into a warehouse that already holds hosts (records merge).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--seed must be a non-negative whole number, not &apos;%1&apos;</source>
        <translation>--seed must be a non-negative whole number, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--start must be an RFC 3339 time or epoch seconds after 1970, not &apos;%1&apos;</source>
        <translation>--start must be an RFC 3339 time or epoch seconds after 1970, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--interval must divide a day and lie between 10s and 1h (e.g. 60s, 5m), not &apos;%1&apos;</source>
        <translation>--interval must divide a day and lie between 10s and 1h (e.g. 60s, 5m), not &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; already holds %2 hosts; use a new file, or --force to add the simulated fleet to it</source>
        <translation>&apos;%1&apos; already holds %2 hosts; use a new file, or --force to add the simulated fleet to it</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cancelled; nothing was written</source>
        <translation>cancelled; nothing was written</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simulated %1 hosts over %2 days (seed %3) into %4: %5 samples, %6 events, %7 log lines, %8 jobs, %9 ground-truth faults in %10 s</source>
        <translation>Simulated %1 hosts over %2 days (seed %3) into %4: %5 samples, %6 events, %7 log lines, %8 jobs, %9 ground-truth faults in %10 s</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::AlertsCommand</name>
    <message>
        <location filename="../core/cli/alertscommand.cpp" line="+35"/>
        <source>The warehouse file.</source>
        <translation>The warehouse file.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 expects a time (RFC 3339 or epoch), not &apos;%2&apos;</source>
        <translation>--%1 expects a time (RFC 3339 or epoch), not &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing --%1</source>
        <translation>missing --%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stored alerts, newest first, with their state.</source>
        <translation>Stored alerts, newest first, with their state.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only alerts on series this selector matches.</source>
        <translation>Only alerts on series this selector matches.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+190"/>
        <source>SELECTOR</source>
        <translation>SELECTOR</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Start time.</source>
        <translation>Start time.</translation>
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
        <translation>End time (exclusive).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out silenced alerts.</source>
        <translation>Leave out silenced alerts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only alerts at least this severe: info, warning, error or critical.</source>
        <translation>Only alerts at least this severe: info, warning, error or critical.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--severity expects info, warning, error or critical, not &apos;%1&apos;</source>
        <translation>--severity expects info, warning, error or critical, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--to must come after --from (%1 is not after %2)</source>
        <translation>--to must come after --from (%1 is not after %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Acknowledge an alert with a comment.</source>
        <translation>Acknowledge an alert with a comment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The alert&apos;s id (alerts list).</source>
        <translation>The alert&apos;s id (alerts list).</translation>
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
        <translation>Leave out acknowledged alerts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N alerts, the newest.</source>
        <translation>At most N alerts, the newest.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--limit expects a positive whole number, not &apos;%1&apos;</source>
        <translation>--limit expects a positive whole number, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Who acknowledges.</source>
        <translation>Who acknowledges.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+70"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>What was found or done.</source>
        <translation>What was found or done.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Acknowledge every alert of its incident with it, as the console does.</source>
        <translation>Acknowledge every alert of its incident with it, as the console does.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--id expects an alert id, not &apos;%1&apos;</source>
        <translation>--id expects an alert id, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no alert %2</source>
        <translation>%1 has no alert %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alert %1 acknowledged.</source>
        <translation>Alert %1 acknowledged.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alert %1 and the %2 other alert(s) of its incident acknowledged.</source>
        <translation>Alert %1 and the %2 other alert(s) of its incident acknowledged.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It starts %1, in %2, and ends %3.</source>
        <translation>It starts %1, in %2, and ends %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It keeps %1 of the warehouse&apos;s %2 stored alerts quiet.</source>
        <translation>It keeps %1 of the warehouse&apos;s %2 stored alerts quiet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It ends %1, in %2.</source>
        <translation>It ends %1, in %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It ended %1, %2 ago: it keeps only past alerts quiet, none from now on.</source>
        <translation>It ended %1, %2 ago: it keeps only past alerts quiet, none from now on.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep alerts on matching series quiet for a while.</source>
        <translation>Keep alerts on matching series quiet for a while.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The series to silence, as a selector.</source>
        <translation>The series to silence, as a selector.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who silences.</source>
        <translation>Who silences.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why.</source>
        <translation>Why.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time (default: now).</source>
        <translation>Start time (default: now).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time.</source>
        <translation>End time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length, instead of --end.</source>
        <translation>Length, instead of --end.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record it as a maintenance window.</source>
        <translation>Record it as a maintenance window.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--match: an empty selector would silence everything</source>
        <translation>--match: an empty selector would silence everything</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>give --end T or --hours N</source>
        <translation>give --end T or --hours N</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Silence %1 on %2 until %3.</source>
        <translation>Silence %1 on %2 until %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No series matches it yet: it mutes nothing until one does.</source>
        <translation>No series matches it yet: it mutes nothing until one does.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It matches every series of the warehouse (%1): every alert stays muted until it ends.</source>
        <translation>It matches every series of the warehouse (%1): every alert stays muted until it ends.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It matches %1 of the warehouse&apos;s %2 series.</source>
        <translation>It matches %1 of the warehouse&apos;s %2 series.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Silences, maintenance windows and feedback rules.</source>
        <translation>Silences, maintenance windows and feedback rules.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include expired ones.</source>
        <translation>Include expired ones.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>[matches no series: it mutes nothing]</source>
        <translation>[matches no series: it mutes nothing]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>End a silence now, or withdraw it (it stays on record).</source>
        <translation>End a silence now, or withdraw it (it stays on record).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The silence&apos;s id.</source>
        <translation>The silence&apos;s id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End it at its start instead: every alert it muted shows again.</source>
        <translation>End it at its start instead: every alert it muted shows again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--id expects a silence id, not &apos;%1&apos;</source>
        <translation>--id expects a silence id, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Silence %1 expired.</source>
        <translation>Silence %1 expired.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>list, ack, silence, silences or expire</source>
        <translation>list, ack, silence, silences or expire</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>There is no silence %1.</source>
        <translation>There is no silence %1.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>give --end T or --hours N, not both</source>
        <translation>give --end T or --hours N, not both</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--hours expects a positive number of hours up to %1, not &apos;%2&apos;</source>
        <translation>--hours expects a positive number of hours up to %1, not &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Silence %1 withdrawn: the alerts it muted show again.</source>
        <translation>Silence %1 withdrawn: the alerts it muted show again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence %1 had not started: it is withdrawn.</source>
        <translation>Silence %1 had not started: it is withdrawn.</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::AnomalyCommand</name>
    <message>
        <location filename="../core/cli/anomalycommand.cpp" line="+124"/>
        <location line="+196"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>cannot read &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>a header with the columns timestamp and value</source>
        <translation>a header with the columns timestamp and value</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the header names the column &apos;%1&apos; a second time</source>
        <translation>the header names the column &apos;%1&apos; a second time</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 fields</source>
        <translation>%1 fields</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a timestamp (RFC 3339 or epoch)</source>
        <translation>a timestamp (RFC 3339 or epoch)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the time &apos;%1&apos; is earlier than the row before&apos;s (&apos;%2&apos;)</source>
        <translation>the time &apos;%1&apos; is earlier than the row before&apos;s (&apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time &apos;%1&apos; is the row before&apos;s too</source>
        <translation>the time &apos;%1&apos; is the row before&apos;s too</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>warning: %1; rows at the same time as the row before: %2; every row is scored in file order</source>
        <translation>warning: %1; rows at the same time as the row before: %2; every row is scored in file order</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>warning: all %n row(s) lie within the series&apos; first day (from %1, the first row&apos;s time): the detector learns it, so every score stays below the record band (0.9) and no alert fires</source>
        <translation>
            <numerusform>warning: all %n row lie within the series&apos; first day (from %1, the first row&apos;s time): the detector learns it, so every score stays below the record band (0.9) and no alert fires</numerusform>
            <numerusform>warning: all %n rows lie within the series&apos; first day (from %1, the first row&apos;s time): the detector learns it, so every score stays below the record band (0.9) and no alert fires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The series CSV.</source>
        <translation>The series CSV.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+68"/>
        <location line="+129"/>
        <location line="+123"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>The scores CSV to write.</source>
        <translation>The scores CSV to write.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing --input or --output</source>
        <translation>missing --input or --output</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>cannot write &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 samples scored in %2 s (%3 samples/s)</source>
        <translation>%1 samples scored in %2 s (%3 samples/s)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Score detector results with NAB&apos;s method (standard profile unless told): results mirror NAB&apos;s data folders (&lt;category&gt;/&lt;file&gt;.csv with an anomaly_score column).</source>
        <translation>Score detector results with NAB&apos;s method (standard profile unless told): results mirror NAB&apos;s data folders (&lt;category&gt;/&lt;file&gt;.csv with an anomaly_score column).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder of result CSVs.</source>
        <translation>Folder of result CSVs.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAB&apos;s combined_windows.json.</source>
        <translation>NAB&apos;s combined_windows.json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standard, reward_low_FP or reward_low_FN.</source>
        <translation>standard, reward_low_FP or reward_low_FN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also give each file&apos;s raw score, detected windows and false positives.</source>
        <translation>Also give each file&apos;s raw score, detected windows and false positives.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing --results or --labels</source>
        <translation>missing --results or --labels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown profile &apos;%1&apos;</source>
        <translation>unknown profile &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not JSON: %2</source>
        <translation>%1: not JSON: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: expected an anomaly_score column</source>
        <translation>%1: expected an anomaly_score column</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a window of &apos;%2&apos; has a bad timestamp</source>
        <translation>%1: a window of &apos;%2&apos; has a bad timestamp</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>NAB %1 score %2 over %3 files (%4 not in the results), threshold %5: %6 of %7 windows detected, %8 false positives</source>
        <translation>NAB %1 score %2 over %3 files (%4 not in the results), threshold %5: %6 of %7 windows detected, %8 false positives</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1  raw %2  %3 of %4 windows  %5 false positives</source>
        <translation>%1  raw %2  %3 of %4 windows  %5 false positives</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--%1 expects a time (RFC 3339 or epoch), not &apos;%2&apos;</source>
        <translation>--%1 expects a time (RFC 3339 or epoch), not &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>warning: no samples read: the warehouse holds no data</source>
        <translation>warning: no samples read: the warehouse holds no data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: no samples in the window from %1 to %2 (the warehouse&apos;s data spans %3 .. %4)</source>
        <translation>warning: no samples in the window from %1 to %2 (the warehouse&apos;s data spans %3 .. %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: no samples in the window from %1 on (the warehouse&apos;s data ends %2)</source>
        <translation>warning: no samples in the window from %1 on (the warehouse&apos;s data ends %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: no samples in the window before %1 (the warehouse&apos;s data starts %2)</source>
        <translation>warning: no samples in the window before %1 (the warehouse&apos;s data starts %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning: the selected series hold no samples (the warehouse&apos;s data spans %1 .. %2)</source>
        <translation>warning: the selected series hold no samples (the warehouse&apos;s data spans %1 .. %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score warehouse series and store their alerts (and incidents of related alerts) as events; silences apply.</source>
        <translation>Score warehouse series and store their alerts (and incidents of related alerts) as events; silences apply.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+123"/>
        <source>The warehouse file.</source>
        <translation>The warehouse file.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Series selector (default: all).</source>
        <translation>Series selector (default: all).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SELECTOR</source>
        <translation>SELECTOR</translation>
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
        <translation>Score at which an alert fires (default: the threshold of the warehouse&apos;s last full stored scan, else 0.95: a record of surprise by a 50% margin). A stored scan of every series over all time saves it.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Firing at %1, the threshold of the warehouse&apos;s last full stored scan (--fire to change)</source>
        <translation>Firing at %1, the threshold of the warehouse&apos;s last full stored scan (--fire to change)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stored at %1, not the warehouse&apos;s %2 (a scan of part of it keeps the warehouse&apos;s threshold): each alert says what it fired at (alerts list --json: fire_threshold)</source>
        <translation>Stored at %1, not the warehouse&apos;s %2 (a scan of part of it keeps the warehouse&apos;s threshold): each alert says what it fired at (alerts list --json: fire_threshold)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n of them lasted past the end of that scan&apos;s data and now end later (the same alerts: acknowledgements stay)</source>
        <translation>
            <numerusform>%n of them lasted past the end of that scan&apos;s data and now ends later (the same alert: its acknowledgement stays)</numerusform>
            <numerusform>%n of them lasted past the end of that scan&apos;s data and now end later (the same alerts: acknowledgements stay)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Precision and recall of the stored alerts against the warehouse&apos;s ground truth (a simulated fleet&apos;s injected faults), the time to detect, and both by fault kind and by host group.</source>
        <translation>Precision and recall of the stored alerts against the warehouse&apos;s ground truth (a simulated fleet&apos;s injected faults), the time to detect, and both by fault kind and by host group.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Host groups to break the figures down by: role, cluster, rack or service (default role).</source>
        <translation>Host groups to break the figures down by: role, cluster, rack or service (default role).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>left out: %1 faults of jobs and other entities no alert names; %2 alerts muted by a rule, %3 hosts&apos; parts of fleet-wide episodes (the episode&apos;s alert counts)</source>
        <translation>left out: %1 faults of jobs and other entities no alert names; %2 alerts muted by a rule, %3 hosts&apos; parts of fleet-wide episodes (the episode&apos;s alert counts)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time to detect (fault start to first alert; an alert already open counts from %1 min before): median %2, 90% within %3</source>
        <translation>time to detect (fault start to first alert; an alert already open counts from %1 min before): median %2, 90% within %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>faults by kind (detected / all, recall; time to detect: median, 90%):</source>
        <translation>faults by kind (detected / all, recall; time to detect: median, 90%):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by host %1 (faults detected / all, recall; alerts true / all, precision; time to detect: median, 90%):</source>
        <translation>by host %1 (faults detected / all, recall; alerts true / all, precision; time to detect: median, 90%):</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>score, nab-score, scan or evaluate</source>
        <translation>score, nab-score, scan or evaluate</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Start time of the alerts (the detectors learn from the 4 days before it).</source>
        <translation>Start time of the alerts (the detectors learn from the 4 days before it).</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>a finite number</source>
        <translation>a finite number</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Score a series (CSV timestamp,value) with the streaming detector; write timestamp,value,anomaly_score, one row per input row. The first day of the series is learned: no score in it reaches the record band (0.9).</source>
        <translation>Score a series (CSV timestamp,value) with the streaming detector; write timestamp,value,anomaly_score, one row per input row. The first day of the series is learned: no score in it reaches the record band (0.9).</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>warning: %1; rows earlier than the row before: %2; every row is scored in file order</source>
        <translation>warning: %1; rows earlier than the row before: %2; every row is scored in file order</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>End time (exclusive).</source>
        <translation>End time (exclusive).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count what would fire (a backtest); store nothing.</source>
        <translation>Count what would fire (a backtest); store nothing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker threads that read and score series (default: one per core).</source>
        <translation>Worker threads that read and score series (default: one per core).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+114"/>
        <source>missing --db FILE</source>
        <translation>missing --db FILE</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>--fire expects a score above %1 and at most 1, not &apos;%2&apos;</source>
        <translation>--fire expects a score above %1 and at most 1, not &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--threads expects a whole number of at least 1, not &apos;%1&apos;</source>
        <translation>--threads expects a whole number of at least 1, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--to must come after --from (%1 is not after %2)</source>
        <translation>--to must come after --from (%1 is not after %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 series, %2 samples: %3 alerts (%4 silenced), %5 incidents; %6 events added; %7 s (%8 samples/s)</source>
        <translation>%1 series, %2 samples: %3 alerts (%4 silenced), %5 incidents; %6 events added; %7 s (%8 samples/s)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fire threshold %1 saved as the warehouse&apos;s: later scans start from it</source>
        <translation>Fire threshold %1 saved as the warehouse&apos;s: later scans start from it</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n alert(s) had been stored by an earlier scan (the same series at an overlapping time) and were kept as they were</source>
        <translation>
            <numerusform>%n alert had been stored by an earlier scan (the same series at an overlapping time) and was kept as it was</numerusform>
            <numerusform>%n alert(s) had been stored by an earlier scan (the same series at an overlapping time) and were kept as they were</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n fleet-wide episode(s) (many hosts moving at once) hold %1 of the alerts, kept at info</source>
        <translation>
            <numerusform>%n fleet-wide episode (many hosts moving at once) hold %1 of the alerts, kept at info</numerusform>
            <numerusform>%n fleet-wide episodes (many hosts moving at once) hold %1 of the alerts, kept at info</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How far an alert may lie outside a fault&apos;s window (default 30).</source>
        <translation>How far an alert may lie outside a fault&apos;s window (default 30).</translation>
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
        <translation>--slack-minutes expects a whole number of minutes from 0 to %1, not &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--group-by expects one of %1, not &apos;%2&apos;</source>
        <translation>--group-by expects one of %1, not &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no ground truth (it is not a simulated fleet)</source>
        <translation>%1 has no ground truth (it is not a simulated fleet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recall %1 (%2 of %3 faults), precision %4 (%5 of %6 alerts)</source>
        <translation>recall %1 (%2 of %3 faults), precision %4 (%5 of %6 alerts)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(no host or queue)</source>
        <translation>(no host or queue)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>alerts by metric (true / all):</source>
        <translation>alerts by metric (true / all):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as an operator reads them: %1 items (%2 incidents, %3 alerts alone), precision %4 (%5 true)</source>
        <translation>as an operator reads them: %1 items (%2 incidents, %3 alerts alone), precision %4 (%5 true)</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::Commands</name>
    <message>
        <location filename="../core/cli/cliprogress.cpp" line="+102"/>
        <source>Usage: opsight-cli %1 &lt;subcommand&gt; [options]
Subcommands: %2.
&apos;opsight-cli %1 &lt;subcommand&gt; --help&apos; describes each.</source>
        <translation>Usage: opsight-cli %1 &lt;subcommand&gt; [options]
Subcommands: %2.
&apos;opsight-cli %1 &lt;subcommand&gt; --help&apos; describes each.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a subcommand: %1</source>
        <translation>expected a subcommand: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown subcommand &apos;%1&apos;; expected %2</source>
        <translation>unknown subcommand &apos;%1&apos;; expected %2</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::ExportCommand</name>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="+32"/>
        <source>Write series out in a format &apos;opsight-cli import&apos; reads back to the same warehouse content.</source>
        <translation>Write series out in a format &apos;opsight-cli import&apos; reads back to the same warehouse content.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The warehouse file.</source>
        <translation>The warehouse file.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>openmetrics or csv (default: csv when --output ends in .csv, else openmetrics).</source>
        <translation>openmetrics or csv (default: csv when --output ends in .csv, else openmetrics).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A series selector, e.g. &apos;node_load1{cluster=&quot;c1&quot;}&apos; (default: every series).</source>
        <translation>A series selector, e.g. &apos;node_load1{cluster=&quot;c1&quot;}&apos; (default: every series).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SELECTOR</source>
        <translation>SELECTOR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First time to include (RFC 3339 or epoch).</source>
        <translation>First time to include (RFC 3339 or epoch).</translation>
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
        <translation>Time to stop before (RFC 3339 or epoch).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>Write to FILE instead of standard output.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing --db FILE</source>
        <translation>missing --db FILE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown format &apos;%1&apos; (expected openmetrics or csv)</source>
        <translation>unknown format &apos;%1&apos; (expected openmetrics or csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1: expected a time (RFC 3339, epoch seconds or epoch milliseconds), found &apos;%2&apos;</source>
        <translation>--%1: expected a time (RFC 3339, epoch seconds or epoch milliseconds), found &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>cannot write &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>cannot write to standard output</source>
        <translation>cannot write to standard output</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::FleetCommand</name>
    <message>
        <location filename="../core/cli/fleetcommand.cpp" line="+41"/>
        <source>The warehouse file.</source>
        <translation>The warehouse file.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The moment to judge (default: the warehouse&apos;s last data).</source>
        <translation>The moment to judge (default: the warehouse&apos;s last data).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours of behaviour compared between peers (default 24).</source>
        <translation>Hours of behaviour compared between peers (default 24).</translation>
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
        <translation>Rows to print (default 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing --db FILE</source>
        <translation>missing --db FILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--at expects a time (RFC 3339 or epoch), not &apos;%1&apos;</source>
        <translation>--at expects a time (RFC 3339 or epoch), not &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--window-hours expects 1 to 2160, not &apos;%1&apos;</source>
        <translation>--window-hours expects 1 to 2160, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--top expects a positive number, not &apos;%1&apos;</source>
        <translation>--top expects a positive number, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Health per host (0-100) with what lowers it, rolled up to racks, clusters and roles; worst first.</source>
        <translation>Health per host (0-100) with what lowers it, rolled up to racks, clusters and roles; worst first.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Fleet health at %1 (%2 hosts)</source>
        <translation>Fleet health at %1 (%2 hosts)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1 mean %2, worst %3 (%4), %5 of %6 hosts below 60</source>
        <translation>  %1 mean %2, worst %3 (%4), %5 of %6 hosts below 60</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hosts that behave unlike their peers (same role and hardware), with the metrics that set them apart.</source>
        <translation>Hosts that behave unlike their peers (same role and hardware), with the metrics that set them apart.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 outliers among %2 hosts, %3 .. %4</source>
        <translation>%1 outliers among %2 hosts, %3 .. %4</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>health or outliers</source>
        <translation>health or outliers</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::ImportCommand</name>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="+41"/>
        <source>Import exported data files into a warehouse, all in one transaction: the first malformed record stops the import and leaves the warehouse unchanged. Importing a file again adds nothing.</source>
        <translation>Import exported data files into a warehouse, all in one transaction: the first malformed record stops the import and leaves the warehouse unchanged. Importing a file again adds nothing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The warehouse file (created when missing).</source>
        <translation>The warehouse file (created when missing).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input format: %1, or auto (guessed per file from its content, the default).</source>
        <translation>Input format: %1, or auto (guessed per file from its content, the default).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --format log: the header format, e.g. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</source>
        <translation>With --format log: the header format, e.g. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FMT</source>
        <translation>FMT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --format log: the log source name (default: the file name).</source>
        <translation>With --format log: the log source name (default: the file name).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --format log: the host of lines whose format has no host field.</source>
        <translation>With --format log: the host of lines whose format has no host field.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --format log: the year of dates that have none (default: this year).</source>
        <translation>With --format log: the year of dates that have none (default: this year).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files to import, in order.</source>
        <translation>Files to import, in order.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>INPUT...</source>
        <translation>INPUT...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing --db FILE</source>
        <translation>missing --db FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no input files given</source>
        <translation>no input files given</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format &apos;%1&apos; (expected %2 or auto)</source>
        <translation>unknown format &apos;%1&apos; (expected %2 or auto)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--year expects a year such as 2024, not &apos;%1&apos;</source>
        <translation>--year expects a year such as 2024, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format log needs --log-format FMT</source>
        <translation>--format log needs --log-format FMT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read &apos;%1&apos;</source>
        <translation>cannot read &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 log lines did not match the format; they were stored and mined whole</source>
        <translation>%1 log lines did not match the format; they were stored and mined whole</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 samples added, %2 changed, %3 unchanged; %4 series created; %5 records added, %6 updated, %7 unchanged; %8 s (%9 samples/s)</source>
        <translation>%1 samples added, %2 changed, %3 unchanged; %4 series created; %5 records added, %6 updated, %7 unchanged; %8 s (%9 samples/s)</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::InfoCommand</name>
    <message>
        <location filename="../core/cli/infocommand.cpp" line="+26"/>
        <source>The warehouse file.</source>
        <translation>The warehouse file.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing --db FILE</source>
        <translation>missing --db FILE</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show what a warehouse holds: fleet, time range, record counts, data sources.</source>
        <translation>Show what a warehouse holds: fleet, time range, record counts, data sources.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON instead of a table.</source>
        <translation>Print JSON instead of a table.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Warehouse      %1 (schema %2)</source>
        <translation>Warehouse      %1 (schema %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time range     %1 .. %2</source>
        <translation>Time range     %1 .. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time range     (empty)</source>
        <translation>Time range     (empty)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source         %1 %2 (%3 records, %4, %5)</source>
        <translation>Source         %1 %2 (%3 records, %4, %5)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print the SHA-256 digest of a warehouse&apos;s content (independent of file layout).</source>
        <translation>Print the SHA-256 digest of a warehouse&apos;s content (independent of file layout).</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::LogTemplatesCommand</name>
    <message>
        <location filename="../core/cli/logtemplatescommand.cpp" line="+30"/>
        <source>The warehouse file.</source>
        <translation>The warehouse file.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log source (default: the first by name).</source>
        <translation>The log source (default: the first by name).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the lines of this host.</source>
        <translation>Only the lines of this host.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the window (RFC 3339 or epoch).</source>
        <translation>Start of the window (RFC 3339 or epoch).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End of the window (RFC 3339 or epoch).</source>
        <translation>End of the window (RFC 3339 or epoch).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing --db FILE</source>
        <translation>missing --db FILE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 expects a time (RFC 3339 or epoch), not &apos;%2&apos;</source>
        <translation>--%1 expects a time (RFC 3339 or epoch), not &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--from and --to need each other, and --to must be later</source>
        <translation>--from and --to need each other, and --to must be later</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Templates of a log source in a window: lines, first and last seen, new, rare and alerting ones (what the log view lists).</source>
        <translation>Templates of a log source in a window: lines, first and last seen, new, rare and alerting ones (what the log view lists).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2 lines from %3 to %4</source>
        <translation>%1: %2 lines from %3 to %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rare</source>
        <translation>rare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 alerts</source>
        <translation>%1 alerts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merged into #%1</source>
        <translation>merged into #%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The stored lines of one template, in time order, with their parameters.</source>
        <translation>The stored lines of one template, in time order, with their parameters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template&apos;s id (as &apos;logs templates&apos; lists it).</source>
        <translation>The template&apos;s id (as &apos;logs templates&apos; lists it).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Lines to print (default 100).</source>
        <translation>Lines to print (default 100).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+57"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>--template expects a template id, not &apos;%1&apos;</source>
        <translation>--template expects a template id, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--limit expects a positive number, not &apos;%1&apos;</source>
        <translation>--limit expects a positive number, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 of %2 lines printed; raise --limit or narrow the window</source>
        <translation>%1 of %2 lines printed; raise --limit or narrow the window</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Count the lines of one template as another&apos;s from now on (one event the miner told apart).</source>
        <translation>Count the lines of one template as another&apos;s from now on (one event the miner told apart).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each value at one wildcard of a template its own template from now on (events the miner merged).</source>
        <translation>Give each value at one wildcard of a template its own template from now on (events the miner merged).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template&apos;s id.</source>
        <translation>The template&apos;s id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template to merge into.</source>
        <translation>The template to merge into.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which &lt;*&gt; to split at, from 1.</source>
        <translation>Which &lt;*&gt; to split at, from 1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected --source NAME --template ID --into ID</source>
        <translation>expected --source NAME --template ID --into ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected --source NAME --template ID --wildcard N</source>
        <translation>expected --source NAME --template ID --wildcard N</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: lines of #%2 count as #%3 from the next import on</source>
        <translation>%1: lines of #%2 count as #%3 from the next import on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: #%2 splits at wildcard %3 from the next import on</source>
        <translation>%1: #%2 splits at wildcard %3 from the next import on</translation>
    </message>
</context>
<context>
    <name>Opsight::Cli::LogsCommand</name>
    <message>
        <location filename="../core/cli/logscommand.cpp" line="+115"/>
        <source>Mine the templates of a log file; write one row per input line (LineId,EventId,EventTemplate,ParameterList).</source>
        <translation>Mine the templates of a log file; write one row per input line (LineId,EventId,EventTemplate,ParameterList).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Header format, e.g. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</source>
        <translation>Header format, e.g. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FMT</source>
        <translation>FMT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log file (LF or CRLF line ends).</source>
        <translation>The log file (LF or CRLF line ends).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+157"/>
        <location line="+2"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>The structured CSV to write.</source>
        <translation>The structured CSV to write.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing --%1</source>
        <translation>missing --%1</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+49"/>
        <location line="+92"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>cannot read &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Mining %1</source>
        <translation>Mining %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1:%2: the line does not match the format; mined as a whole</source>
        <translation>%1:%2: the line does not match the format; mined as a whole</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+28"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>cannot write &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&apos;%1&apos; changed while it was read; nothing written</source>
        <translation>&apos;%1&apos; changed while it was read; nothing written</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 lines in all did not match the format</source>
        <translation>%1 lines in all did not match the format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lines, %2 templates, %3 s mining (%4 lines/s)</source>
        <translation>%1 lines, %2 templates, %3 s mining (%4 lines/s)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1:1: expected columns %2 and %3 in the header</source>
        <translation>%1:1: expected columns %2 and %3 in the header</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: record %2 has %3 fields, fewer than the header</source>
        <translation>%1: record %2 has %3 fields, fewer than the header</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Score a structured CSV of &apos;logs parse&apos; against labelled lines (loghub&apos;s *_structured.csv): grouping and parsing accuracy.</source>
        <translation>Score a structured CSV of &apos;logs parse&apos; against labelled lines (loghub&apos;s *_structured.csv): grouping and parsing accuracy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV &apos;logs parse&apos; wrote.</source>
        <translation>The CSV &apos;logs parse&apos; wrote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labelled CSV (EventId, EventTemplate).</source>
        <translation>The labelled CSV (EventId, EventTemplate).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing --parsed or --truth</source>
        <translation>missing --parsed or --truth</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has %2 lines but %3 has %4: they must describe the same log</source>
        <translation>%1 has %2 lines but %3 has %4: they must describe the same log</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 lines: grouping accuracy %2, parsing accuracy %3, %4 templates for %5 true events</source>
        <translation>%1 lines: grouping accuracy %2, parsing accuracy %3, %4 templates for %5 true events</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>parse, evaluate, templates, lines, merge or split</source>
        <translation>parse, evaluate, templates, lines, merge or split</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::AlertScan</name>
    <message>
        <location filename="../core/anomaly/alertscan.cpp" line="+71"/>
        <source>Anomaly on %1</source>
        <translation>Anomaly on %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/anomaly/incidents.cpp" line="+126"/>
        <source>%n related anomalies on %1 hosts of rack %2</source>
        <translation>
            <numerusform>%n related anomaly on %1 hosts of rack %2</numerusform>
            <numerusform>%n related anomalies on %1 hosts of rack %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/anomaly/alertscan.cpp" line="+141"/>
        <source>%1 moved on %2 of %3 hosts at once</source>
        <translation>%1 moved on %2 of %3 hosts at once</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New log template: %1</source>
        <translation>New log template: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New log template on %1: %2</source>
        <translation>New log template on %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rare log template: %1</source>
        <translation>Rare log template: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rare log template on %1: %2</source>
        <translation>Rare log template on %1: %2</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Keeps alerts on %1 quiet up to a peak score of %2 and evidence of %3σ; stronger ones still fire</source>
        <translation>Keeps alerts on %1 quiet up to a peak score of %2 and evidence of %3σ; stronger ones still fire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps every alert on %1 quiet: the alert it came from was at the top of the score scale</source>
        <translation>Keeps every alert on %1 quiet: the alert it came from was at the top of the score scale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps alerts on %1 quiet up to a peak score of %2; stronger ones still fire</source>
        <translation>Keeps alerts on %1 quiet up to a peak score of %2; stronger ones still fire</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No series match %1.</source>
        <translation>No series match %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Scoring %n series</source>
        <translation>
            <numerusform>Scoring %n series</numerusform>
            <numerusform>Scoring %n series</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Storing alerts</source>
        <translation>Storing alerts</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/anomaly/incidents.cpp" line="+4"/>
        <source>%n related anomalies on %1</source>
        <translation>
            <numerusform>%n related anomalies on %1</numerusform>
            <numerusform>%n related anomalies on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Opsight::Core::AlertStore</name>
    <message>
        <location filename="../core/warehouse/alertstore.cpp" line="+40"/>
        <source>A silence needs an author.</source>
        <translation>A silence needs an author.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A silence needs a reason.</source>
        <translation>A silence needs a reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A silence must end after it starts (%1 .. %2).</source>
        <translation>A silence must end after it starts (%1 .. %2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no silence %1.</source>
        <translation>There is no silence %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Silence %1 was already withdrawn.</source>
        <translation>Silence %1 was already withdrawn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Silence %1 already ended at %2.</source>
        <translation>Silence %1 already ended at %2.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>An acknowledgement needs an author.</source>
        <translation>An acknowledgement needs an author.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no alert %1 to acknowledge.</source>
        <translation>There is no alert %1 to acknowledge.</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::Cancelled</name>
    <message>
        <location filename="../core/common/progress.cpp" line="+12"/>
        <source>Cancelled by the user.</source>
        <translation>Cancelled by the user.</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::ChunkCodec</name>
    <message>
        <location filename="../core/warehouse/chunkcodec.cpp" line="+27"/>
        <source>A metric chunk in the warehouse is corrupt.</source>
        <translation>A metric chunk in the warehouse is corrupt.</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::CsvParser</name>
    <message>
        <location filename="../core/ingest/csvparser.cpp" line="+55"/>
        <source>a header row (&apos;timestamp,metric,labels,value&apos; or &apos;timestamp,&lt;series&gt;,...&apos;)</source>
        <translation>a header row (&apos;timestamp,metric,labels,value&apos; or &apos;timestamp,&lt;series&gt;,...&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a header row starting with &apos;timestamp&apos; or &apos;time&apos;</source>
        <translation>a header row starting with &apos;timestamp&apos; or &apos;time&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a timestamp (RFC 3339, epoch seconds or epoch milliseconds)</source>
        <translation>a timestamp (RFC 3339, epoch seconds or epoch milliseconds)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a sample value (a number, NaN, +Inf or -Inf)</source>
        <translation>a sample value (a number, NaN, +Inf or -Inf)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) as in the header</source>
        <translation>
            <numerusform>%n field as in the header</numerusform>
            <numerusform>%n fields as in the header</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)</source>
        <translation>a metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a series not named by an earlier column</source>
        <translation>a series not named by an earlier column</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;,&apos; and a column per series after the time column</source>
        <translation>&apos;,&apos; and a column per series after the time column</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="+47"/>
        <source>a closing &apos;&quot;&apos; for this quoted field</source>
        <translation>a closing &apos;&quot;&apos; for this quoted field</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;,&apos; or the end of the line after a quoted field</source>
        <translation>&apos;,&apos; or the end of the line after a quoted field</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::Database</name>
    <message>
        <location filename="../core/warehouse/database.cpp" line="+53"/>
        <source>Cannot open warehouse &apos;%1&apos;: %2</source>
        <translation>Cannot open warehouse &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+111"/>
        <source>Warehouse &apos;%1&apos;: %2</source>
        <translation>Warehouse &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Warehouse &apos;%1&apos;: cannot prepare statement: %2</source>
        <translation>Warehouse &apos;%1&apos;: cannot prepare statement: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not open</source>
        <translation>not open</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::ExportJob</name>
    <message>
        <location filename="../core/ingest/exportjob.cpp" line="+100"/>
        <source>Cannot write the export: %1</source>
        <translation>Cannot write the export: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The export destination is not open for writing.</source>
        <translation>The export destination is not open for writing.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Exporting %n series</source>
        <translation>
            <numerusform>Exporting %n series</numerusform>
            <numerusform>Exporting %n series</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Opsight::Core::FleetData</name>
    <message>
        <location filename="../core/fleet/fleetdata.cpp" line="+103"/>
        <source>Deviates from its peers (%1): %2</source>
        <translation>Deviates from its peers (%1): %2</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::HostDetail</name>
    <message>
        <location filename="../core/fleet/hostdetail.cpp" line="+63"/>
        <source>The warehouse has no host &apos;%1&apos;.</source>
        <translation>The warehouse has no host &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::ImportJob</name>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="+74"/>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>Cannot open &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Cannot read &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Importing logs needs their header format (--log-format), e.g. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</source>
        <translation>Importing logs needs their header format (--log-format), e.g. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Log source &apos;%1&apos; yields many rare templates (%2 templates, %3 seen once): a variable the masking misses, or free text?</source>
        <translation>Log source &apos;%1&apos; yields many rare templates (%2 templates, %3 seen once): a variable the masking misses, or free text?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No input files to import.</source>
        <translation>No input files to import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The warehouse &apos;%1&apos; is open read-only.</source>
        <translation>The warehouse &apos;%1&apos; is open read-only.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cannot tell the format from the content; name it (one of %2).</source>
        <translation>%1: cannot tell the format from the content; name it (one of %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading %1 (file %2 of %3)</source>
        <translation>Reading %1 (file %2 of %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing to the warehouse</source>
        <translation>Writing to the warehouse</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::InventoryParser</name>
    <message>
        <location filename="../core/ingest/inventoryparser.cpp" line="+52"/>
        <source>a header row naming the columns (at least &apos;name&apos;)</source>
        <translation>a header row naming the columns (at least &apos;name&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a known column (%1)</source>
        <translation>a known column (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a column not named before</source>
        <translation>a column not named before</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a &apos;name&apos; column in the header</source>
        <translation>a &apos;name&apos; column in the header</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n field(s) as in the header</source>
        <translation>
            <numerusform>%n field as in the header</numerusform>
            <numerusform>%n fields as in the header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a host name</source>
        <translation>a host name</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a whole number of cores</source>
        <translation>a whole number of cores</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a memory size in GiB (a number)</source>
        <translation>a memory size in GiB (a number)</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::Job</name>
    <message>
        <location filename="../core/common/progress.cpp" line="+6"/>
        <source>Unexpected failure: %1</source>
        <translation>Unexpected failure: %1</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::JsonlParser</name>
    <message>
        <location filename="../core/ingest/jsonlparser.cpp" line="+173"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>%1 for field &apos;%2&apos;</source>
        <translation>%1 for field &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a time (RFC 3339 text, epoch seconds or epoch milliseconds)</source>
        <translation>a time (RFC 3339 text, epoch seconds or epoch milliseconds)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a non-empty string</source>
        <translation>a non-empty string</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>valid JSON (%1)</source>
        <translation>valid JSON (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a JSON object per line</source>
        <translation>a JSON object per line</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a known field (%1; put anything else in &apos;payload&apos;)</source>
        <translation>a known field (%1; put anything else in &apos;payload&apos;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a &apos;time&apos; field</source>
        <translation>a &apos;time&apos; field</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>a &apos;kind&apos; field</source>
        <translation>a &apos;kind&apos; field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an &apos;entity&apos; field</source>
        <translation>an &apos;entity&apos; field</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a time not before &apos;time&apos;</source>
        <translation>a time not before &apos;time&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>info, warning, error or critical</source>
        <translation>info, warning, error or critical</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::Lex</name>
    <message>
        <location filename="../core/ingest/lexutil.cpp" line="+39"/>
        <source>a label name</source>
        <translation>a label name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a label name other than __name__</source>
        <translation>a label name other than __name__</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a label name not used before in this series</source>
        <translation>a label name not used before in this series</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;=&apos; after the label name</source>
        <translation>&apos;=&apos; after the label name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a quoted label value</source>
        <translation>a quoted label value</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;&quot;&apos; closing the label value</source>
        <translation>&apos;&quot;&apos; closing the label value</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an escape \\, \&quot; or \n</source>
        <translation>an escape \\, \&quot; or \n</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;,&apos; or &apos;}&apos; after a label</source>
        <translation>&apos;,&apos; or &apos;}&apos; after a label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;,&apos; after a label</source>
        <translation>&apos;,&apos; after a label</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;{&apos;</source>
        <translation>&apos;{&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nothing after &apos;}&apos;</source>
        <translation>nothing after &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a metric name</source>
        <translation>a metric name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{&apos; or the end of the series name</source>
        <translation>&apos;{&apos; or the end of the series name</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::LogFormat</name>
    <message>
        <location filename="../core/logs/logformat.cpp" line="+31"/>
        <source>an opening &apos;(&apos; before &apos;)&apos;</source>
        <translation>an opening &apos;(&apos; before &apos;)&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;&gt;&apos; closing the field name</source>
        <translation>&apos;&gt;&apos; closing the field name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a field name inside &apos;&lt;&gt;&apos;</source>
        <translation>a field name inside &apos;&lt;&gt;&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a field name of letters, digits and &apos;_&apos; (found &apos;%1&apos;)</source>
        <translation>a field name of letters, digits and &apos;_&apos; (found &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a field name not used before (&apos;%1&apos; is)</source>
        <translation>a field name not used before (&apos;%1&apos; is)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+24"/>
        <source>&apos;)&apos; closing the group</source>
        <translation>&apos;)&apos; closing the group</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&apos;?&apos; after the group (only optional groups are supported)</source>
        <translation>&apos;?&apos; after the group (only optional groups are supported)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a character after &apos;\&apos;</source>
        <translation>a character after &apos;\&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>format:1:%1: expected %2</source>
        <translation>format:1:%1: expected %2</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>format: expected a &lt;Content&gt; field (the message to mine) in &apos;%1&apos;</source>
        <translation>format: expected a &lt;Content&gt; field (the message to mine) in &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::LogIngestor</name>
    <message>
        <location filename="../core/logs/logingestor.cpp" line="+42"/>
        <source>A log import needs a source name (--source).</source>
        <translation>A log import needs a source name (--source).</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::LogReader</name>
    <message>
        <location filename="../core/warehouse/logreader.cpp" line="+104"/>
        <source>The warehouse has no log sources; import logs with --format log first.</source>
        <translation>The warehouse has no log sources; import logs with --format log first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No log source is named &quot;%1&quot;; the warehouse has: %2.</source>
        <translation>No log source is named &quot;%1&quot;; the warehouse has: %2.</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::MetricWriter</name>
    <message>
        <location filename="../core/warehouse/metricwriter.cpp" line="+87"/>
        <source>A series needs a metric name (labels: %1).</source>
        <translation>A series needs a metric name (labels: %1).</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::OpenMetricsParser</name>
    <message>
        <location filename="../core/ingest/openmetricsparser.cpp" line="+170"/>
        <source>the end of the file after &apos;# EOF&apos;</source>
        <translation>the end of the file after &apos;# EOF&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the end of the line after &apos;# EOF&apos;</source>
        <translation>the end of the line after &apos;# EOF&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a metric name after &apos;# %1&apos;</source>
        <translation>a metric name after &apos;# %1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a space and a metric type after the metric name</source>
        <translation>a space and a metric type after the metric name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a metric type (counter, gauge, histogram, gaugehistogram, summary, info, stateset, unknown or untyped)</source>
        <translation>a metric type (counter, gauge, histogram, gaugehistogram, summary, info, stateset, unknown or untyped)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the end of the line after the metric type</source>
        <translation>the end of the line after the metric type</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>a metric name, &apos;#&apos; or an empty line</source>
        <translation>a metric name, &apos;#&apos; or an empty line</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{&apos; or a space after the metric name</source>
        <translation>&apos;{&apos; or a space after the metric name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a space after the label set</source>
        <translation>a space after the label set</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a sample value (a number, NaN, +Inf or -Inf)</source>
        <translation>a sample value (a number, NaN, +Inf or -Inf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a timestamp (offline import needs one on every sample)</source>
        <translation>a timestamp (offline import needs one on every sample)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the end of the line or an exemplar</source>
        <translation>the end of the line or an exemplar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an integer timestamp in milliseconds (Prometheus text format; OpenMetrics files end with &apos;# EOF&apos; and count seconds)</source>
        <translation>an integer timestamp in milliseconds (Prometheus text format; OpenMetrics files end with &apos;# EOF&apos; and count seconds)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a timestamp in seconds</source>
        <translation>a timestamp in seconds</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::ParseError</name>
    <message>
        <location filename="../core/ingest/parseerror.cpp" line="+18"/>
        <source>%1:%2:%3: expected %4, found %5</source>
        <translation>%1:%2:%3: expected %4, found %5</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>end of file</source>
        <translation>end of file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end of line</source>
        <translation>end of line</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::PromJsonParser</name>
    <message>
        <location filename="../core/ingest/promjsonparser.cpp" line="+181"/>
        <location line="+18"/>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>valid JSON (%1)</source>
        <translation>valid JSON (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Prometheus API response object</source>
        <translation>a Prometheus API response object</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value</source>
        <translation>a value</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;success&quot;</source>
        <translation>&quot;success&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;matrix&quot; or &quot;vector&quot;</source>
        <translation>&quot;matrix&quot; or &quot;vector&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a series object</source>
        <translation>a series object</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a string label value</source>
        <translation>a string label value</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)</source>
        <translation>a metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>label names of [a-zA-Z_][a-zA-Z0-9_]*</source>
        <translation>label names of [a-zA-Z_][a-zA-Z0-9_]*</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>float samples (native histograms are not supported)</source>
        <translation>float samples (native histograms are not supported)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>histograms</source>
        <translation>histograms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an array of [time, &quot;value&quot;] pairs</source>
        <translation>an array of [time, &quot;value&quot;] pairs</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>a [time, &quot;value&quot;] pair</source>
        <translation>a [time, &quot;value&quot;] pair</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a time in seconds (a number)</source>
        <translation>a time in seconds (a number)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a sample value as a string (&quot;1.5&quot;, &quot;NaN&quot;, &quot;+Inf&quot;)</source>
        <translation>a sample value as a string (&quot;1.5&quot;, &quot;NaN&quot;, &quot;+Inf&quot;)</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::RecordWriter</name>
    <message>
        <location filename="../core/warehouse/recordwriter.cpp" line="+129"/>
        <source>A host record needs a name.</source>
        <translation>A host record needs a name.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A queue record needs a name.</source>
        <translation>A queue record needs a name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue &apos;%1&apos; names parent queue &apos;%2&apos;, which does not exist.</source>
        <translation>Queue &apos;%1&apos; names parent queue &apos;%2&apos;, which does not exist.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A job record needs a name.</source>
        <translation>A job record needs a name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job &apos;%1&apos; names queue &apos;%2&apos;, which does not exist.</source>
        <translation>Job &apos;%1&apos; names queue &apos;%2&apos;, which does not exist.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Task &apos;%1&apos; names job &apos;%2&apos;, which does not exist.</source>
        <translation>Task &apos;%1&apos; names job &apos;%2&apos;, which does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A task of job &apos;%1&apos; has no name.</source>
        <translation>A task of job &apos;%1&apos; has no name.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Instance %1 names task &apos;%2&apos; of job &apos;%3&apos;, which does not exist.</source>
        <translation>Instance %1 names task &apos;%2&apos; of job &apos;%3&apos;, which does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance %1 of task &apos;%2&apos; ran on host &apos;%3&apos;, which does not exist.</source>
        <translation>Instance %1 of task &apos;%2&apos; ran on host &apos;%3&apos;, which does not exist.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An event needs a kind and an entity.</source>
        <translation>An event needs a kind and an entity.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A log line needs a source (line %1).</source>
        <translation>A log line needs a source (line %1).</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::Schema</name>
    <message>
        <location filename="../core/warehouse/schema.cpp" line="+226"/>
        <source>&apos;%1&apos; is an SQLite file but not an Opsight warehouse (it has no meta table).</source>
        <translation>&apos;%1&apos; is an SQLite file but not an Opsight warehouse (it has no meta table).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Warehouse &apos;%1&apos; has schema version %2, newer than this Opsight understands (%3). Use a newer Opsight.</source>
        <translation>Warehouse &apos;%1&apos; has schema version %2, newer than this Opsight understands (%3). Use a newer Opsight.</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::Selector</name>
    <message>
        <location filename="../core/warehouse/selector.cpp" line="+30"/>
        <source>the end</source>
        <translation>the end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selector:1:%1: expected %2, found %3</source>
        <translation>selector:1:%1: expected %2, found %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a quoted label value</source>
        <translation>a quoted label value</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a closing quote</source>
        <translation>a closing quote</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>selector:1:%1: invalid regular expression &apos;%2&apos; for label &apos;%3&apos;: %4</source>
        <translation>selector:1:%1: invalid regular expression &apos;%2&apos; for label &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a label name or &apos;}&apos;</source>
        <translation>a label name or &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;!=&apos; or &apos;!~&apos;</source>
        <translation>&apos;!=&apos; or &apos;!~&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;=&apos;, &apos;!=&apos;, &apos;=~&apos; or &apos;!~&apos;</source>
        <translation>&apos;=&apos;, &apos;!=&apos;, &apos;=~&apos; or &apos;!~&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; or &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the end of the selector</source>
        <translation>the end of the selector</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::Simulator</name>
    <message>
        <location filename="../core/simulate/simulator.cpp" line="+34"/>
        <source>The number of hosts must be between 1 and 200000, not %1.</source>
        <translation>The number of hosts must be between 1 and 200000, not %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of days must be between 1 and 3660, not %1.</source>
        <translation>The number of days must be between 1 and 3660, not %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample interval must divide a day and lie between 10 s and 1 h, not %1 ms.</source>
        <translation>The sample interval must divide a day and lie between 10 s and 1 h, not %1 ms.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Writing the fleet topology</source>
        <translation>Writing the fleet topology</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generating metrics, logs and hardware events</source>
        <translation>Generating metrics, logs and hardware events</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Generating the batch workload</source>
        <translation>Generating the batch workload</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recording the ground truth</source>
        <translation>Recording the ground truth</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::StoredAlert</name>
    <message>
        <location filename="../core/anomaly/storedalert.cpp" line="+31"/>
        <source>unchanged %1×longest</source>
        <translation>unchanged %1×longest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unchanged %1 h since %2 (never before over %3 h)</source>
        <translation>unchanged %1 h since %2 (never before over %3 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged %1 h since %2 (longest before: %3 h)</source>
        <translation>unchanged %1 h since %2 (longest before: %3 h)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>held %1 h above %2, the week before&apos;s 99th percentile (at %3 when its scores fell)</source>
        <translation>held %1 h above %2, the week before&apos;s 99th percentile (at %3 when its scores fell)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held %1 h below %2, the week before&apos;s 1st percentile (at %3 when its scores fell)</source>
        <translation>held %1 h below %2, the week before&apos;s 1st percentile (at %3 when its scores fell)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>spike</source>
        <translation>spike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift</source>
        <translation>shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seasonal</source>
        <translation>seasonal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range</source>
        <translation>range</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>×range</source>
        <translation>×range</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>gap</source>
        <translation>gap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape</source>
        <translation>shape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trend</source>
        <translation>trend</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+10"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>fleet-wide</source>
        <translation>fleet-wide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new template</source>
        <translation>new template</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rare template</source>
        <translation>rare template</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::TemplateControls</name>
    <message>
        <location filename="../core/logs/templatecontrols.cpp" line="+34"/>
        <source>No log source is named &quot;%1&quot;.</source>
        <translation>No log source is named &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log source &quot;%1&quot; has no stored miner state to change.</source>
        <translation>Log source &quot;%1&quot; has no stored miner state to change.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log source &quot;%1&quot; has no template #%2.</source>
        <translation>Log source &quot;%1&quot; has no template #%2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Template row %1 of &quot;%2&quot; was not mined here and cannot be changed.</source>
        <translation>Template row %1 of &quot;%2&quot; was not mined here and cannot be changed.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Template #%1 was merged into #%2; split that one instead.</source>
        <translation>Template #%1 was merged into #%2; split that one instead.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Template #%1 has %n wildcard(s); there is no wildcard %2 to split at.</source>
        <translation>
            <numerusform>Template #%1 has %n wildcard; there is no wildcard %2 to split at.</numerusform>
            <numerusform>Template #%1 has %n wildcards; there is no wildcard %2 to split at.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template #%1 cannot be split at wildcard %2 (it is already split or merged).</source>
        <translation>Template #%1 cannot be split at wildcard %2 (it is already split or merged).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A template cannot be merged into itself (#%1).</source>
        <translation>A template cannot be merged into itself (#%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template #%1 is already merged into #%2.</source>
        <translation>Template #%1 is already merged into #%2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template #%1 is merged into #%2; merge into that one instead.</source>
        <translation>Template #%1 is merged into #%2; merge into that one instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template #%1 cannot be merged into #%2.</source>
        <translation>Template #%1 cannot be merged into #%2.</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::TemplateMiner</name>
    <message>
        <location filename="../core/logs/templateminer.cpp" line="+601"/>
        <source>The stored log template state is not one this Opsight wrote.</source>
        <translation>The stored log template state is not one this Opsight wrote.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+41"/>
        <source>The stored log template state is damaged.</source>
        <translation>The stored log template state is damaged.</translation>
    </message>
</context>
<context>
    <name>Opsight::Core::Warehouse</name>
    <message>
        <location filename="../core/warehouse/warehouse.cpp" line="+18"/>
        <source>Warehouse &apos;%1&apos; does not exist.</source>
        <translation>Warehouse &apos;%1&apos; does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warehouse &apos;%1&apos; is not a file.</source>
        <translation>Warehouse &apos;%1&apos; is not a file.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not an Opsight warehouse (not an SQLite database).</source>
        <translation>&apos;%1&apos; is not an Opsight warehouse (not an SQLite database).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read warehouse &apos;%1&apos;: %2. The folder &apos;%3&apos; is not writable for this account, and a warehouse keeps its -wal and -shm files beside it: copy it to a folder you can write.</source>
        <translation>Cannot read warehouse &apos;%1&apos;: %2. The folder &apos;%3&apos; is not writable for this account, and a warehouse keeps its -wal and -shm files beside it: copy it to a folder you can write.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Warehouse &apos;%1&apos;: cannot switch to write-ahead logging (journal mode stays &apos;%2&apos;).</source>
        <translation>Warehouse &apos;%1&apos;: cannot switch to write-ahead logging (journal mode stays &apos;%2&apos;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is an empty file, not an Opsight warehouse.</source>
        <translation>&apos;%1&apos; is an empty file, not an Opsight warehouse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warehouse &apos;%1&apos; has schema version %2; open it for writing once to upgrade it to %3.</source>
        <translation>Warehouse &apos;%1&apos; has schema version %2; open it for writing once to upgrade it to %3.</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::AlertActionDialog</name>
    <message>
        <location filename="../views/timeline/alertactiondialog.cpp" line="+46"/>
        <source>Planned ahead, for the series a selector matches</source>
        <translation>Planned ahead, for the series a selector matches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alert:</source>
        <translation>Alert:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule:</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Author:</source>
        <translation>Author:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledge Alert</source>
        <translation>Acknowledge Alert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you found or are doing about it</source>
        <translation>What you found or are doing about it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Silence Alerts</source>
        <translation>Silence Alerts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Silence or Maintenance Window</source>
        <translation>New Silence or Maintenance Window</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Silence</source>
        <translation>Silence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance window</source>
        <translation>Maintenance window</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This series</source>
        <translation>This series</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This metric on this host</source>
        <translation>This metric on this host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything on this host</source>
        <translation>Everything on this host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This metric everywhere</source>
        <translation>This metric everywhere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rack=&quot;c1-r03&quot;}, {host=~&quot;c2-r01-.*&quot;}, cpu_util_percent{cluster=&quot;c1&quot;}</source>
        <translation>{rack=&quot;c1-r03&quot;}, {host=~&quot;c2-r01-.*&quot;}, cpu_util_percent{cluster=&quot;c1&quot;}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 hours</source>
        <translation>2 hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 hours</source>
        <translation>4 hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 hours</source>
        <translation>8 hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week</source>
        <translation>1 week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The work planned, a change or ticket number</source>
        <translation>The work planned, a change or ticket number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why these alerts should stay quiet</source>
        <translation>Why these alerts should stay quiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selector:</source>
        <translation>Selector:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts:</source>
        <translation>Starts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lasts:</source>
        <translation>Lasts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not an Anomaly</source>
        <translation>Not an Anomaly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this is normal for this series</source>
        <translation>Why this is normal for this series</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember for:</source>
        <translation>Remember for:</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>Acknowledge %n Alerts</source>
        <translation>
            <numerusform>Acknowledge %n Alert</numerusform>
            <numerusform>Acknowledge %n Alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1
%n alerts from %2, acknowledged together</source>
        <translation>
            <numerusform>%1
%n alert from %2, acknowledged</numerusform>
            <numerusform>%1
%n alerts from %2, acknowledged together</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give an author: actions on alerts are signed.</source>
        <translation>Give an author: actions on alerts are signed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what you found: the comment is the record.</source>
        <translation>Say what you found: the comment is the record.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason: a rule without one is a mystery later.</source>
        <translation>Give a reason: a rule without one is a mystery later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an empty selector would silence everything</source>
        <translation>an empty selector would silence everything</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It starts %1, in %2, and ends %3.</source>
        <translation>It starts %1, in %2, and ends %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>Would have kept %1 of the %2 loaded alerts quiet.</source>
        <translation>Would have kept %1 of the %2 loaded alerts quiet.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>It ends %1, in %2.</source>
        <translation>It ends %1, in %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It ended %1, %2 ago: it keeps only past alerts quiet, none from now on.</source>
        <translation>It ended %1, %2 ago: it keeps only past alerts quiet, none from now on.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selector: %1</source>
        <translation>Selector: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This alert is at the top of the score scale: alerts on this series stay quiet for %n day(s) unless their evidence is stronger than %1σ (this one&apos;s %2σ, half again).</source>
        <translation>
            <numerusform>This alert is at the top of the score scale: alerts on this series stay quiet for %n day unless their evidence is stronger than %1σ (this one&apos;s %2σ, half again).</numerusform>
            <numerusform>This alert is at the top of the score scale: alerts on this series stay quiet for %n days unless their evidence is stronger than %1σ (this one&apos;s %2σ, half again).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This alert is at the top of the score scale: every alert on this series stays quiet for %n day(s), however strong.</source>
        <translation>
            <numerusform>This alert is at the top of the score scale: every alert on this series stays quiet for %n day, however strong.</numerusform>
            <numerusform>This alert is at the top of the score scale: every alert on this series stays quiet for %n days, however strong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Alerts on this series peaking at up to %1 (this one&apos;s %2, and 0.02 more) stay quiet for %n day(s); stronger ones still fire.</source>
        <translation>
            <numerusform>Alerts on this series peaking at up to %1 (this one&apos;s %2, and 0.02 more) stay quiet for %n day; stronger ones still fire.</numerusform>
            <numerusform>Alerts on this series peaking at up to %1 (this one&apos;s %2, and 0.02 more) stay quiet for %n days; stronger ones still fire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Opsight::Views::AlertActions</name>
    <message>
        <location filename="../views/timeline/alertactions.cpp" line="+40"/>
        <source>An annotation needs a text.</source>
        <translation>An annotation needs a text.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>annotated by %1</source>
        <translation>annotated by %1</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::AlertFilterProxy</name>
    <message numerus="yes">
        <location filename="../views/timeline/alertfilterproxy.cpp" line="+69"/>
        <source>%1 (%2 of %n alert(s) shown)</source>
        <translation>
            <numerusform>%1 (%2 of %n alert shown)</numerusform>
            <numerusform>%1 (%2 of %n alerts shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Opsight::Views::AlertListModel</name>
    <message>
        <location filename="../views/timeline/alertlistmodel.cpp" line="+23"/>
        <location line="+315"/>
        <source>Silenced</source>
        <translation>Silenced</translation>
    </message>
    <message>
        <location line="-313"/>
        <location line="+315"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Flapping</source>
        <translation>Flapping</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level held</source>
        <extracomment>The alert stayed open after its scores fell: its level still stood out of range</extracomment>
        <translation>Level held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the fleet</source>
        <translation>With the fleet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(no host)</source>
        <translation>(no host)</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>%1
Peak score %2 at %3%6
Evidence: %4%5</source>
        <translation>%1
Peak score %2 at %3%6
Evidence: %4%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Acknowledged by %1: %2</source>
        <translation>
Acknowledged by %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, stored by a scan firing at %1</source>
        <translation>, stored by a scan firing at %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n alert(s) in %1</source>
        <translation>
            <numerusform>%n alert in %1</numerusform>
            <numerusform>%n alerts in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 (%n alert(s))</source>
        <translation>
            <numerusform>%1 (%n alert)</numerusform>
            <numerusform>%1 (%n alerts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 silenced</source>
        <translation>%1 of %2 silenced</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 acknowledged</source>
        <translation>%1 of %2 acknowledged</translation>
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
        <translation>The detector&apos;s view that saw the most:
spike: far from the recent median
shift: the recent mean moved
seasonal: unlike the same time on earlier days or weeks
range: beyond the values seen recently
gap: far from every recent value, between the usual ones and a few earlier outliers
shape: a pattern not seen recently
trend: a steady drift
fleet-wide: many hosts moved at once
new template, rare template: a log line never or seldom seen before
The tooltip of an alert lists every view&apos;s measure.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (UTC)</source>
        <translation>Start (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak</source>
        <translation>Peak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strongest sign</source>
        <translation>Strongest sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::AlertPanel</name>
    <message>
        <location filename="../views/timeline/alertpanel.cpp" line="+29"/>
        <source>Filter alerts by host, series or comment</source>
        <translation>Filter alerts by host, series or comment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No grouping</source>
        <translation>No grouping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By incident</source>
        <translation>By incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By host</source>
        <translation>By host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By metric</source>
        <translation>By metric</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By severity</source>
        <translation>By severity</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and worse</source>
        <translation>%1 and worse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Silenced</source>
        <translation>Silenced</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the plot only</source>
        <translation>On the plot only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List only the alerts of the series and the time the plot shows</source>
        <translation>List only the alerts of the series and the time the plot shows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With the fleet</source>
        <translation>With the fleet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list each host&apos;s alerts that are part of a fleet-wide episode</source>
        <translation>Also list each host&apos;s alerts that are part of a fleet-wide episode</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+180"/>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acknowledge…</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>&amp;Silence…</source>
        <translation>&amp;Silence…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Not an Anomaly…</source>
        <translation>&amp;Not an Anomaly…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Log Lines</source>
        <translation>Show &amp;Log Lines</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open Host</source>
        <translation>&amp;Open Host</translation>
    </message>
    <message numerus="yes">
        <location line="+163"/>
        <source>&amp;Acknowledge %n…</source>
        <translation>
            <numerusform>&amp;Acknowledge %n…</numerusform>
            <numerusform>&amp;Acknowledge %n…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 of %2 alerts shown, %3 silenced, %4 with the fleet</source>
        <translation>%1 of %2 alerts shown, %3 silenced, %4 with the fleet</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Teach the detector: alerts like this one on this series stay quiet</source>
        <translation>Teach the detector: alerts like this one on this series stay quiet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the log lines behind a log-pattern alert</source>
        <translation>Open the log lines behind a log-pattern alert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything about the alert&apos;s host: health, peers, events, jobs, logs</source>
        <translation>Everything about the alert&apos;s host: health, peers, events, jobs, logs</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>No alerts stored. Scan for anomalies to find them.</source>
        <translation>No alerts stored. Scan for anomalies to find them.</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::DataSourceModel</name>
    <message>
        <location filename="../views/overview/datasourcemodel.cpp" line="+15"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last import</source>
        <translation>Last import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File format or collector type</source>
        <translation>File format or collector type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File path or collector address</source>
        <translation>File path or collector address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When data from this source was last imported (UTC)</source>
        <translation>When data from this source was last imported (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records read from this source in its last import</source>
        <translation>Records read from this source in its last import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result of the last import</source>
        <translation>Result of the last import</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::FleetHierarchy</name>
    <message>
        <location filename="../views/fleet/fleethierarchy.cpp" line="+27"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+11"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hardware</source>
        <translation>hardware</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::FleetMapWidget</name>
    <message>
        <location filename="../views/fleet/fleetmapwidget.cpp" line="+235"/>
        <source>No hosts in this warehouse.</source>
        <translation>No hosts in this warehouse.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No host matches the filter.</source>
        <translation>No host matches the filter.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>health %1/100</source>
        <translation>health %1/100</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cluster %1 · rack %2 · role %3 · %4</source>
        <translation>cluster %1 · rack %2 · role %3 · %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scale %1 to %2 (2nd to 98th percentile of the fleet)</source>
        <translation>scale %1 to %2 (2nd to 98th percentile of the fleet)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>−%1: %2 (%3)</source>
        <translation>−%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing lowers its health</source>
        <translation>nothing lowers its health</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;Click to open the host&lt;/i&gt;</source>
        <translation>&lt;i&gt;Click to open the host&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coloured by its worst host: %1</source>
        <translation>coloured by its worst host: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>mean health %1, %n host(s) below 60</source>
        <translation>
            <numerusform>mean health %1, %n host below 60</numerusform>
            <numerusform>mean health %1, %n hosts below 60</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coloured by the mean: %1</source>
        <translation>coloured by the mean: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highest: %1</source>
        <translation>highest: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>worst host: %1</source>
        <translation>worst host: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its worst problem: %1</source>
        <translation>its worst problem: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n host(s) match the search</source>
        <translation>
            <numerusform>%n host match the search</numerusform>
            <numerusform>%n hosts match the search</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;Click to zoom in&lt;/i&gt;</source>
        <translation>&lt;i&gt;Click to zoom in&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fleet</source>
        <translation>Fleet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fleet › %1 %2</source>
        <translation>Fleet › %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet › %1 %2 › %3 %4</source>
        <translation>Fleet › %1 %2 › %3 %4</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::FleetRankings</name>
    <message>
        <location filename="../views/fleet/fleetload.cpp" line="+24"/>
        <source>The window must be longer than zero.</source>
        <translation>The window must be longer than zero.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The warehouse %1 has no metric &apos;%2&apos;.</source>
        <translation>The warehouse %1 has no metric &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst problem</source>
        <translation>Worst problem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean health</source>
        <translation>Mean health</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst health</source>
        <translation>Worst health</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unhealthy hosts</source>
        <translation>Unhealthy hosts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst host</source>
        <translation>Worst host</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2, −%3)</source>
        <translation>%1 (%2, −%3)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Double-click to zoom the map into %1 %2</source>
        <translation>Double-click to zoom the map into %1 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::FleetView</name>
    <message>
        <location filename="../views/fleet/fleetview.cpp" line="+72"/>
        <source>Cluster › rack</source>
        <translation>Cluster › rack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role › hardware</source>
        <translation>Role › hardware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster › role</source>
        <translation>Cluster › role</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+243"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Colour hosts by health, or by a metric&apos;s mean over the hour before the chosen time</source>
        <translation>Colour hosts by health, or by a metric&apos;s mean over the hour before the chosen time</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Judge health, peer outliers and the ranked lists over this window before the chosen time</source>
        <translation>Judge health, peer outliers and the ranked lists over this window before the chosen time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All hosts</source>
        <translation>All hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Find hosts by name</source>
        <translation>Find hosts by name</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n host(s) match</source>
        <translation>
            <numerusform>%n host match</numerusform>
            <numerusform>%n hosts match</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom out one level (Backspace, right-click or wheel down on the map)</source>
        <translation>Zoom out one level (Backspace, right-click or wheel down on the map)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window:</source>
        <translation>Window:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replay the fleet hour by hour</source>
        <translation>Replay the fleet hour by hour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replay: step the slider forward as each hour is shown</source>
        <translation>Replay: step the slider forward as each hour is shown</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The least healthy hosts, racks and clusters over the window, worst first</source>
        <translation>The least healthy hosts, racks and clusters over the window, worst first</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Fleet</source>
        <translation>Fleet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every host on one map, coloured by health or a metric, with a replay and the least healthy hosts, racks and clusters</source>
        <translation>Every host on one map, coloured by health or a metric, with a replay and the least healthy hosts, racks and clusters</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No warehouse is open.</source>
        <translation>No warehouse is open.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Judging the fleet at %1…</source>
        <translation>Judging the fleet at %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judging the fleet…</source>
        <translation>Judging the fleet…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: dark %2 … bright %3</source>
        <translation>%1: dark %2 … bright %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>health: blue 100 … yellow 80 … orange 70 … red 40</source>
        <translation>health: blue 100 … yellow 80 … orange 70 … red 40</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 hosts, %2 peer outliers, judged over %3</source>
        <translation>%1 hosts, %2 peer outliers, judged over %3</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (showing %2)</source>
        <translation>%1 (showing %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(none)</source>
        <translation>(none)</translation>
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
        <translation>%1 d</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
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
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start (UTC)</source>
        <translation>Start (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU (cores)</source>
        <translation>CPU (cores)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory (GiB)</source>
        <translation>Memory (GiB)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job status</source>
        <translation>Job status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First (UTC)</source>
        <translation>First (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last (UTC)</source>
        <translation>Last (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This host</source>
        <translation>This host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group median</source>
        <translation>Group median</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deviation</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 d</source>
        <translation>1 d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judge the host over the %1 before the end of the window</source>
        <translation>Judge the host over the %1 before the end of the window</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Metrics and Alerts</source>
        <translation>Metrics and Alerts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log Templates</source>
        <translation>Log Templates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One host: health and why, peers, metrics and alerts, events, jobs and log templates</source>
        <translation>One host: health and why, peers, metrics and alerts, events, jobs and log templates</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No warehouse is open.</source>
        <translation>No warehouse is open.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Finding the least healthy host…</source>
        <translation>Finding the least healthy host…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The warehouse has no hosts.</source>
        <translation>The warehouse has no hosts.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rack %1</source>
        <translation>rack %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role %1</source>
        <translation>role %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role %1 (%2)</source>
        <translation>role %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n core(s)</source>
        <translation>
            <numerusform>%1, %n core</numerusform>
            <numerusform>%1, %n cores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2, −%3)</source>
        <translation>%1 (%2, −%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&quot;color:%1; font-size:large&quot;&gt;&lt;b&gt;Health %2/100&lt;/b&gt;&lt;/span&gt; %3</source>
        <translation>&lt;span style=&quot;color:%1; font-size:large&quot;&gt;&lt;b&gt;Health %2/100&lt;/b&gt;&lt;/span&gt; %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing lowers it in this window</source>
        <translation>nothing lowers it in this window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowered by: %1</source>
        <translation>lowered by: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No peer group to compare with (too few hosts of its role and hardware).</source>
        <translation>No peer group to compare with (too few hosts of its role and hardware).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Deviates from its %1 peers&lt;/b&gt; in %2 (score %3): %4</source>
        <translation>&lt;b&gt;Deviates from its %1 peers&lt;/b&gt; in %2 (score %3): %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Behaves like its %1 peers in %2.</source>
        <translation>Behaves like its %1 peers in %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Activate to open its lines on this host</source>
        <translation>Activate to open its lines on this host</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>far from its peers</source>
        <translation>far from its peers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unusual</source>
        <translation>unusual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>typical</source>
        <translation>typical</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::ImportDialog</name>
    <message>
        <location filename="../views/importer/importdialog.cpp" line="+38"/>
        <source>Import Data</source>
        <translation>Import Data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a warehouse file, or a name for a new one</source>
        <translation>Choose a warehouse file, or a name for a new one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add Files…</source>
        <translation>Add Files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Automatic (guess from each file)</source>
        <translation>Automatic (guess from each file)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log Lines</source>
        <translation>Log Lines</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default: the file name</source>
        <translation>Default: the file name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the format has no host field</source>
        <translation>When the format has no host field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header format:</source>
        <translation>Header format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source name:</source>
        <translation>Source name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Into warehouse:</source>
        <translation>Into warehouse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Choose Files to Import</source>
        <translation>Choose Files to Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics, events, inventories and logs (*.om *.prom *.txt *.json *.jsonl *.ndjson *.csv *.log);;All files (*)</source>
        <translation>Metrics, events, inventories and logs (*.om *.prom *.txt *.json *.jsonl *.ndjson *.csv *.log);;All files (*)</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Imported %1 new samples (%2 changed, %3 already present) in %4 new series, and %5 other records (%6 updated, %7 already present), from %8.</source>
        <translation>Imported %1 new samples (%2 changed, %3 already present) in %4 new series, and %5 other records (%6 updated, %7 already present), from %8.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 log lines did not match the header format; they were stored whole.</source>
        <translation>%1 log lines did not match the header format; they were stored whole.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Import into Warehouse</source>
        <translation>Import into Warehouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opsight warehouses (*.opsight);;All files (*)</source>
        <translation>Opsight warehouses (*.opsight);;All files (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the warehouse to import into.</source>
        <translation>Choose the warehouse to import into.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one file to import.</source>
        <translation>Add at least one file to import.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>The file &apos;%1&apos; does not exist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logs need their header format, e.g. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</source>
        <translation>Logs need their header format, e.g. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling: rolling back…</source>
        <translation>Cancelling: rolling back…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Import cancelled. The warehouse is unchanged.</source>
        <translation>Import cancelled. The warehouse is unchanged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import failed, the warehouse is unchanged:
%1</source>
        <translation>Import failed, the warehouse is unchanged:
%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::ImportTask</name>
    <message>
        <location filename="../views/importer/importtask.cpp" line="+29"/>
        <source>Cannot import into &apos;%1&apos;: %2</source>
        <translation>Cannot import into &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::LogLineModel</name>
    <message>
        <location filename="../views/logs/loglinemodel.cpp" line="+62"/>
        <source>Line %1; no parameters</source>
        <translation>Line %1; no parameters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1; parameters: %2</source>
        <translation>Line %1; parameters: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::LogTemplateModel</name>
    <message>
        <location filename="../views/logs/logtemplatemodel.cpp" line="+54"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rare</source>
        <translation>Rare</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into #%1</source>
        <translation>Merged into #%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versions, oldest first (the miner generalised it as lines arrived):</source>
        <translation>Versions, oldest first (the miner generalised it as lines arrived):</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1. %2 (%n line(s))</source>
        <translation>
            <numerusform>%1. %2 (%n line)</numerusform>
            <numerusform>%1. %2 (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pinned: an operator split it from a broader template.</source>
        <translation>Pinned: an operator split it from a broader template.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An operator merged it into template #%1; new lines count there.</source>
        <translation>An operator merged it into template #%1; new lines count there.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, pinned</source>
        <translation>%1, pinned</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Over the source&apos;s whole history, on every host</source>
        <translation>Over the source&apos;s whole history, on every host</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n alert(s) on its count series in the window, found by: %1</source>
        <translation>
            <numerusform>%n alert on its count series in the window, found by: %1</numerusform>
            <numerusform>%n alerts on its count series in the window, found by: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First seen (UTC)</source>
        <translation>First seen (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen (UTC)</source>
        <translation>Last seen (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::LogView</name>
    <message>
        <location filename="../views/logs/logview.cpp" line="+99"/>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 d</source>
        <translation>1 d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 before the end of the window</source>
        <translation>The %1 before the end of the window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source&apos;s whole history</source>
        <translation>The source&apos;s whole history</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter templates</source>
        <translation>Filter templates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New, rare or alerting only</source>
        <translation>New, rare or alerting only</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Activate a line to open its host at that time</source>
        <translation>Activate a line to open its host at that time</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Find in these lines (a block id, an address, …)</source>
        <translation>Find in these lines (a block id, an address, …)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log templates of a source: counts, trends, new and rare ones, their lines</source>
        <translation>Log templates of a source: counts, trends, new and rare ones, their lines</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No warehouse is open.</source>
        <translation>No warehouse is open.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loading templates…</source>
        <translation>Loading templates…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No log template has id %1 in this warehouse.</source>
        <translation>No log template has id %1 in this warehouse.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All hosts</source>
        <translation>All hosts</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 to %2: %3 lines in %n template(s), %4 new, %5 alerting</source>
        <translation>
            <numerusform>%1 to %2: %3 lines in %n template, %4 new, %5 alerting</numerusform>
            <numerusform>%1 to %2: %3 lines in %n templates, %4 new, %5 alerting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No templates in this window.</source>
        <translation>No templates in this window.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading lines…</source>
        <translation>Loading lines…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>on every host</source>
        <translation>on every host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, containing “%2”</source>
        <translation>%1, containing “%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2: the first %3 of %4 lines; narrow the window to see the rest.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2: the first %3 of %4 lines; narrow the window to see the rest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2: %3 lines.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2: %3 lines.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show Counts on the Timeline</source>
        <translation>Show Counts on the Timeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Template</source>
        <translation>Copy Template</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge Into…</source>
        <translation>Merge Into…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One event the miner told apart: count its lines as another template&apos;s from the next import on</source>
        <translation>One event the miner told apart: count its lines as another template&apos;s from the next import on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split at Wildcard</source>
        <translation>Split at Wildcard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: after “%2”</source>
        <translation>%1: after “%2”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the start</source>
        <translation>the start</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge Template</source>
        <translation>Merge Template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines of #%1 count as this template from the next import on:</source>
        <translation>Lines of #%1 count as this template from the next import on:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lines of #%1 count as #%2 from the next import on.</source>
        <translation>Lines of #%1 count as #%2 from the next import on.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1 splits at wildcard %2 from the next import on: each value there gets its own template.</source>
        <translation>#%1 splits at wildcard %2 from the next import on: each value there gets its own template.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::OverviewView</name>
    <message>
        <location filename="../views/overview/overviewview.cpp" line="+64"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet size, time range, counts and data sources of the open warehouse</source>
        <translation>Fleet size, time range, counts and data sources of the open warehouse</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No warehouse is open</source>
        <translation>No warehouse is open</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a warehouse file, import metrics, events and logs into a new one, or explore a simulated fleet of 50 hosts over 14 days.</source>
        <translation>Open a warehouse file, import metrics, events and logs into a new one, or explore a simulated fleet of 50 hosts over 14 days.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Warehouse…</source>
        <translation>Open Warehouse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Data…</source>
        <translation>Import Data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Demo Warehouse</source>
        <translation>Open Demo Warehouse</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Fleet</source>
        <translation>Fleet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clusters:</source>
        <translation>Clusters:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Racks:</source>
        <translation>Racks:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts:</source>
        <translation>Hosts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services:</source>
        <translation>Services:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues:</source>
        <translation>Queues:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time Range (UTC)</source>
        <translation>Time Range (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First:</source>
        <translation>First:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last:</source>
        <translation>Last:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Span:</source>
        <translation>Span:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sources:</source>
        <translation>Data sources:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File size:</source>
        <translation>File size:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metric series:</source>
        <translation>Metric series:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples:</source>
        <translation>Samples:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events:</source>
        <translation>Events:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log lines:</source>
        <translation>Log lines:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log templates:</source>
        <translation>Log templates:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload and Faults</source>
        <translation>Workload and Faults</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jobs:</source>
        <translation>Jobs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks:</source>
        <translation>Tasks:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground-truth faults:</source>
        <translation>Ground-truth faults:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Data Sources</source>
        <translation>Data Sources</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read this warehouse: %1</source>
        <translation>Cannot read this warehouse: %1</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::ScanDialog</name>
    <message>
        <location filename="../views/timeline/scandialog.cpp" line="+36"/>
        <source>Scan for Anomalies</source>
        <translation>Scan for Anomalies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every series; or a selector such as {rack=&quot;r2&quot;}</source>
        <translation>Every series; or a selector such as {rack=&quot;r2&quot;}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Score at which an alert fires. A new record of surprise scores 0.9 to 1 by its margin over the previous record; higher asks for a clearer margin.</source>
        <translation>Score at which an alert fires. A new record of surprise scores 0.9 to 1 by its margin over the previous record; higher asks for a clearer margin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All of the data</source>
        <translation>All of the data</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The last %n day(s)</source>
        <translation>
            <numerusform>The last %n day</numerusform>
            <numerusform>The last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Over all of the data, each series&apos; first day is learned and fires nothing. Over the last days, the detectors learn from the %n day(s) before them, and only alerts that start inside the window count.</source>
        <translation>
            <numerusform>Over all of the data, each series&apos; first day is learned and fires nothing. Over the last days, the detectors learn from the %n day before them, and only alerts that start inside the window count.</numerusform>
            <numerusform>Over all of the data, each series&apos; first day is learned and fires nothing. Over the last days, the detectors learn from the %n days before them, and only alerts that start inside the window count.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backtest to see how often these settings would have fired, before storing anything.</source>
        <translation>Backtest to see how often these settings would have fired, before storing anything.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan and Store Alerts</source>
        <translation>Scan and Store Alerts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel Run</source>
        <translation>Cancel Run</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Series:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire at score:</source>
        <translation>Fire at score:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window:</source>
        <translation>Window:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Series: %1</source>
        <translation>Series: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cancelled; nothing was stored.</source>
        <translation>Cancelled; nothing was stored.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scan failed: %1</source>
        <translation>The scan failed: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At %1 (%2): </source>
        <translation>At %1 (%2): </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found %1 alerts on %2 of %3 series (%4 silenced), %5 incidents; stored %6 new.</source>
        <translation>Found %1 alerts on %2 of %3 series (%4 silenced), %5 incidents; stored %6 new.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of them had been stored by an earlier scan and were kept as they were.</source>
        <translation>%1 of them had been stored by an earlier scan and were kept as they were.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Would fire %1 alerts on %2 of %3 series (%4 silenced), %5 incidents.</source>
        <translation>Would fire %1 alerts on %2 of %3 series (%4 silenced), %5 incidents.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n fleet-wide episode(s) (many hosts moving at once) hold %1 of them, kept at info.</source>
        <translation>
            <numerusform>%n fleet-wide episode (many hosts moving at once) hold %1 of them, kept at info.</numerusform>
            <numerusform>%n fleet-wide episodes (many hosts moving at once) hold %1 of them, kept at info.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is this warehouse&apos;s fire threshold now: later scans and the plot start from it.</source>
        <translation>%1 is this warehouse&apos;s fire threshold now: later scans and the plot start from it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of those lasted past the end of that scan&apos;s data and now end later.</source>
        <translation>%1 of those lasted past the end of that scan&apos;s data and now end later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 alerts per day; a series is in alert %2% of the time on average.</source>
        <translation>%1 alerts per day; a series is in alert %2% of the time on average.</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::Severity</name>
    <message>
        <location filename="../views/common/severity.cpp" line="+29"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::SilenceListModel</name>
    <message>
        <location filename="../views/timeline/silencelistmodel.cpp" line="+115"/>
        <location line="+4"/>
        <source>Silence</source>
        <translation>Silence</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an anomaly</source>
        <translation>Not an anomaly</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>starts in %1; matches no series</source>
        <translation>starts in %1; matches no series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts in %1</source>
        <translation>starts in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active, %1 left; matches no series</source>
        <translation>active, %1 left; matches no series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active, %1 left</source>
        <translation>active, %1 left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No series of this warehouse matches %1: a typo, or a host or metric that is gone. It mutes nothing now; end or withdraw it, or correct it as a new silence.</source>
        <translation>No series of this warehouse matches %1: a typo, or a host or metric that is gone. It mutes nothing now; end or withdraw it, or correct it as a new silence.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no comment)</source>
        <translation>(no comment)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How many of the stored alerts this rule keeps quiet</source>
        <translation>How many of the stored alerts this rule keeps quiet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many series of the warehouse the rule matches (counted for the rules in force)</source>
        <translation>How many series of the warehouse the rule matches (counted for the rules in force)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutes</source>
        <translation>Mutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::SilencePanel</name>
    <message>
        <location filename="../views/timeline/silencepanel.cpp" line="+34"/>
        <source>Show ended and withdrawn</source>
        <translation>Show ended and withdrawn</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show on &amp;Plot</source>
        <translation>Show on &amp;Plot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plot the series the rule matches over the time it covers</source>
        <translation>Plot the series the rule matches over the time it covers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End Now…</source>
        <translation>&amp;End Now…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts from now on fire again; what the rule muted before stays muted</source>
        <translation>Alerts from now on fire again; what the rule muted before stays muted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its end moves back to its start: every alert it muted shows again</source>
        <translation>Its end moves back to its start: every alert it muted shows again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Rule…</source>
        <translation>&amp;New Rule…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A silence or maintenance window planned ahead, for any selector</source>
        <translation>A silence or maintenance window planned ahead, for any selector</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Withdraw rule %1 (%2 on %3 by %4)?</source>
        <translation>Withdraw rule %1 (%2 on %3 by %4)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End rule %1 (%2 on %3 by %4) now?</source>
        <translation>End rule %1 (%2 on %3 by %4) now?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It mutes %1 of the stored alerts. Withdrawn, it covers nothing: they show again unless another rule mutes them. It stays on record as withdrawn.</source>
        <translation>It mutes %1 of the stored alerts. Withdrawn, it covers nothing: they show again unless another rule mutes them. It stays on record as withdrawn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It mutes %1 of the stored alerts; they stay muted. Alerts from now on fire again unless another rule mutes them. It stays on record as ended.</source>
        <translation>It mutes %1 of the stored alerts; they stay muted. Alerts from now on fire again unless another rule mutes them. It stays on record as ended.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw Rule</source>
        <translation>Withdraw Rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End Rule Now</source>
        <translation>End Rule Now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;End Now</source>
        <translation>&amp;End Now</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 in force, %2 ended or withdrawn</source>
        <translation>%1 in force, %2 ended or withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in force</source>
        <translation>%1 in force</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 match no series</source>
        <translation>; %1 match no series</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::TimelineData</name>
    <message>
        <location filename="../views/timeline/timelinedata.cpp" line="+136"/>
        <source>Panel &apos;%1&apos;: %2</source>
        <translation>Panel &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::TimelinePlot</name>
    <message>
        <location filename="../views/timeline/timelineplot.cpp" line="+177"/>
        <source>Annotate the Fleet Here…</source>
        <translation>Annotate the Fleet Here…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotate %1 Here…</source>
        <translation>Annotate %1 Here…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>MMM d
HH:mm</source>
        <extracomment>The time axis&apos; tick label, a QDateTime format: day over time of day.</extracomment>
        <translation>MMM d
HH:mm</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2 of %3 series)</source>
        <translation>%1 (%2 of %3 series)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (no series match)</source>
        <translation>%1 (no series match)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Anomaly score</source>
        <translation>Anomaly score</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>held while above %1, the week before&apos;s 99th percentile</source>
        <translation>held while above %1, the week before&apos;s 99th percentile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held while below %1, the week before&apos;s 1st percentile</source>
        <translation>held while below %1, the week before&apos;s 1st percentile</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 on %2 at %3: %4</source>
        <translation>%1 on %2 at %3: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alert (%1) on %2
from %3 for %4, peak score %5
%6</source>
        <translation>Alert (%1) on %2
from %3 for %4, peak score %5
%6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learning: the detector&apos;s first day of these series, in which nothing fires</source>
        <translation>Learning: the detector&apos;s first day of these series, in which nothing fires</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 per second</source>
        <translation>%1: %2 per second</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (%1 to %2)</source>
        <translation> (%1 to %2)</translation>
    </message>
    <message>
        <location filename="../views/timeline/timelineexport.cpp" line="+57"/>
        <location filename="../views/timeline/timelineplot.cpp" line="+26"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Cannot write &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../views/timeline/timelineplot.cpp" line="-13"/>
        <source>Cannot render the plot as PNG.</source>
        <translation>Cannot render the plot as PNG.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot render the plot as PDF in &apos;%1&apos; (is the disk full?).</source>
        <translation>Cannot render the plot as PDF in &apos;%1&apos; (is the disk full?).</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::TimelineView</name>
    <message>
        <location filename="../views/timeline/timelineview.cpp" line="+143"/>
        <source>Annotate</source>
        <translation>Annotate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for %1 at %2 (signed %3):</source>
        <translation>Note for %1 at %2 (signed %3):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the fleet</source>
        <translation>the fleet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silences</source>
        <translation>Silences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silences (%1 in force)</source>
        <translation>Silences (%1 in force)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric series with their anomaly scores, alerts, silences and events on one timeline</source>
        <translation>Metric series with their anomaly scores, alerts, silences and events on one timeline</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Series selector, e.g. cpu_util_percent{host=&quot;h1&quot;}; Enter shows it</source>
        <translation>Series selector, e.g. cpu_util_percent{host=&quot;h1&quot;}; Enter shows it</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add Panel</source>
        <translation>Add Panel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the selector as another panel under the ones shown</source>
        <translation>Add the selector as another panel under the ones shown</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 d</source>
        <translation>1 d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the last %1 of the data</source>
        <translation>Show the last %1 of the data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all of the data</source>
        <translation>Show all of the data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan…</source>
        <translation>Scan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backtest thresholds, then score the warehouse&apos;s series and store the alerts</source>
        <translation>Backtest thresholds, then score the warehouse&apos;s series and store the alerts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plot as PNG…</source>
        <translation>Plot as PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot as PDF…</source>
        <translation>Plot as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data as CSV…</source>
        <translation>Data as CSV…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No warehouse is open.</source>
        <translation>No warehouse is open.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading alerts…</source>
        <translation>Loading alerts…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot read alerts: %1</source>
        <translation>Cannot read alerts: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rule Matches Nothing</source>
        <translation>Rule Matches Nothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 is saved, but no series matches %2: it mutes nothing.</source>
        <translation>Rule %1 is saved, but no series matches %2: it mutes nothing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A typo, or a host that is not in this warehouse? End or withdraw it in the Silences tab.</source>
        <translation>A typo, or a host that is not in this warehouse? End or withdraw it in the Silences tab.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading series…</source>
        <translation>Loading series…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n series, %1 points drawn</source>
        <translation>
            <numerusform>%n series, %1 points drawn</numerusform>
            <numerusform>%n series, %1 points drawn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot compute anomaly scores: %1</source>
        <translation>Cannot compute anomaly scores: %1</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not Saved</source>
        <translation>Not Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not saved.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+40"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>Acknowledged %n alert(s).</source>
        <translation>
            <numerusform>Acknowledged %n alert.</numerusform>
            <numerusform>Acknowledged %n alerts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maintenance window saved for %1, %2 to %3.</source>
        <translation>Maintenance window saved for %1, %2 to %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silence saved for %1.</source>
        <translation>Silence saved for %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback saved: alerts like this one on %1 stay quiet.</source>
        <translation>Feedback saved: alerts like this one on %1 stay quiet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1 withdrawn: the alerts it muted show again.</source>
        <translation>Rule %1 withdrawn: the alerts it muted show again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 ended: alerts from now on fire again.</source>
        <translation>Rule %1 ended: alerts from now on fire again.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Rule %1 mutes alerts on %2 series; the plot shows %3 of them.</source>
        <translation>Rule %1 mutes alerts on %2 series; the plot shows %3 of them.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rule %1 was withdrawn and covers no time: shown is what it matches around %2.</source>
        <translation>Rule %1 was withdrawn and covers no time: shown is what it matches around %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule %1 covers no time of the data (%2 to %3): shown are its series at the data&apos;s end.</source>
        <translation>Rule %1 covers no time of the data (%2 to %3): shown are its series at the data&apos;s end.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 covers no time of the data (%2 to %3): shown are its series at the data&apos;s start.</source>
        <translation>Rule %1 covers no time of the data (%2 to %3): shown are its series at the data&apos;s start.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Timeline</source>
        <translation>Export Timeline</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>Cannot write &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Opsight::Views::WarehouseSnapshot</name>
    <message>
        <location filename="../views/common/warehousesnapshot.cpp" line="+15"/>
        <source>No data sources yet</source>
        <translation>No data sources yet</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n data source(s)</source>
        <translation>
            <numerusform>%n data source</numerusform>
            <numerusform>%n data sources</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, last import %2</source>
        <extracomment>%1 is &quot;N data sources&quot;, %2 a date and time</extracomment>
        <translation>%1, last import %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Cannot read &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>opsight-cli</name>
    <message>
        <location filename="../core/cli/cliprogress.cpp" line="+7"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/cli/main.cpp" line="+28"/>
        <source>Import exported data files into a warehouse</source>
        <translation>Import exported data files into a warehouse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write series out as OpenMetrics or CSV</source>
        <translation>Write series out as OpenMetrics or CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a deterministic demo fleet</source>
        <translation>Generate a deterministic demo fleet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log templates: parse, evaluate; a warehouse&apos;s templates, lines, merge, split</source>
        <translation>Log templates: parse, evaluate; a warehouse&apos;s templates, lines, merge, split</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score series for anomalies; scan a warehouse; evaluate its alerts (score, nab-score, scan, evaluate)</source>
        <translation>Score series for anomalies; scan a warehouse; evaluate its alerts (score, nab-score, scan, evaluate)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List alerts; acknowledge, silence, expire silences</source>
        <translation>List alerts; acknowledge, silence, expire silences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleet health and peer-group outliers</source>
        <translation>Fleet health and peer-group outliers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what a warehouse holds</source>
        <translation>Show what a warehouse holds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the content digest of a warehouse</source>
        <translation>Print the content digest of a warehouse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: opsight-cli &lt;command&gt; [options]</source>
        <translation>Usage: opsight-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run &apos;opsight-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Run &apos;opsight-cli &lt;command&gt; --help&apos; for a command&apos;s options.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
</context>
</TS>
