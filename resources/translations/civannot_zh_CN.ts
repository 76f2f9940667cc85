<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjudicationView</name>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="156"/>
        <source>civannot — adjudication</source>
        <translation>civannot — 裁定</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="190"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="190"/>
        <source>Annotators</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="190"/>
        <source>Disagree</source>
        <translation>分歧</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="190"/>
        <source>Open</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="208"/>
        <source>Side by side</source>
        <translation>并排显示</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="209"/>
        <source>One column per annotator (S)</source>
        <translation>每位标注员一栏 (S)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="217"/>
        <source>gold</source>
        <translation>金标准</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="235"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="235"/>
        <source>Annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="235"/>
        <source>Reading</source>
        <translation>标注版本</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="244"/>
        <source>Tick versions (Ctrl+1…9) and press Enter to accept several</source>
        <translation>勾选版本（Ctrl+1…9），按 Enter 同时采纳多个</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="247"/>
        <source>Gold spans here; Delete removes the selected one</source>
        <translation>此处的金标准片段；按 Delete 删除所选片段</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="250"/>
        <source>Label for E…</source>
        <translation>按 E 添加时的标签…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="256"/>
        <source>Accept ticked ⏎</source>
        <translation>采纳勾选项 ⏎</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="256"/>
        <source>Accept the ticked versions</source>
        <translation>采纳勾选的版本</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="257"/>
        <source>None (0)</source>
        <translation>都不采纳 (0)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="257"/>
        <source>Nothing here in gold</source>
        <translation>此处金标准中不标注任何内容</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="259"/>
        <source>Add selection (E)</source>
        <translation>添加选中文本 (E)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="261"/>
        <source>Add the selected text as a gold span</source>
        <translation>将选中的文本添加为金标准片段</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="264"/>
        <source>Remove gold (Del)</source>
        <translation>删除金标准 (Del)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="266"/>
        <source>Remove the selected gold span</source>
        <translation>删除所选的金标准片段</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="269"/>
        <source>Copy agreed (G)</source>
        <translation>复制一致项 (G)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="271"/>
        <source>Copy what everyone agrees on into gold</source>
        <translation>将所有人一致的标注复制到金标准</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="279"/>
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="285"/>
        <source>Versions (Ctrl+digit ticks)</source>
        <translation>版本（Ctrl+数字 勾选）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="288"/>
        <source>Gold here now</source>
        <translation>此处当前的金标准</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="399"/>
        <source>No document has been completed by two annotators yet: nothing to adjudicate.</source>
        <translation>还没有文档被两位标注员完成：暂无可裁定的内容。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="454"/>
        <source>Document {doc} was not completed by two annotators: nothing to adjudicate</source>
        <translation>文档 {doc} 未被两位标注员完成：无可裁定的内容</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="482"/>
        <source>{author} on the document: {text}</source>
        <translation>{author} 对文档：{text}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="484"/>
        <source>{author} on {label} “{span}”: {text}</source>
        <translation>{author} 对 {label}“{span}”：{text}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="605"/>
        <source>Went on from the top of the list</source>
        <translation>已从列表顶部继续</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="607"/>
        <source>Went on from the bottom of the list</source>
        <translation>已从列表底部继续</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="611"/>
        <source>No further undecided disagreement</source>
        <translation>没有更多未裁定的分歧</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="613"/>
        <source>No further disagreement</source>
        <translation>没有更多分歧</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="615"/>
        <source>No earlier disagreement</source>
        <translation>前面没有分歧</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="625"/>
        <location filename="../../civannot/ui/adjudication.py" line="639"/>
        <location filename="../../civannot/ui/adjudication.py" line="653"/>
        <source>No disagreement selected (N goes to the next one)</source>
        <translation>未选中分歧（按 N 转到下一处）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="629"/>
        <source>There are {n} annotators here</source>
        <translation>此处共有 {n} 位标注员</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="634"/>
        <source>{name}'s version</source>
        <translation>{name} 的版本</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="641"/>
        <source>none</source>
        <translation>都不采纳</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="660"/>
        <source>{n} ticked versions</source>
        <translation>{n} 个勾选的版本</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="677"/>
        <source>Gold already holds {what}</source>
        <translation>金标准中已是{what}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="678"/>
        <source>Adjudicate: {what}</source>
        <translation>裁定：{what}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="683"/>
        <source>Gold: {what}</source>
        <translation>金标准：{what}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="696"/>
        <source>Every disagreement has a decision</source>
        <translation>所有分歧均已裁定</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="710"/>
        <location filename="../../civannot/ui/adjudication.py" line="736"/>
        <source>Adjudicate</source>
        <translation>裁定</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="799"/>
        <source>Gold already holds everything the annotators agree on</source>
        <translation>金标准已包含标注员一致的全部内容</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="801"/>
        <source>Adjudicate: copy agreed</source>
        <translation>裁定：复制一致项</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="803"/>
        <source>Copied {n} agreed spans and {r} relations to gold</source>
        <translation>已将 {n} 个一致片段和 {r} 个关系复制到金标准</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="807"/>
        <source>; {k} left out, gold has another span there</source>
        <translation>；{k} 个未复制，金标准在该处已有其他片段</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="825"/>
        <source>Select some text first, then press E</source>
        <translation>请先选中文本，再按 E</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="853"/>
        <source>Select a gold span in the list to remove it</source>
        <translation>请在列表中选择要删除的金标准片段</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="875"/>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="875"/>
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="898"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="898"/>
        <source>Redone</source>
        <translation>已重做</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="1006"/>
        <source>Choose a document on the left</source>
        <translation>请在左侧选择文档</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="1022"/>
        <source>disagreement {i} of {n}</source>
        <translation>第 {i} 处分歧，共 {n} 处</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="1024"/>
        <source>no disagreement here</source>
        <translation>此文档没有分歧</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="1026"/>
        <source>{n} disagreements</source>
        <translation>{n} 处分歧</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="1030"/>
        <source> · {m} agreed not yet in gold (G copies them)</source>
        <translation> · {m} 处一致项尚未进入金标准（按 G 复制）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="1036"/>
        <source>{o} open</source>
        <translation>{o} 处待定</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="1056"/>
        <source>— nothing —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="1095"/>
        <source>the relation is in gold</source>
        <translation>该关系已在金标准中</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="1096"/>
        <source>decided</source>
        <translation>已裁定</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="1096"/>
        <source>open</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="1098"/>
        <source>State: {s}, {st}</source>
        <translation>状态：{s}，{st}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="1103"/>
        <source>all agree</source>
        <translation>全部一致</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="1104"/>
        <source>some agree</source>
        <translation>部分一致</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="1105"/>
        <source>one only</source>
        <translation>仅一人</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/adjudication.py" line="1"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
</context>
<context>
    <name>AnnotatorDialog</name>
    <message>
        <location filename="../../civannot/ui/preferences.py" line="115"/>
        <source>Welcome to civannot</source>
        <translation>欢迎使用 civannot</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../civannot/ui/app.py" line="50"/>
        <source>Preparing the sample project…</source>
        <translation>正在准备示例项目…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/app.py" line="158"/>
        <source>This bundle belongs to {name}: its work goes back under that name, so the annotator cannot be changed here.</source>
        <translation>此任务包属于 {name}：其中的工作以该名字交回，因此不能在这里更换标注员。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/app.py" line="239"/>
        <source>Password for {url}:</source>
        <translation>{url} 的密码：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/app.py" line="285"/>
        <source>“{name}” cannot be an annotator name</source>
        <translation>“{name}”不能用作标注员名称</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/app.py" line="271"/>
        <source>Cannot prepare the sample project: {error}</source>
        <translation>无法准备示例项目：{error}</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../civannot/ui/article_view.py" line="150"/>
        <source>Raw text as imported — read-only. Ctrl+R returns to the clean text.</source>
        <translation>导入时的原始文本 — 只读。按 Ctrl+R 回到清洁文本。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/article_view.py" line="730"/>
        <source>manual</source>
        <translation>手工标注</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/article_view.py" line="731"/>
        <source>accepted suggestion</source>
        <translation>已采纳的建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/article_view.py" line="732"/>
        <source>adjudicated</source>
        <translation>已裁定</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/article_view.py" line="740"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; suggestion{conf} — A accepts, R rejects</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; 建议{conf} — A 采纳，R 拒绝</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/article_view.py" line="747"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; · {origin} · by {author}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; · {origin} · 标注员 {author}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/article_view.py" line="765"/>
        <source>Quality flag: {message}</source>
        <translation>质量标记：{message}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/article_view.py" line="862"/>
        <source>The raw text is read-only: switch back to the clean text to tag</source>
        <translation>原始文本为只读：请切换回清洗后的文本再标注</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/article_view.py" line="888"/>
        <source>Accept repair</source>
        <translation>采纳修复</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/article_view.py" line="890"/>
        <source>Choose another reading</source>
        <translation>选择其他读法</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/article_view.py" line="897"/>
        <source>Type the reading…</source>
        <translation>输入读法…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/article_view.py" line="901"/>
        <source>Reject repair</source>
        <translation>拒绝修复</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/article_view.py" line="904"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../../civannot/ui/confusion.py" line="38"/>
        <source>civannot — label confusion</source>
        <translation>civannot — 标签混淆</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/confusion.py" line="46"/>
        <source>Hide agreement</source>
        <translation>隐藏一致项</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/confusion.py" line="48"/>
        <source>Blank the diagonal to let the confusions stand out</source>
        <translation>清空对角线，使混淆更醒目</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/confusion.py" line="50"/>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/confusion.py" line="56"/>
        <source>Pair:</source>
        <translation>标注员对：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/confusion.py" line="71"/>
        <source>Most frequent confusions (both directions)</source>
        <translation>最常见的混淆（双向合计）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/confusion.py" line="90"/>
        <source>Comparing the annotators' spans…</source>
        <translation>正在比较标注员的片段…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/confusion.py" line="91"/>
        <source>Could not compare: {m}</source>
        <translation>无法比较：{m}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/confusion.py" line="92"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/confusion.py" line="102"/>
        <source>all pairs</source>
        <translation>所有标注员对</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/confusion.py" line="143"/>
        <source>{t} span pairs compared; same label on {a} ({p:.0%})</source>
        <translation>共比较 {t} 对片段；其中 {a} 对标签相同（{p:.0%}）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/confusion.py" line="147"/>
        <source>No two annotators completed the same document: nothing to compare</source>
        <translation>没有两位标注员完成同一文档：无可比较的内容</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="458"/>
        <source>Search the texts…</source>
        <translation>搜索正文…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="462"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="463"/>
        <source>To do</source>
        <translation>待标注</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="464"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="465"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="468"/>
        <source>Flagged only</source>
        <translation>仅显示有标记的</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="469"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="476"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="479"/>
        <source>Next hit (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="484"/>
        <source>Any label</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="486"/>
        <source>With {label}</source>
        <translation>含 {label}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="489"/>
        <source>Any annotator</source>
        <translation>任意标注员</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="491"/>
        <source>By {name}</source>
        <translation>{name} 标注过</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="495"/>
        <source>Any assignment</source>
        <translation>任意分配</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="496"/>
        <source>Assigned to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="497"/>
        <source>Assigned to nobody</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="503"/>
        <source>Any agreement</source>
        <translation>任意一致性</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="504"/>
        <source>Annotators disagree</source>
        <translation>标注员有分歧</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="505"/>
        <source>Annotators agree</source>
        <translation>标注员一致</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="694"/>
        <source>hit {i} of {n}</source>
        <translation>第 {i} 处，共 {n} 处</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civannot/ui/document_list.py" line="696"/>
        <source>%n hit(s) here</source>
        <translation>
            <numerusform>本文 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civannot/ui/document_list.py" line="710"/>
        <source>%n document(s) shown</source>
        <translation>
            <numerusform>显示 %n 篇文档</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="23"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="29"/>
        <source>Comment on the document…</source>
        <translation>评论本文档…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="60"/>
        <source>{author} on the document: {text}</source>
        <translation>{author} 对文档：{text}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="64"/>
        <source>{author} on {label} “{span}”: {text}</source>
        <translation>{author} 对 {label}“{span}”：{text}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="68"/>
        <source>No comments</source>
        <translation>暂无评论</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="71"/>
        <source>Comment on the document</source>
        <translation>评论本文档</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="85"/>
        <source>to do</source>
        <translation>待做</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="86"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="87"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="89"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="90"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="91"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="93"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="94"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="95"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="95"/>
        <source>{n} characters</source>
        <translation>{n} 字</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="98"/>
        <source>Flags</source>
        <translation>质量标记</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="99"/>
        <source>{open} open of {total}</source>
        <translation>共 {total} 个，未处理 {open} 个</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="104"/>
        <source>{spans} spans, {rels} relations · {status}</source>
        <translation>{spans} 个片段，{rels} 条关系 · {status}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/doc_panel.py" line="110"/>
        <source>last change {when}</source>
        <translation>最近修改 {when}</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="121"/>
        <source>to do</source>
        <translation>待标注</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="122"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="123"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="236"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="237"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="238"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="239"/>
        <source>My status</source>
        <translation>我的状态</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="240"/>
        <source>My spans</source>
        <translation>我的片段</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="241"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/document_list.py" line="242"/>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="42"/>
        <source>JSONL (civannot native)</source>
        <translation>JSONL（civannot 原生格式）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="43"/>
        <source>CoNLL, character BIO</source>
        <translation>CoNLL，按字 BIO</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="44"/>
        <source>CoNLL, character BIOES</source>
        <translation>CoNLL，按字 BIOES</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="45"/>
        <source>brat (.txt + .ann)</source>
        <translation>brat（.txt + .ann）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="46"/>
        <source>doccano JSONL</source>
        <translation>doccano JSONL</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="47"/>
        <source>Label Studio tasks JSON</source>
        <translation>Label Studio 任务 JSON</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="48"/>
        <source>spaCy DocBin (.spacy)</source>
        <translation>spaCy DocBin（.spacy）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="109"/>
        <source>Export training data</source>
        <translation>导出训练数据</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="131"/>
        <source>Split by document</source>
        <translation>按文档划分数据集</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="135"/>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="136"/>
        <source>dev</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="137"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="149"/>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="152"/>
        <source>Also give raw-text offsets (jsonl)</source>
        <translation>同时给出原文偏移（jsonl）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="154"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="159"/>
        <source>Replace an earlier export in that folder</source>
        <translation>覆盖该文件夹中之前的导出</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="162"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="163"/>
        <source>Layer</source>
        <translation>标注层</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="164"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="166"/>
        <source>Ratios</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="168"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="171"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="176"/>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="174"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="193"/>
        <source>The dataset card appears here after the export.</source>
        <translation>导出完成后，数据集说明卡将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="212"/>
        <source>Export into</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="251"/>
        <source>Tick at least one label</source>
        <translation>请至少勾选一个标签</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="254"/>
        <source>Choose a folder to export into</source>
        <translation>请选择导出的目标文件夹</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="262"/>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>无法创建文件夹 {folder}：{error}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="280"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="281"/>
        <source>Export failed: {m}</source>
        <translation>导出失败：{m}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/export_dialog.py" line="282"/>
        <source>Export cancelled: nothing was written</source>
        <translation>导出已取消：未写入任何文件</translation>
    </message>
</context>
<context>
    <name>GuidelinePanel</name>
    <message>
        <location filename="../../civannot/ui/guideline_panel.py" line="20"/>
        <source>This project has no guideline.</source>
        <translation>本项目没有标注规范。</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <location filename="../../civannot/ui/review.py" line="133"/>
        <source>No pairs to compare</source>
        <translation>没有可比较的标注员对</translation>
    </message>
</context>
<context>
    <name>ImportArticlesDialog</name>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="343"/>
        <source>Automatic, by file name</source>
        <translation>自动（按文件名判断）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="344"/>
        <source>Plain text (.txt)</source>
        <translation>纯文本（.txt）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="345"/>
        <source>Web pages (.html)</source>
        <translation>网页（.html）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="346"/>
        <source>civannot JSON Lines (.jsonl)</source>
        <translation>civannot 原生 JSON Lines（.jsonl）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="347"/>
        <source>Table (.csv)</source>
        <translation>表格（.csv）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="348"/>
        <source>doccano JSONL, into a layer</source>
        <translation>doccano JSONL，导入到一个标注层</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="351"/>
        <source>Label Studio JSON, into layers</source>
        <translation>Label Studio JSON，导入到标注层</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="354"/>
        <source>brat folder, into a layer</source>
        <translation>brat 文件夹，导入到一个标注层</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="360"/>
        <source>Each file is read by its name: .txt, .html, .jsonl, .csv, and .zip archives of these; folders are searched with their subfolders. Articles are normalised as they come in.</source>
        <translation>按文件扩展名读取每个文件：.txt、.html、.jsonl、.csv，以及包含这些文件的 .zip 压缩包；文件夹连同其子文件夹一并查找。文章在导入时即做规范化处理。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="366"/>
        <source>Every file is read as plain text, one article per file.</source>
        <translation>每个文件都按纯文本读取，一个文件即一篇文章。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="369"/>
        <source>The visible text of each page; navigation, scripts and forms are left out.</source>
        <translation>取每个网页的可见文字；导航栏、脚本和表单不予导入。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="373"/>
        <source>One document per line, with its layers. A bad line refuses its whole file, with the line number.</source>
        <translation>每行一篇文档，可带标注层。有一行出错，整个文件即被拒绝导入，并给出行号。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="378"/>
        <source>One article per row. The text column is found by its name (text, content, 正文, 内容…) unless you name it.</source>
        <translation>每行一篇文章。正文所在的列按列名自动查找（text、content、正文、内容…），也可以在下面指定。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="383"/>
        <source>A doccano JSONL export (or a folder of them): the annotations go into the layer below, “doccano” if left empty.</source>
        <translation>doccano 导出的 JSONL 文件（或存放这类文件的文件夹）：标注导入到下面指定的标注层，留空则为“doccano”。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="388"/>
        <source>A Label Studio JSON export (or a folder of them): one layer per annotator (completed_by), or all into the layer you name.</source>
        <translation>Label Studio 导出的 JSON 文件（或存放这类文件的文件夹）：每位标注员（completed_by）各一个标注层，或全部导入到您指定的标注层。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="393"/>
        <source>A brat folder (.txt and .ann for each document): the annotations go into the layer below, “brat” if left empty.</source>
        <translation>brat 文件夹（每篇文档一个 .txt 和一个 .ann）：标注导入到下面指定的标注层，留空则为“brat”。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="410"/>
        <source>Import articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="420"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="422"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="424"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="441"/>
        <source>found by name</source>
        <translation>按列名自动查找</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="447"/>
        <source>Files and folders:</source>
        <translation>文件和文件夹：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="453"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="454"/>
        <source>CSV text column:</source>
        <translation>CSV 正文列：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="455"/>
        <source>Layer:</source>
        <translation>标注层：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="457"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="462"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="464"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="515"/>
        <source>Articles to import</source>
        <translation>要导入的文章</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="517"/>
        <source>Articles (*.txt *.html *.htm *.jsonl *.json *.csv *.zip);;All files (*)</source>
        <translation>文章 (*.txt *.html *.htm *.jsonl *.json *.csv *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="525"/>
        <source>Folder of articles</source>
        <translation>文章所在文件夹</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="543"/>
        <source>one per annotator</source>
        <translation>每位标注员一个</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="544"/>
        <source>only for doccano, Label Studio and brat</source>
        <translation>仅用于 doccano、Label Studio 和 brat</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="555"/>
        <source>Add the files or folders to import</source>
        <translation>请添加要导入的文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="563"/>
        <source>“{name}” cannot be a layer name</source>
        <translation>“{name}”不能用作标注层名称</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="577"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="578"/>
        <source>Import failed: {m}</source>
        <translation>导入失败：{m}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="585"/>
        <source>Cancelled: the files before the stop are in the project, none after it</source>
        <translation>已取消：停止前的文件已导入项目，之后的文件均未导入</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="588"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civannot/ui/project_actions.py" line="603"/>
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>已导入 %n 篇文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civannot/ui/project_actions.py" line="604"/>
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>跳过 %n 篇重复文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civannot/ui/project_actions.py" line="605"/>
        <source>%n refused</source>
        <translation>
            <numerusform>拒绝 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civannot/ui/project_actions.py" line="606"/>
        <source>%n flagged for review</source>
        <translation>
            <numerusform>%n 篇带有待核查标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civannot/ui/project_actions.py" line="609"/>
        <source>%n layer(s) added</source>
        <translation>
            <numerusform>新增 %n 个标注层</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civannot/ui/project_actions.py" line="611"/>
        <source>%n file(s): </source>
        <translation>
            <numerusform>%n 个文件：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="611"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="616"/>
        <source>Refused (nothing of these files was written)</source>
        <translation>拒绝导入（这些文件的内容均未写入）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="617"/>
        <source>Flagged for review (open them from the list with “Flagged only”)</source>
        <translation>带有待核查标记（可在文档列表中勾选“仅显示有标记的”打开）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="619"/>
        <source>Encodings guessed</source>
        <translation>推测的文件编码</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="621"/>
        <source>Duplicates skipped (same text already in the project)</source>
        <translation>跳过的重复文档（项目中已有相同文本）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="623"/>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="624"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civannot/ui/project_actions.py" line="641"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="647"/>
        <source>Cancelled: the files after the stop were not read</source>
        <translation>已取消：停止之后的文件未被读取</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="70"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="73"/>
        <source>Tagging</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="77"/>
        <source>Spans and relations</source>
        <translation>片段与关系</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="82"/>
        <source>Guideline</source>
        <translation>标注规范</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="85"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="97"/>
        <source>Annotator: {name}</source>
        <translation>标注员：{name}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="98"/>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="167"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="168"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="169"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="170"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="171"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="181"/>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="188"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="192"/>
        <location filename="../../civannot/ui/main_window.py" line="335"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="194"/>
        <location filename="../../civannot/ui/main_window.py" line="340"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="199"/>
        <source>Mark done and open &amp;next</source>
        <translation>标记完成并打开下一篇(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="204"/>
        <source>Delete span</source>
        <translation>删除片段</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="206"/>
        <source>Accept suggestion</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="209"/>
        <source>Reject suggestion</source>
        <translation>拒绝建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="213"/>
        <source>Accept all suggestions of this label</source>
        <translation>采纳该标签的全部建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="217"/>
        <source>Next suggestion</source>
        <translation>下一条建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="218"/>
        <source>Previous suggestion</source>
        <translation>上一条建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="219"/>
        <source>Link selected span…</source>
        <translation>为所选片段建立关系…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="221"/>
        <source>Select sentence at caret</source>
        <translation>选中光标所在句子</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="224"/>
        <source>Select clause at caret</source>
        <translation>选中光标所在分句</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="227"/>
        <source>Find in texts</source>
        <translation>在正文中查找</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="229"/>
        <source>Next hit</source>
        <translation>下一处匹配</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="231"/>
        <source>Previous hit</source>
        <translation>上一处匹配</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="235"/>
        <source>Label all occurrences…</source>
        <translation>标注所有出现…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="244"/>
        <source>Show &amp;raw text</source>
        <translation>显示原始文本(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="252"/>
        <source>Larger text (Ctrl+wheel up)</source>
        <translation>放大文字（Ctrl+滚轮向上）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="258"/>
        <source>Smaller text (Ctrl+wheel down)</source>
        <translation>缩小文字（Ctrl+滚轮向下）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="262"/>
        <source>Normal text size</source>
        <translation>默认文字大小</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="263"/>
        <source>Show relation &amp;arcs</source>
        <translation>显示关系弧线(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="273"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="277"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="278"/>
        <source>&amp;About civannot</source>
        <translation>关于 civannot(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="322"/>
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="333"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销(&amp;U) {what}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="338"/>
        <source>&amp;Redo {what}</source>
        <translation>重做(&amp;R) {what}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="346"/>
        <source>Done {done} of {total}</source>
        <translation>已完成 {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="360"/>
        <source>Mark done</source>
        <translation>标为完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civannot/ui/main_window.py" line="363"/>
        <source>%n suggestion(s) in this document are still open. Mark it done anyway?</source>
        <translation>
            <numerusform>本文档还有 %n 条建议未处理。仍然标为完成吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="370"/>
        <source>Don't ask again</source>
        <translation>不再询问</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="391"/>
        <source>Every document in the list is done</source>
        <translation>列表中的文档已全部完成</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="414"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="416"/>
        <source>civannot projects (*.civ *.civannot *.db *.sqlite);;All files (*)</source>
        <translation>civannot 项目 (*.civ *.civannot *.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="426"/>
        <source>tag the selection with that label, or relabel the selected span</source>
        <translation>用该标签标注所选文字，或为所选片段改标签</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="428"/>
        <source>Ctrl+label key</source>
        <translation>Ctrl+标签键</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="428"/>
        <source>tag, widened to whole words</source>
        <translation>标注并扩展到完整词语</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="429"/>
        <source>tag the sentence at the caret as DIRECTIVE</source>
        <translation>将光标所在句子标为 DIRECTIVE</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="430"/>
        <source>select the sentence / clause at the caret</source>
        <translation>选中光标所在句子 / 分句</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="431"/>
        <source>Click</source>
        <translation>单击</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="431"/>
        <source>select a span (click again for a nested one)</source>
        <translation>选中片段（再次单击选中嵌套片段）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="432"/>
        <source>delete the selected span, or reject the selected suggestion</source>
        <translation>删除所选片段，或拒绝所选建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="433"/>
        <source>move the end of the selected span</source>
        <translation>移动所选片段的结束位置</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="434"/>
        <source>move the start of the selected span</source>
        <translation>移动所选片段的起始位置</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="435"/>
        <source>accept / reject the selected suggestion</source>
        <translation>采纳 / 拒绝所选建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="436"/>
        <source>accept all suggestions of the selected label</source>
        <translation>采纳所选标签的全部建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="437"/>
        <source>next / previous suggestion</source>
        <translation>下一条 / 上一条建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="438"/>
        <source>link the selected span, then click the other end</source>
        <translation>从所选片段建立关系，再单击另一端</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="439"/>
        <source>show or hide the relation arcs (click an arc to select it)</source>
        <translation>显示或隐藏关系弧线（单击弧线可选中关系）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="442"/>
        <source>link with {name}</source>
        <translation>建立 {name} 关系</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="447"/>
        <source>cancel linking, clear the selection</source>
        <translation>取消建立关系，清除选择</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="448"/>
        <source>undo / redo</source>
        <translation>撤销 / 重做</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="449"/>
        <source>mark done and open the next document</source>
        <translation>标记完成并打开下一篇文档</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="450"/>
        <source>search the texts</source>
        <translation>搜索正文</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="451"/>
        <source>next / previous hit in the document</source>
        <translation>文档中的下一处 / 上一处匹配</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="452"/>
        <source>label all occurrences of the selected span or the search</source>
        <translation>标注所选片段或搜索文本的所有出现</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="460"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="468"/>
        <source>About civannot</source>
        <translation>关于 civannot</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="469"/>
        <source>civannot {version}: annotation of Chinese local-government news.</source>
        <translation>civannot {version}：中国地方政府新闻标注工具。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="1"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="1"/>
        <source>Not connected to the server</source>
        <translation>未连接到服务器</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/main_window.py" line="1"/>
        <source>The server cannot be reached, so these changes are not saved:
{names}

Close anyway and lose them?</source>
        <translation>无法连接服务器，以下修改尚未保存：
{names}

仍要关闭并丢弃这些修改吗？</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="187"/>
        <location filename="../../civannot/ui/project_actions.py" line="252"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="191"/>
        <source>Folder and file name of the new project (.civ)</source>
        <translation>新项目的文件夹和文件名（.civ）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="192"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="198"/>
        <source>Optional; the window title shows it</source>
        <translation>可选；显示在窗口标题中</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="200"/>
        <source>Default label schema</source>
        <translation>默认标注方案</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="201"/>
        <source>Label schema from a JSON file:</source>
        <translation>使用 JSON 文件中的标注方案：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="208"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="226"/>
        <source>Create and open</source>
        <translation>创建并打开</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="229"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="237"/>
        <source>Project file:</source>
        <translation>项目文件：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="238"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="254"/>
        <source>civannot projects (*.civ);;All files (*)</source>
        <translation>civannot 项目 (*.civ);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="262"/>
        <source>Label schema</source>
        <translation>标注方案</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="262"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="277"/>
        <source>choose the schema's JSON file</source>
        <translation>请选择标注方案的 JSON 文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civannot/ui/project_actions.py" line="294"/>
        <source>%n label(s): {labels}</source>
        <translation>
            <numerusform>%n 个标签：{labels}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="315"/>
        <source>Give the new project a file name</source>
        <translation>请为新项目指定文件名</translation>
    </message>
</context>
<context>
    <name>OccurrencesDialog</name>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="44"/>
        <source>Label all occurrences</source>
        <translation>标注所有出现</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="49"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="55"/>
        <source>This document</source>
        <translation>本文档</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="56"/>
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="57"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="63"/>
        <source>Tick all free</source>
        <translation>勾选全部可标注项</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="64"/>
        <source>Untick all</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="65"/>
        <location filename="../../civannot/ui/occurrences.py" line="197"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="67"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="73"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="74"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="78"/>
        <source>Where</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="114"/>
        <source>Type the text to find</source>
        <translation>请输入要查找的文本</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="146"/>
        <source>(already {label})</source>
        <translation>（已是 {label}）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="148"/>
        <source>(overlaps {span})</source>
        <translation>（与 {span} 重叠）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="188"/>
        <source>{n} occurrence(s) in {d} document(s): {f} free, {t} ticked</source>
        <translation>{d} 篇文档中共 {n} 处：{f} 处可标注，已勾选 {t} 处</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/occurrences.py" line="197"/>
        <source>Apply ({n})</source>
        <translation>应用（{n}）</translation>
    </message>
</context>
<context>
    <name>PreannotateDialog</name>
    <message>
        <source>Rules only: leave the trained model out (to compare with it)</source>
        <translation>仅用规则：不使用已训练的模型（用于对比）</translation>
    </message>
    <message>
        <source>Rules only, as chosen: the trained model was left out.</source>
        <translation>按所选仅用规则：未使用已训练的模型。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="673"/>
        <location filename="../../civannot/ui/project_actions.py" line="717"/>
        <source>Pre-annotate</source>
        <translation>预标注</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="686"/>
        <source>Suggestions are written into the “{layer}” layer, where annotators accept or reject them. Running again replaces the earlier suggestions of the chosen documents; the annotators' layers and gold are not touched. This is not an edit in your undo history: Undo still takes back your own edits as before, and does not remove suggestions.</source>
        <translation>建议写入“{layer}”标注层，由标注员逐条采纳或拒绝。再次运行会替换所选文档原有的建议；标注员的标注层和金标准不受影响。预标注不会计入您的撤销记录：“撤销”仍像之前一样撤回您自己的修改，不会删除建议。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civannot/ui/project_actions.py" line="696"/>
        <source>All documents (%n)</source>
        <translation>
            <numerusform>全部文档（%n 篇）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="702"/>
        <source>The open document: {title}</source>
        <translation>当前打开的文档：{title}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="704"/>
        <source>The open document (none is open)</source>
        <translation>当前打开的文档（未打开任何文档）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civannot/ui/project_actions.py" line="708"/>
        <source>The documents shown in the list (%n)</source>
        <translation>
            <numerusform>列表中显示的文档（%n 篇）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="720"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="753"/>
        <source>The project has no documents yet: import articles first</source>
        <translation>项目中还没有文档：请先导入文章</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="771"/>
        <source>Pre-annotating…</source>
        <translation>正在预标注…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="772"/>
        <source>Pre-annotation failed: {m}</source>
        <translation>预标注失败：{m}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="778"/>
        <source>Cancelled: no suggestion was written</source>
        <translation>已取消：未写入任何建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="781"/>
        <source>Pre-annotation finished</source>
        <translation>预标注完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civannot/ui/project_actions.py" line="784"/>
        <source>%n suggestion(s) written in {docs} document(s), with {rels} relation(s).</source>
        <translation>
            <numerusform>已在 {docs} 篇文档中写入 %n 条建议，含 {rels} 个关系。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civannot/ui/project_actions.py" line="791"/>
        <source>Used the dictionary learned from the annotators' layers (%n entries).</source>
        <translation>
            <numerusform>已使用从标注员标注层中学到的词典（%n 个词条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>With the trained {model}.</source>
        <translation>已使用训练好的{model}。</translation>
    </message>
    <message>
        <source>Rules only: no trained model (Tools → Train model…).</source>
        <translation>仅用规则：尚无训练好的模型（工具 → 训练模型…）。</translation>
    </message>
    <message>
        <source>Rules switched off for this project: {rules}</source>
        <translation>本项目已停用的规则：{rules}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../civannot/ui/preferences.py" line="40"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/preferences.py" line="44"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/preferences.py" line="53"/>
        <source>Annotator name:</source>
        <translation>标注员名称：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/preferences.py" line="54"/>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/preferences.py" line="61"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/preferences.py" line="64"/>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/preferences.py" line="67"/>
        <source>Article text size:</source>
        <translation>正文文字大小：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/preferences.py" line="69"/>
        <source>Your changes are stored under the annotator name.</source>
        <translation>您的所有修改都以该标注员名称保存。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/preferences.py" line="85"/>
        <source>Give a name.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/preferences.py" line="86"/>
        <source>“auto” and “gold” are reserved layer names.</source>
        <translation>“auto”和“gold”是保留的层名称。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/preferences.py" line="87"/>
        <source>Use letters, digits, spaces, . - _ or @ (at most 64).</source>
        <translation>只能使用字母、数字、空格、. - _ 或 @（最多 64 个字符）。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/preferences.py" line="98"/>
        <source>A bundle's work goes back to the lead under {name}</source>
        <translation>任务包中的工作以 {name} 的名义交回负责人</translation>
    </message>
</context>
<context>
    <name>RelationList</name>
    <message>
        <location filename="../../civannot/ui/relation_list.py" line="118"/>
        <source>Spans in this document</source>
        <translation>本文档中的片段</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/relation_list.py" line="125"/>
        <source>Link from selected (L)</source>
        <translation>从所选片段建立关系 (L)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/relation_list.py" line="127"/>
        <source>Link the selected span to this span</source>
        <translation>将所选片段与此片段建立关系</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/relation_list.py" line="128"/>
        <source>Link</source>
        <translation>建立关系</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/relation_list.py" line="129"/>
        <source>Relations</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/relation_list.py" line="132"/>
        <source>Remove relation</source>
        <translation>删除关系</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/relation_list.py" line="133"/>
        <source>Accept relation</source>
        <translation>采纳关系</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/relation_list.py" line="207"/>
        <source>{head} → {tail}  ({type}, suggested)</source>
        <translation>{head} → {tail}  （{type}，建议）</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../civannot/ui/review.py" line="245"/>
        <source>civannot — agreement review</source>
        <translation>civannot — 一致性审查</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="263"/>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="270"/>
        <source>Heat map:</source>
        <translation>热力图：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="272"/>
        <source>Bars for:</source>
        <translation>柱状图对象：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="290"/>
        <source>Annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="291"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="292"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="293"/>
        <source>To do</source>
        <translation>待标注</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="294"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="306"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="307"/>
        <source>Annotators</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="308"/>
        <source>Disagreements</source>
        <translation>分歧</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="309"/>
        <source>Open</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="310"/>
        <source>F1 exact</source>
        <translation>F1（精确匹配）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="322"/>
        <source>Double-click (or Enter) to adjudicate the document</source>
        <translation>双击（或按 Enter）裁定该文档</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="324"/>
        <source>Pairwise agreement</source>
        <translation>两两一致性</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="327"/>
        <source>Per label</source>
        <translation>按标签</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="335"/>
        <source>Progress per annotator</source>
        <translation>各标注员进度</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="338"/>
        <source>Documents by disagreement (double-click to adjudicate)</source>
        <translation>按分歧排序的文档（双击进行裁定）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="372"/>
        <source>Computing agreement…</source>
        <translation>正在计算一致性…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="373"/>
        <source>Could not compute agreement: {m}</source>
        <translation>无法计算一致性：{m}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="374"/>
        <source>Cancelled; press Recompute to start again</source>
        <translation>已取消；按“重新计算”重新开始</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="388"/>
        <source>{d} documents completed by two or more of {n} annotators · Fleiss' κ {f} · Krippendorff's α {a} · {o} documents with open disagreements</source>
        <translation>{n} 位标注员中至少两位完成的文档共 {d} 篇 · Fleiss κ {f} · Krippendorff α {a} · {o} 篇文档仍有待定分歧</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="405"/>
        <source>all pairs (mean)</source>
        <translation>所有标注员对（平均）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="434"/>
        <source>mean over pairs</source>
        <translation>各对平均</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="437"/>
        <source>Undefined (no bar): {items}</source>
        <translation>无定义（无柱）：{items}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="1"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="1"/>
        <source>No comments on {doc}</source>
        <translation>{doc} 没有评论</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="1"/>
        <source>Pick a document to read its comments</source>
        <translation>选择一篇文档以查看其评论</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="1"/>
        <source>{author} on the document: {text}</source>
        <translation>{author} 对文档：{text}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="1"/>
        <source>{author} on {label} “{span}”: {text}</source>
        <translation>{author} 对 {label}“{span}”：{text}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="47"/>
        <source>Add {0} “{1}”</source>
        <translation>添加 {0} “{1}”</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="48"/>
        <source>Remove {0} “{1}”</source>
        <translation>删除 {0} “{1}”</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="49"/>
        <source>Remove {0} spans</source>
        <translation>删除 {0} 个片段</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="52"/>
        <source>Relabel “{0}” {1} → {2}</source>
        <translation>改标 “{0}” {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="54"/>
        <source>Resize {0} to “{1}”</source>
        <translation>调整 {0} 为 “{1}”</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="55"/>
        <source>Link “{0}” {1} “{2}”</source>
        <translation>关联 “{0}” {1} “{2}”</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="56"/>
        <source>Unlink {0}</source>
        <translation>删除关系 {0}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="57"/>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="58"/>
        <source>Comment on the span</source>
        <translation>评论该片段</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="61"/>
        <source>Comment on the document</source>
        <translation>评论本文档</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="65"/>
        <source>Remove the comment on the span</source>
        <translation>删除对该片段的评论</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="69"/>
        <source>Remove the comment on the document</source>
        <translation>删除对本文档的评论</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="73"/>
        <source>The comment already says this</source>
        <translation>评论内容没有变化</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="77"/>
        <source>Label {0} occurrences as {1}</source>
        <translation>将 {0} 处标为 {1}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="79"/>
        <source>Mark in progress</source>
        <translation>标记为进行中</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="80"/>
        <source>Mark to do</source>
        <translation>标记为待标注</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="81"/>
        <source>Accept repair “{0}”</source>
        <translation>采纳修复 “{0}”</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="82"/>
        <source>Reject repair “{0}”</source>
        <translation>拒绝修复 “{0}”</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="83"/>
        <source>Repair “{0}” → “{1}”</source>
        <translation>修复 “{0}” → “{1}”</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="86"/>
        <source>Accept all {0} suggestions ({1})</source>
        <translation>采纳全部 {0} 建议（{1} 条）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="90"/>
        <source>Accept {0} suggestions</source>
        <translation>采纳 {0} 条建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="92"/>
        <source>Accept {0} “{1}”</source>
        <translation>采纳 {0} “{1}”</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="93"/>
        <source>Reject {0} “{1}”</source>
        <translation>拒绝 {0} “{1}”</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="96"/>
        <source>{0} “{1}” would overlap {2} “{3}”: entities do not overlap</source>
        <translation>{0} “{1}”与 {2} “{3}”重叠：实体片段不能重叠</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="102"/>
        <source>{0} “{1}” would overlap {2} “{3}”: directives do not overlap</source>
        <translation>{0} “{1}”与 {2} “{3}”重叠：指示片段不能重叠</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="108"/>
        <source>This {0} is already there</source>
        <translation>此处已有该 {0}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="112"/>
        <source>The span is already {0}</source>
        <translation>该片段已是 {0}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="116"/>
        <source>The span already has these bounds</source>
        <translation>该片段的范围未改变</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="120"/>
        <source>{0} goes from {1} to {2}, not from {3} to {4}</source>
        <translation>{0} 从 {1} 指向 {2}，不能从 {3} 指向 {4}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="122"/>
        <source>{0} is already there</source>
        <translation>{0} 关系已存在</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="125"/>
        <source>The suggestion overlaps one of your spans</source>
        <translation>该建议与你的某个片段重叠</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="127"/>
        <source>Already accepted</source>
        <translation>已经采纳</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="130"/>
        <source>“{0}” does not fit the damaged bytes: after the lost first byte the source had {1}</source>
        <translation>“{0}”与受损字节不符：丢失的首字节之后，原文的字节是 {1}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="137"/>
        <source>“{0}” cannot be written in GBK, the encoding the damaged bytes came from</source>
        <translation>“{0}”无法用 GBK 编码写出，而受损字节正来自 GBK</translation>
    </message>
    <message>
        <source>Accept suggestions of rules with precision ≥ {0}</source>
        <translation>采纳精确率 ≥ {0} 的规则的建议</translation>
    </message>
    <message>
        <source>No suggestion here comes from a rule with a precision of {0} or more</source>
        <translation>本文档中没有来自精确率 ≥ {0} 的规则的建议</translation>
    </message>
    <message>
        <source>The precision threshold must be between 0 and 1, not {0}</source>
        <translation>精确率阈值必须在 0 到 1 之间，而不是 {0}</translation>
    </message>
</context>
<context>
    <name>TaggingPanel</name>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="37"/>
        <source>Type the reading</source>
        <translation>输入读法</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="38"/>
        <source>The right characters for “{damaged}” (checked against the damaged bytes):</source>
        <translation>“{damaged}”的正确文字（将与受损字节核对）：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="77"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="107"/>
        <source>Selected span</source>
        <translation>所选片段</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="109"/>
        <location filename="../../civannot/ui/tagging_panel.py" line="214"/>
        <source>Nothing selected</source>
        <translation>未选中任何内容</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="120"/>
        <source>Delete (Del)</source>
        <translation>删除 (Del)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="123"/>
        <source>Comment…</source>
        <translation>评论…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="130"/>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="133"/>
        <source>Previous (P)</source>
        <translation>上一条 (P)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="134"/>
        <source>Next (N)</source>
        <translation>下一条 (N)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="135"/>
        <source>Accept (A)</source>
        <translation>采纳 (A)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="136"/>
        <source>Reject (R)</source>
        <translation>拒绝 (R)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="138"/>
        <source>Accept all of this label (Shift+A)</source>
        <translation>采纳该标签的全部建议 (Shift+A)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="153"/>
        <source>Quality flags</source>
        <translation>质量标记</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="163"/>
        <source>Accept</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="164"/>
        <source>Choose another…</source>
        <translation>选择其他…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="165"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="166"/>
        <source>Type…</source>
        <translation>输入…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="168"/>
        <source>Type the right reading when none offered is right</source>
        <translation>所给读法都不对时，输入正确的读法</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="201"/>
        <source>{mine} tagged, {sugg} suggested</source>
        <translation>已标注 {mine} 个，建议 {sugg} 个</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civannot/ui/tagging_panel.py" line="203"/>
        <source>%n open suggestion(s)</source>
        <translation>
            <numerusform>%n 条待处理建议</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="218"/>
        <source>suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="220"/>
        <source>by {author}</source>
        <translation>标注员 {author}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="244"/>
        <source>Comment on the span</source>
        <translation>评论该片段</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="255"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="256"/>
        <source>accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="257"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tagging_panel.py" line="258"/>
        <source>other reading chosen</source>
        <translation>已选其他读法</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../civannot/ui/tasks.py" line="105"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tasks.py" line="136"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/tasks.py" line="152"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="301"/>
        <source>Only your own spans take a comment</source>
        <translation>只能评论自己的片段</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="332"/>
        <source>No hit in this document</source>
        <translation>本文档中没有匹配</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="361"/>
        <source>Tagged {n} occurrence(s) as {label}</source>
        <translation>已将 {n} 处标为 {label}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="363"/>
        <source>; {m} refused (overlap)</source>
        <translation>；{m} 处因重叠被拒绝</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="450"/>
        <source>No such suggested relation</source>
        <translation>没有这条建议关系</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="483"/>
        <source>Accept the suggestion before linking it</source>
        <translation>请先采纳该建议再建立关系</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="529"/>
        <source>Nothing to tag: the selection is only spaces or marks</source>
        <translation>无可标注内容：所选仅为空格或标点</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="548"/>
        <source>No sentence at the caret</source>
        <translation>光标处没有句子</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="555"/>
        <source>This schema has no directive label</source>
        <translation>此标注方案没有指示类标签</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="569"/>
        <source>Select some text or a span first</source>
        <translation>请先选中文字或片段</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="580"/>
        <source>The span is already {label}</source>
        <translation>该片段已是 {label}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="591"/>
        <source>A suggested relation goes when one of its ends does</source>
        <translation>建议关系会随其任一端点一起消失</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="594"/>
        <source>No span selected</source>
        <translation>未选中片段</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="604"/>
        <source>Select one of your spans to resize it</source>
        <translation>请选中您自己的片段再调整范围</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="612"/>
        <source>A span keeps at least one character</source>
        <translation>片段至少保留一个字符</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="626"/>
        <source>No suggestion selected (N jumps to the next one)</source>
        <translation>未选中建议（按 N 跳到下一条）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="651"/>
        <source>Select a suggestion to accept all of its label</source>
        <translation>请选中一条建议以采纳其标签的全部建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="657"/>
        <source>No open {label} suggestion in this document</source>
        <translation>本文档中没有待处理的 {label} 建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="670"/>
        <source>No open suggestion in this document</source>
        <translation>本文档中没有待处理的建议</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="688"/>
        <source>Select one of your spans to link from</source>
        <translation>请选中您自己的片段作为关系起点</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="694"/>
        <source>No relation starts at {label}</source>
        <translation>没有以 {label} 为起点的关系</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="698"/>
        <source>Link: click the span it points to (Esc cancels)</source>
        <translation>建立关系：单击目标片段（Esc 取消）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="719"/>
        <source>Only your own spans can be linked</source>
        <translation>只能为您自己的片段建立关系</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="730"/>
        <source>No relation goes from {head} to {tail}</source>
        <translation>没有从 {head} 指向 {tail} 的关系</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="788"/>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="790"/>
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="1"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/workspace.py" line="1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>lead</name>
    <message>
        <location filename="../../civannot/ui/lead.py" line="94"/>
        <source>Agreement review…</source>
        <translation>一致性审查…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/lead.py" line="99"/>
        <source>Adjudicate…</source>
        <translation>裁定…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/lead.py" line="103"/>
        <source>Label confusion…</source>
        <translation>标签混淆…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/lead.py" line="110"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>learning</name>
    <message>
        <source>Precision threshold for accepting…</source>
        <translation>采纳所用的精确率阈值…</translation>
    </message>
    <message>
        <source>Precision threshold for accepting</source>
        <translation>采纳所用的精确率阈值</translation>
    </message>
    <message>
        <source>Accept the suggestions of rules whose precision against gold is at least (%):</source>
        <translation>采纳以金标准评估的精确率不低于此值（%）的规则的建议：</translation>
    </message>
    <message>
        <source>This bundle carries no measured precision of the rules (its project had no gold when it was made, or it was made by an older civannot): nothing accepted</source>
        <translation>此任务包未附带规则的精确率（制作时其项目尚无金标准，或由旧版 civannot 制作）：未采纳任何建议</translation>
    </message>
    <message>
        <source>A bundle is an annotator&apos;s copy: the lead trains the model and switches rules in the project itself</source>
        <translation>任务包是标注员的副本：模型训练和规则开关由负责人在项目本身中进行</translation>
    </message>
    <message>
        <source>Against:</source>
        <translation>评估依据：</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>金标准</translation>
    </message>
    <message>
        <source>done documents of {name}</source>
        <translation>{name} 已完成的文档</translation>
    </message>
    <message>
        <source>done documents of all annotators</source>
        <translation>所有标注员已完成的文档</translation>
    </message>
    <message>
        <source>Measuring the rules against the done documents of {names}…</source>
        <translation>正在以 {names} 已完成的文档评估规则…</translation>
    </message>
    <message>
        <source>{n} done documents of {names}.</source>
        <translation>{names} 已完成的文档 {n} 篇。</translation>
    </message>
    <message>
        <source>No done documents of {names} to measure the rules against; the switches work without them.</source>
        <translation>{names} 没有已完成的文档，无法评估规则；规则开关照常可用。</translation>
    </message>
    <message>
        <source>Could not measure the rules: {m}</source>
        <translation>无法评估规则：{m}</translation>
    </message>
    <message>
        <source>Measuring the rules against gold; the suggestions are accepted when it is done</source>
        <translation>正在以金标准评估规则；评估完成后即采纳建议</translation>
    </message>
    <message>
        <source>No annotated documents in gold to measure the rules&apos; precision against: nothing accepted (adjudicate gold first)</source>
        <translation>金标准中没有已标注的文档，无法评估规则的精确率：未采纳任何建议（请先裁定金标准）</translation>
    </message>
    <message>
        <source>No annotated documents in gold to measure the rules against (adjudicate gold first); the switches work without it.</source>
        <translation>金标准中没有已标注的文档，无法评估规则（请先裁定金标准）；规则开关照常可用。</translation>
    </message>
    <message>
        <source>No annotated documents in {sources}: adjudicate gold, or mark an annotator&apos;s documents done</source>
        <translation>{sources} 中没有已标注的文档：请先裁定金标准，或将标注员的文档标为已完成</translation>
    </message>
    <message>
        <source>No annotated documents to train on: adjudicate some gold first</source>
        <translation>没有可用于训练的已标注文档：请先裁定一些金标准</translation>
    </message>
    <message>
        <source>Off skips</source>
        <translation>关闭后跳过</translation>
    </message>
    <message>
        <source>The work that is not done when the rule is off: a step of the rules runs while any rule of its is on</source>
        <translation>规则关闭后不再执行的工作：规则的某一步骤只要还有一条规则开启就会运行</translation>
    </message>
    <message>
        <source>Not run now (every rule of theirs off): {steps}</source>
        <translation>当前未运行的步骤（其规则全部关闭）：{steps}</translation>
    </message>
    <message>
        <source>{n} not run</source>
        <translation>{n} 个未运行</translation>
    </message>
    <message>
        <source>Off: these steps are not run now: {steps}</source>
        <translation>已关闭：以下步骤当前未运行：{steps}</translation>
    </message>
    <message>
        <source>Off, but its steps still run for other rules that are on</source>
        <translation>已关闭，但其步骤仍为其他开启的规则运行</translation>
    </message>
    <message>
        <source>With the whole family {family} off: {steps}</source>
        <translation>整个 {family} 规则族关闭时跳过：{steps}</translation>
    </message>
    <message>
        <source>Switching the family {family} off skips no step either</source>
        <translation>关闭整个 {family} 规则族也不会跳过任何步骤</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 个步骤</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} 个步骤</translation>
    </message>
    <message>
        <source>Switching it off skips: {steps}</source>
        <translation>关闭后跳过：{steps}</translation>
    </message>
    <message>
        <source>with {family}: {n}</source>
        <translation>随 {family}：{n}</translation>
    </message>
    <message>
        <source>Switching it off alone skips no work: other rules of its steps are on</source>
        <translation>单独关闭不省工作：其步骤中还有其他规则开启</translation>
    </message>
    <message>
        <source>Switching it off skips no work: its steps make other labels too</source>
        <translation>关闭不省工作：其步骤还产生其他标签</translation>
    </message>
    <message>
        <source>Train model</source>
        <translation>训练模型</translation>
    </message>
    <message>
        <source>Learn from (gold, and done documents of annotators):</source>
        <translation>学习来源（金标准，以及标注员已完成的文档）：</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Choose at least one source</source>
        <translation>请至少选择一个来源</translation>
    </message>
    <message>
        <source>Training… the window stays usable</source>
        <translation>正在训练…窗口仍可使用</translation>
    </message>
    <message>
        <source>Training failed: {m}</source>
        <translation>训练失败：{m}</translation>
    </message>
    <message>
        <source>Training cancelled; nothing stored</source>
        <translation>训练已取消，未保存任何内容</translation>
    </message>
    <message>
        <source>Model version {v} stored; pre-annotate to use it</source>
        <translation>已保存模型第 {v} 版；重新预标注即可使用</translation>
    </message>
    <message>
        <source>No learning curve yet</source>
        <translation>尚无学习曲线</translation>
    </message>
    <message>
        <source>Rules and model</source>
        <translation>规则与模型</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>重新评估</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Precision %</source>
        <translation>精确率 %</translation>
    </message>
    <message>
        <source>Recall %</source>
        <translation>召回率 %</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金标准</translation>
    </message>
    <message>
        <source>Rules F1</source>
        <translation>规则 F1</translation>
    </message>
    <message>
        <source>Model F1</source>
        <translation>模型 F1</translation>
    </message>
    <message>
        <source>Both F1</source>
        <translation>合并 F1</translation>
    </message>
    <message>
        <source>+Corrections F1</source>
        <translation>+学习修正 F1</translation>
    </message>
    <message>
        <source>Learned correction</source>
        <translation>学到的规则修正</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>改对</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>改错</translation>
    </message>
    <message>
        <source>Measuring the rules against gold…</source>
        <translation>正在用金标准评估规则…</translation>
    </message>
    <message>
        <source>{n} documents of gold.</source>
        <translation>金标准文档 {n} 篇。</translation>
    </message>
    <message>
        <source>{rule} switched {state}; pre-annotate to apply</source>
        <translation>规则 {rule} 已{state}；重新预标注后生效</translation>
    </message>
    <message>
        <source>on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Train model…</source>
        <translation>训练模型…</translation>
    </message>
    <message>
        <source>Rules and model…</source>
        <translation>规则与模型…</translation>
    </message>
    <message>
        <source>Accept suggestions of rules with precision ≥ {p:.0%}</source>
        <translation>采纳精确率 ≥ {p:.0%} 的规则的建议</translation>
    </message>
    <message>
        <source>Next document by uncertainty</source>
        <translation>按不确定性选择下一篇</translation>
    </message>
    <message>
        <source>Accepted {n} suggestions of rules with precision ≥ {p:.0%} (one undo step)</source>
        <translation>已采纳精确率 ≥ {p:.0%} 的规则的 {n} 条建议（可一步撤销）</translation>
    </message>
    <message>
        <source>training documents</source>
        <translation>训练文档数</translation>
    </message>
    <message>
        <source>micro F1 (held out)</source>
        <translation>微平均 F1（留出集）</translation>
    </message>
    <message>
        <source>None kept: no correction beat the rules out of fold</source>
        <translation>未保留：没有一条修正在交叉验证中胜过规则</translation>
    </message>
    <message>
        <source>No uncertainty scores yet: train a model (Tools → Train model…) and pre-annotate; until then the list's order</source>
        <translation>尚无不确定度分数：请先训练模型（工具 → 训练模型…）并重新预标注；在此之前按列表顺序</translation>
    </message>
    <message>
        <source>The model is equally sure of every document: the list's order</source>
        <translation>模型对每篇文档的把握相同：按列表顺序</translation>
    </message>
    <message>
        <source>Next document: the one the model is least sure of</source>
        <translation>下一篇：模型最没有把握的文档</translation>
    </message>
    <message>
        <source>No uncertainty scores yet: pre-annotate with the trained model (Tools → Pre-annotate…); until then the list's order</source>
        <translation>尚无不确定度分数：请用训练好的模型预标注（工具 → 预标注…）；在此之前按列表顺序</translation>
    </message>
</context>
<context>
    <name>project_actions</name>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="863"/>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="869"/>
        <source>Import a&amp;rticles…</source>
        <translation>导入文章(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="875"/>
        <source>Pre-&amp;annotate…</source>
        <translation>预标注(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/project_actions.py" line="896"/>
        <source>A bundle is an annotator's copy: the lead creates projects, imports and pre-annotates in the project itself</source>
        <translation>任务包是标注员的副本：新建项目、导入和预标注由负责人在项目本身中进行</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../civannot/ui/review.py" line="43"/>
        <source>Cohen's κ</source>
        <translation>Cohen κ</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="44"/>
        <source>F1 exact</source>
        <translation>F1（精确匹配）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/review.py" line="45"/>
        <source>F1 overlap</source>
        <translation>F1（重叠匹配）</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <location filename="../../civannot/ui/team.py" line="58"/>
        <source>civannot bundles (*.civ);;All files (*)</source>
        <translation>civannot 任务包 (*.civ);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="70"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="146"/>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="147"/>
        <source>Assign documents</source>
        <translation>分配文档</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="149"/>
        <source>alice, bob, chen</source>
        <translation>张三, 李四, 王五</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="161"/>
        <source>Annotators (comma-separated):</source>
        <translation>标注员（以逗号分隔）：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="164"/>
        <source>Share of documents for two or more:</source>
        <translation>多人重复标注的文档比例：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="167"/>
        <source>Annotators per shared document:</source>
        <translation>每篇重复文档的标注人数：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="169"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="171"/>
        <source>Documents already assigned stay where they are; only new documents are placed. Unstarted work of someone left out of the list goes to the others.</source>
        <translation>已分配的文档保持不变，只分配新文档。不在名单中的标注员尚未开始的工作将分给其他人。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="194"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="195"/>
        <source>Export bundles</source>
        <translation>导出任务包</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="201"/>
        <source>{name} ({n} documents)</source>
        <translation>{name}（{n} 篇文档）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="210"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="215"/>
        <source>Annotators:</source>
        <translation>标注员：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="216"/>
        <source>Into folder:</source>
        <translation>导出到文件夹：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="219"/>
        <source>No document is assigned yet: use File → Assign… first.</source>
        <translation>尚未分配任何文档：请先使用“文件 → 分配…”。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="227"/>
        <source>Folder for the bundles</source>
        <translation>任务包所在文件夹</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="242"/>
        <source>tick at least one annotator</source>
        <translation>请至少勾选一位标注员</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="255"/>
        <source>Send each file to its annotator. They open it with civannot and send the same file back; import it with File → Import bundles…</source>
        <translation>请将每个文件发给对应的标注员。标注员用 civannot 打开并完成后，将同一文件发回；再通过“文件 → 导入任务包…”导入。</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="266"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="267"/>
        <source>Import bundles</source>
        <translation>导入任务包</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="271"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="273"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="279"/>
        <source>Bundles:</source>
        <translation>任务包：</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="282"/>
        <source>annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="283"/>
        <source>documents done</source>
        <translation>已完成文档</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="284"/>
        <source>spans added</source>
        <translation>新增片段</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="285"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="286"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="287"/>
        <source>conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="307"/>
        <source>Returned bundles</source>
        <translation>交回的任务包</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="321"/>
        <source>add the bundle files that came back</source>
        <translation>请添加交回的任务包文件</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="332"/>
        <source>Import {n} bundle(s)</source>
        <translation>导入 {n} 个任务包</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="364"/>
        <location filename="../../civannot/ui/team.py" line="411"/>
        <source>Return bundle</source>
        <translation>交回任务包</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="369"/>
        <source>&lt;p&gt;Your work is saved in this bundle file. Send this file back to the project lead as it is (e-mail, shared drive, USB stick):&lt;/p&gt;&lt;p&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{done} of {total} documents are marked done.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您的工作已保存在此任务包文件中。请将该文件原样发回给项目负责人（电子邮件、共享盘或 U 盘）：&lt;/p&gt;&lt;p&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{total} 篇文档中已有 {done} 篇标记为完成。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="384"/>
        <source>Copy to…</source>
        <translation>复制到…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="386"/>
        <source>Show folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="401"/>
        <source>Copy the bundle to</source>
        <translation>将任务包复制到</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="412"/>
        <source>{path} exists. Replace it?</source>
        <translation>{path} 已存在。是否替换？</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="425"/>
        <source>Copied to {path}</source>
        <translation>已复制到 {path}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="465"/>
        <source>&amp;Return bundle…</source>
        <translation>交回任务包(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="471"/>
        <source>Return bundle…</source>
        <translation>交回任务包…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="476"/>
        <source>Bundle for {name}: {path}</source>
        <translation>{name} 的任务包：{path}</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="490"/>
        <source>&amp;Assign…</source>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="495"/>
        <source>&amp;Export bundles…</source>
        <translation>导出任务包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/team.py" line="500"/>
        <source>&amp;Import bundles…</source>
        <translation>导入任务包(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>FoldTitle</name>
    <message>
        <location filename="../../civannot/ui/fold.py" line="1"/>
        <source>Fold or unfold this panel (or double-click its title)</source>
        <translation>折叠或展开此面板（或双击其标题）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/fold.py" line="1"/>
        <source>Unfold “{title}” (or double-click here)</source>
        <translation>展开“{title}”（或在此双击）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/fold.py" line="1"/>
        <source>Float this panel</source>
        <translation>使此面板浮动</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/fold.py" line="1"/>
        <source>Close this panel</source>
        <translation>关闭此面板</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <location filename="../../civannot/ui/connection.py" line="1"/>
        <source>{error} — reconnecting…</source>
        <translation>{error}——正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/connection.py" line="1"/>
        <source>Not connected to the server</source>
        <translation>未连接到服务器</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/connection.py" line="1"/>
        <source> — retrying in {s} s</source>
        <translation>——{s} 秒后重试</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/connection.py" line="1"/>
        <source> — retrying</source>
        <translation>——正在重试</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/connection.py" line="1"/>
        <source> ({n} change(s) waiting)</source>
        <translation>（{n} 处修改待保存）</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/connection.py" line="1"/>
        <source>Reconnected to the server</source>
        <translation>已重新连接到服务器</translation>
    </message>
    <message>
        <location filename="../../civannot/ui/connection.py" line="1"/>
        <source>; saved: {what}</source>
        <translation>；已保存：{what}</translation>
    </message>
</context>
<context>
    <name>learn_words</name>
    <message>
        <source>{labels}</source>
        <translation>{labels}</translation>
    </message>
    <message>
        <source>{labels} (rules where it finds none)</source>
        <translation>{labels}（模型未找到处用规则）</translation>
    </message>
    <message>
        <source>{labels} added to the rules</source>
        <translation>{labels}（补充规则的结果）</translation>
    </message>
    <message>
        <source>HOLDS_TITLE completed along title chains</source>
        <translation>沿职务链补全 HOLDS_TITLE</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No model trained yet: pre-annotation uses the rules alone.</source>
        <translation>尚未训练模型：预标注只使用规则。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无（全部由规则决定）</translation>
    </message>
    <message>
        <source> {n} learned corrections of the rules apply before it.</source>
        <translation> 在模型之前先应用 {n} 条学到的规则修正。</translation>
    </message>
    <message>
        <source> 1 learned correction of the rules applies before it.</source>
        <translation> 在模型之前先应用 1 条学到的规则修正。</translation>
    </message>
    <message>
        <source>Model crf version {v}, trained {when} on {docs} documents ({chars} characters) from {sources}; it decides {labels}.</source>
        <translation>CRF 模型第 {v} 版，{when} 用来自 {sources} 的 {docs} 篇文档（{chars} 字）训练；由模型决定：{labels}。</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>+corrections</source>
        <translation>+学习修正</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>both</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>model {name}, version {v}</source>
        <translation>模型 {name}，第 {v} 版</translation>
    </message>
    <message>
        <source>learned correction ({name}) of model version {v}</source>
        <translation>第 {v} 版模型学到的规则修正（{name}）</translation>
    </message>
    <message>
        <source> · precision on the training gold {p:.0%}</source>
        <translation> · 训练金标准上的精确率 {p:.0%}</translation>
    </message>
    <message>
        <source>rule {rule}: {desc}</source>
        <translation>规则 {rule}：{desc}</translation>
    </message>
    <message>
        <source>rule {rule}</source>
        <translation>规则 {rule}</translation>
    </message>
    <message>
        <source> · confidence {p:.0%}</source>
        <translation> · 置信度 {p:.0%}</translation>
    </message>
    <message>
        <source> · rule prior {p:.0%}</source>
        <translation> · 规则先验 {p:.0%}</translation>
    </message>
    <message>
        <source> · measured precision {p:.1%} on {n} gold documents</source>
        <translation> · 实测精确率 {p:.1%}（基于 {n} 篇金标准文档）</translation>
    </message>
    <message>
        <source>switch on {rule}</source>
        <translation>启用 {rule}</translation>
    </message>
    <message>
        <source>add {l} ending «{a}» with its level</source>
        <translation>添加 {l}：以«{a}»结尾、前有层级的名称</translation>
    </message>
    <message>
        <source>add {l} ending «{a}»</source>
        <translation>添加 {l}：以«{a}»结尾的名称</translation>
    </message>
    <message>
        <source>add {l} between «{a}» and «{b}»</source>
        <translation>添加 {l}：«{a}»与«{b}»之间</translation>
    </message>
    <message>
        <source>add {l} «{a}»</source>
        <translation>添加 {l}：«{a}»</translation>
    </message>
    <message>
        <source>merge {l}+{o}→{t} «{a}»</source>
        <translation>合并 {l}+{o}→{t}：以«{a}»相连</translation>
    </message>
    <message>
        <source>merge {l}+{o}→{t}</source>
        <translation>合并 {l}+{o}→{t}</translation>
    </message>
    <message>
        <source>split {l}→{t}+{o} after «{a}»</source>
        <translation>拆分 {l}→{t}+{o}：在«{a}»之后</translation>
    </message>
    <message>
        <source>split {l}→{t}+{o} after a known {k}</source>
        <translation>拆分 {l}→{t}+{o}：在已知的 {k} 之后</translation>
    </message>
    <message>
        <source>relabel {l}→{t} (rule «{a}»)</source>
        <translation>改标 {l}→{t}（规则«{a}»）</translation>
    </message>
    <message>
        <source>relabel {l}→{t} (text «{a}»)</source>
        <translation>改标 {l}→{t}（文字«{a}»）</translation>
    </message>
    <message>
        <source>drop {l} (rule «{a}»)</source>
        <translation>删除 {l}（规则«{a}»）</translation>
    </message>
    <message>
        <source>drop {l} (text «{a}»)</source>
        <translation>删除 {l}（文字«{a}»）</translation>
    </message>
    <message>
        <source>extend {l} prefix «{a}»</source>
        <translation>扩展 {l}：前加«{a}»</translation>
    </message>
    <message>
        <source>extend {l} suffix «{a}»</source>
        <translation>扩展 {l}：后加«{a}»</translation>
    </message>
    <message>
        <source>trim {l} prefix «{a}»</source>
        <translation>截短 {l}：去掉开头的«{a}»</translation>
    </message>
    <message>
        <source>trim {l} suffix «{a}»</source>
        <translation>截短 {l}：去掉结尾的«{a}»</translation>
    </message>
    <message>
        <source>model {name} version {v}: {docs} documents ({chars} characters) from {sources}, {s} s</source>
        <translation>{name} 模型第 {v} 版：来自 {sources} 的 {docs} 篇文档（{chars} 字），用时 {s} 秒</translation>
    </message>
    <message>
        <source>the model decides: {what}</source>
        <translation>由模型决定：{what}</translation>
    </message>
    <message>
        <source>nothing (rules keep all)</source>
        <translation>无（全部由规则决定）</translation>
    </message>
    <message>
        <source>held-out: fitted on {train}, labels chosen on {check}, scored on {test} documents (exact-match F1)</source>
        <translation>留出评估：在 {train} 篇文档上训练，{check} 篇上选择标签，{test} 篇上评分（精确匹配 F1）</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>金标准</translation>
    </message>
    <message>
        <source>+corr</source>
        <translation>+修正</translation>
    </message>
    <message>
        <source>  (+corr: the rules with the corrections learned on the fitted part; both: rules, corrections and model as preannotate combines them)</source>
        <translation>  （+修正：规则加上在训练部分学到的修正；合并：规则、修正与模型按预标注的方式合并）</translation>
    </message>
    <message>
        <source>learning curve (documents: micro F1 of both): {pts}</source>
        <translation>学习曲线（文档数：合并的微平均 F1）：{pts}</translation>
    </message>
    <message>
        <source>too few documents to hold some out: no evaluation</source>
        <translation>文档太少，无法留出评估集：没有评估</translation>
    </message>
    <message>
        <source>learned corrections of the rules (applied before the model; spans they make name them as learned:…@version; fixed/broken on the training gold):</source>
        <translation>学到的规则修正（在模型之前应用；由它们产生的片段标为 learned:…@版本；改对/改错按训练金标准计）：</translation>
    </message>
    <message>
        <source>  fixed {f}, broken {b}</source>
        <translation>  改对 {f}，改错 {b}</translation>
    </message>
    <message>
        <source>learned corrections of the rules: none kept (none beat the rules out of fold)</source>
        <translation>学到的规则修正：未保留（没有一条在交叉验证中胜过规则）</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>a place written before a lower place whose post the title is (湖南省涟源市市委书记: 湖南省 GPE, 涟源市市委书记 TITLE; 江西县委书记: 江西 GPE)</source>
        <translation>职务前写出的上级地名（其后是职务所属的下级地方）单独标为 GPE（湖南省涟源市市委书记：湖南省 GPE，涟源市市委书记 TITLE；江西县委书记：江西 GPE）</translation>
    </message>
    <message>
        <source>off unless switched on: a province's or a city's one-character name after 驻, before the units or the office stationed there (驻某单位, 驻某部队, 驻某办; by default untagged, as every gold so far leaves it)</source>
        <translation>默认停用，启用后：“驻”字后表示省或城市的单字简称标为 GPE，其后为驻在当地的单位或办事机构（驻某单位、驻某部队、驻某办；默认不标注，迄今各份金标准均未标注）</translation>
    </message>
    <message>
        <source>off unless switched on: a division of the corps written at the head of a post as its own GPE (第九师副师长: 第九师 GPE, 副师长 TITLE; by default one TITLE, as 某某县委书记 is one post; moot where gpe.before_post is on)</source>
        <translation>默认停用，启用后：兵团的师写在职务前时单独标为 GPE（第九师副师长：第九师 GPE，副师长 TITLE；默认整体为一个 TITLE，正如“某某县委书记”是一个职务；gpe.before_post 启用时此项无效）</translation>
    </message>
    <message>
        <source>off unless switched on: a division of the corps written with its city as two GPEs (第一师某某市: 第一师 GPE, 某某市 GPE; 兵团八师 + 某某市; by default one GPE, as the corps writes its division-city)</source>
        <translation>默认停用，启用后：兵团的师与其城市连写时分标为两个 GPE（第一师某某市：第一师 GPE，某某市 GPE；兵团八师 + 某某市；默认按兵团“师市”的写法整体为一个 GPE）</translation>
    </message>
    <message>
        <source>off unless switched on: the places written right before a site kept inside its LOC (桃源镇杏花村, 城西区锦绣社区, 北京人民大会堂), where the rules give GPE + LOC</source>
        <translation>默认停用，启用后：紧写在场所前的地名并入该 LOC（桃源镇杏花村、城西区锦绣社区、北京人民大会堂）；默认规则标为 GPE + LOC</translation>
    </message>
    <message>
        <source>off unless switched on: a party committee and the government of its level written together with no mark between them as one ORG (某某县委县政府, 市委市政府; by default two: 县委 + 县政府)</source>
        <translation>默认停用，启用后：同级党委和政府连写且中间无标点时标为一个 ORG（某某县委县政府、市委市政府；默认为两个：县委 + 县政府）</translation>
    </message>
    <message>
        <source>off unless switched on: one ISSUED_BY, to the first name, where a frame names several speakers (甲、乙分别强调，…: by default an edge to each)</source>
        <translation>默认停用，启用后：一个讲话框架中有多位讲话人时，只建立一条 ISSUED_BY，指向第一个人名（甲、乙分别强调，…；默认每人一条）</translation>
    </message>
    <message>
        <source>off unless switched on: ISSUED_BY to the person whose speech a sentence relays (某甲传达了某乙的讲话精神，要求…: 某乙; by default who relays, 某甲, and nobody where the meeting relays)</source>
        <translation>默认停用，启用后：句子传达某人讲话精神时，ISSUED_BY 指向讲话者本人（某甲传达了某乙的讲话精神，要求…：某乙；默认指向传达者某甲，会议传达时则无）</translation>
    </message>
    <message>
        <source>off unless switched on: no ISSUED_BY for what a sentence requires after relaying a named person's speech (某甲传达了某乙的讲话精神，要求…; by default 某甲)</source>
        <translation>默认停用，启用后：句子传达了具名者的讲话精神之后提出的要求不建立 ISSUED_BY（某甲传达了某乙的讲话精神，要求…；默认指向某甲）</translation>
    </message>
    <message>
        <source>retired (session 29): the place written before 市领导 / 县领导 + names is inside the TITLE by default now (某某县领导甲、乙); the other reading is title.leaders_place_apart</source>
        <translation>已停用（第 29 期）：写在“市领导 / 县领导 + 人名”前的地名现默认并入 TITLE（某某县领导甲、乙）；另一种标法见 title.leaders_place_apart</translation>
    </message>
    <message>
        <source>off unless switched on: the place written before 市领导 / 县领导 + names apart from the TITLE (某某县领导甲、乙: 县领导 TITLE; by default 某某县领导 is one TITLE, as 某某县委书记 is one post)</source>
        <translation>默认停用，启用后：写在“市领导 / 县领导 + 人名”前的地名不并入 TITLE（某某县领导甲、乙：县领导 为 TITLE；默认“某某县领导”整体为一个 TITLE，正如“某某县委书记”是一个职务）</translation>
    </message>
    <message>
        <source>a title (place prefix? + body + post, 副/常务/代) or a chain of them at 、, right before a name (or before a colon and the names holding it: 副组长：甲、乙)</source>
        <translation>人名紧前的一个职务（地名前缀? + 机构 + 职务，含 副/常务/代）或以“、”相连的职务链（也包括冒号前、其后列出任职人名的职务：副组长：甲、乙）</translation>
    </message>
    <message>
        <source>a post written after a name (某某书记讲话, 某某总书记)</source>
        <translation>写在人名之后的职务（某某书记讲话，某某总书记）</translation>
    </message>
    <message>
        <source>a post someone is elected or appointed to, or removed from (某某当选为省长, 任命甲、乙为某某副主任, 免去某某某某区委书记职务)</source>
        <translation>某人当选、被任命或被免去的职务（某某当选为省长，任命甲、乙为某某副主任，免去某某某某区委书记职务）</translation>
    </message>
    <message>
        <source>市领导 / 县领导 / 师市领导 followed by a list of names</source>
        <translation>市领导 / 县领导 / 师市领导 后接一串人名</translation>
    </message>
    <message>
        <source>the bare post of a group's head between 以 and the name, the body the clause's subject (组成以主任某某为组长的调研组: 主任 TITLE)</source>
        <translation>“以”与组长姓名之间不带机构名的职务，机构即该句主语（组成以主任某某为组长的调研组：主任 为 TITLE）</translation>
    </message>
    <message>
        <source>a name right after a title or a chain of titles</source>
        <translation>紧跟在一个职务或职务链之后的人名</translation>
    </message>
    <message>
        <source>a name right before 总书记 / a bare post (also the given name of a person named in full: 福川书记)</source>
        <translation>紧写在“总书记”或单独职务之前的人名（也包括文中已出现全名者的名字：福川书记）</translation>
    </message>
    <message>
        <source>a name in a list of names: after 市领导 …, before 等…领导, or beside a name found (甲、乙、丙出席), or three or more opening a sentence before 出席 / 在主席台, or opening a clause before the count of the people they are (甲、乙、丙3人获…)</source>
        <translation>人名列表中的人名：在“市领导 …”之后、“等…领导”之前，或与已识别的人名并列（甲、乙、丙出席），或三个及以上人名位于句首、在“出席”/“在主席台”之前，或位于分句开头、其后为这些人的人数（甲、乙、丙3人获…）</translation>
    </message>
    <message>
        <source>a name elected, appointed or removed (某某当选为…, 选举某某为…)</source>
        <translation>当选、被任命或被免职的人名（某某当选为…，选举某某为…）</translation>
    </message>
    <message>
        <source>off unless switched on: the name of the leader a doctrine is named after (以习近平新时代中国特色社会主义思想为指导, 毛泽东思想, 邓小平理论: 习近平 / 毛泽东 / 邓小平 PERSON)</source>
        <translation>默认停用，启用后：以领导人命名的思想理论中的领导人姓名（以习近平新时代中国特色社会主义思想为指导, 毛泽东思想, 邓小平理论: 习近平 / 毛泽东 / 邓小平 标为人名）</translation>
    </message>
    <message>
        <source>a name in a bare list of two or more names at 、 with no title touching it, opened by a mark or a cue (由 / 邀请 / 班子成员) and closed by a mark or what is said of the people (等 / 同志 / 分别 / 参加 / 带队 / 作… / 获得 / 被评为): 会上，甲、乙分别作交流发言</source>
        <translation>顿号分隔、两个及以上、前后均无职务紧邻的人名列表中的人名：以标点或提示词（由 / 邀请 / 班子成员）开头，以标点或对这些人的叙述（等 / 同志 / 分别 / 参加 / 带队 / 作… / 获得 / 被评为）收尾：会上，甲、乙分别作交流发言</translation>
    </message>
    <message>
        <source>a name in a list of three or more after a colon (就座的还有：甲、乙、丙)</source>
        <translation>冒号后三个及以上人名列表中的人名（就座的还有：甲、乙、丙）</translation>
    </message>
    <message>
        <source>a name opening a speaker frame (某某强调，)</source>
        <translation>位于讲话框架开头的人名（某某强调，）</translation>
    </message>
    <message>
        <source>a name before 同志</source>
        <translation>“同志”之前的人名</translation>
    </message>
    <message>
        <source>a name before its place in a photo caption (某某（左二）)</source>
        <translation>图片说明中位置标注前的人名（某某（左二））</translation>
    </message>
    <message>
        <source>a name opening a line before going to inspect (某某到某某县调研)</source>
        <translation>一行开头、其后为前往调研视察的人名（某某到某某县调研）</translation>
    </message>
    <message>
        <source>a name opening the sentence a pronoun's speech frame refers back to, no other rule having read it (某某感谢…。他强调，)</source>
        <translation>代词讲话框架（他强调、她指出）所回指的句首人名，其他规则均未识别（某某感谢…。他强调，）</translation>
    </message>
    <message>
        <source>a transliterated name with a middle dot opening a clause before a leader's act</source>
        <translation>带间隔号的音译人名，位于分句开头、其后为领导的活动</translation>
    </message>
    <message>
        <source>a name alone opening a sentence that says what the person did at the meeting (某某作工作部署。 / 某某主持。)</source>
        <translation>单独位于句首、句子说明此人在会上做了什么的人名（某某作工作部署。/ 某某主持。）</translation>
    </message>
    <message>
        <source>a name leading a party or an act (某某一行, 在某某的陪同下), or after the role of staff acting for a body (工作人员某某表示, 网格员某某)</source>
        <translation>带领一行人或一项活动的人名（某某一行，在某某的陪同下），或代表机构履职的工作人员身份之后的人名（工作人员某某表示，网格员某某）</translation>
    </message>
    <message>
        <source>off unless switched on: a member of the public named in a report, after their role (志愿者某某，/ 居民某某告诉记者), before their group (甲、乙等志愿者) or their count (甲、乙、丙3人获…)</source>
        <translation>默认停用，启用后：报道中具名的普通群众，位于其身份之后（志愿者某某，/ 居民某某告诉记者）、其群体之前（甲、乙等志愿者）或其人数之前（甲、乙、丙3人获…）</translation>
    </message>
    <message>
        <source>a surname alone before a post at a clause's start or after a preposition, whether or not the article named that person in full (市长周某… 周市长指出; 按照齐部长的要求: 周 / 齐 PERSON, 市长 / 部长 TITLE)</source>
        <translation>分句开头或介词之后单独的姓氏、其后为职务，无论文中是否出现过此人全名（市长周某… 周市长指出；按照齐部长的要求：周 / 齐 为 PERSON，市长 / 部长 为 TITLE）</translation>
    </message>
    <message>
        <source>a further mention of a name found by another rule</source>
        <translation>其他规则已识别的人名在文中的再次出现</translation>
    </message>
    <message>
        <source>a name opening an item of a list, its titles after it (某某，某某县委书记、二级巡视员；… / 某某（县委副书记） / 某某　县委副书记 on a line; a roster's lines, the role before a colon held by the lines under it: 副组长：甲　副县长 / 　　乙　县教育局局长)</source>
        <translation>位于列表项开头、其后为其职务的人名（某某，某某县委书记、二级巡视员；… / 某某（县委副书记） / 一行中的 某某　县委副书记；名单中的各行：冒号前的角色由其下各行的人担任：副组长：甲　副县长 / 　　乙　县教育局局长）</translation>
    </message>
    <message>
        <source>a string the project's annotators accepted before (learned lexicon)</source>
        <translation>本项目标注员以前采纳过的字符串（学到的词表）</translation>
    </message>
    <message>
        <source>level + body (市委宣传部, 县创文办, 市城管局), with place prefix and sub-units</source>
        <translation>层级 + 机构（市委宣传部，县创文办，市城管局），含地名前缀和下属单位</translation>
    </message>
    <message>
        <source>a body or outlet named by its own pattern (X日报, X新闻网, 团县委, X派出所, X街道办, 理论学习中心组, 暨-names of working groups)</source>
        <translation>按自身模式命名的机构或媒体（X日报，X新闻网，团县委，X派出所，X街道办，理论学习中心组，带“暨”的工作小组名称）</translation>
    </message>
    <message>
        <source>a body named by an abbreviation nobody listed, closed by a kind (县某某联动办, 区城管执法大队, 街道创建办; bare only as an item of a list: 党建办、社管办)</source>
        <translation>以词表未收的简称命名、以机构类别词结尾的机构（县某某联动办，区城管执法大队，街道创建办；不带前缀时仅限列表项：党建办、社管办）</translation>
    </message>
    <message>
        <source>党中央 / 中央 coordinated with a party committee</source>
        <translation>与党委并列的 党中央 / 中央</translation>
    </message>
    <message>
        <source>a school or outlet named after a place (某某县第一中学, 某某日报)</source>
        <translation>以地名命名的学校或媒体（某某县第一中学，某某日报）</translation>
    </message>
    <message>
        <source>a company or group named by its suffix (城投集团, 某某公司)</source>
        <translation>以后缀标明的公司或集团（城投集团，某某公司）</translation>
    </message>
    <message>
        <source>a development zone (某某高新区, 某某开发区)</source>
        <translation>开发区（某某高新区，某某开发区）</translation>
    </message>
    <message>
        <source>a province, prefecture or county from the shipped gazetteer, with its unit</source>
        <translation>内置地名表中的省、地级或县级行政区，带行政单位</translation>
    </message>
    <message>
        <source>a province or city from the gazetteer written without its unit</source>
        <translation>内置地名表中不带行政单位写出的省或市</translation>
    </message>
    <message>
        <source>a province's one-character name between coming and visiting (来陕考察, 来桂调研), or the page's own city's first character between coming or staying and the visit (来柳考察, 在柳期间)</source>
        <translation>写在“来”与考察调研之间的省份单字简称（来陕考察，来桂调研），或写在来、在与考察、期间之间的本文所述城市的首字（来柳考察，在柳期间）</translation>
    </message>
    <message>
        <source>a province whose bare name also sits inside other words (广西, 江西), where it is a word of its clause</source>
        <translation>不带单位的名称也常出现在其他词中的省份（广西，江西），在其作为所在分句中独立词语时</translation>
    </message>
    <message>
        <source>a division read from a strong position of this article (dateline, list, headline) and its further mentions</source>
        <translation>从本文强位置（电头、列表、标题）读出的行政区划及其在文中的再次出现</translation>
    </message>
    <message>
        <source>the bare name of a division this article names with its unit</source>
        <translation>本文曾带行政单位写出的行政区划的不带单位名称</translation>
    </message>
    <message>
        <source>a county or city from the gazetteer written bare where a place is expected (某某各级各部门, 某某创文, 提升某某的知名度, 在某某召开)</source>
        <translation>内置地名表中的县或市，不带单位写在应为地名的位置（某某各级各部门，某某创文，提升某某的知名度，在某某召开）</translation>
    </message>
    <message>
        <source>a bare item of a list that is mostly places</source>
        <translation>以地名为主的列表中不带单位的列表项</translation>
    </message>
    <message>
        <source>off unless switched on: a place written before the post it heads as its own GPE (某某市委书记: 某某 GPE, 市委书记 TITLE; 某某镇党委书记: 某某镇 GPE, 党委书记 TITLE)</source>
        <translation>默认停用，启用后：写在其所领职务前的地名单独标为 GPE（某某市委书记：某某 GPE，市委书记 TITLE；某某镇党委书记：某某镇 GPE，党委书记 TITLE）</translation>
    </message>
    <message>
        <source>a division of the production and construction corps written with its city (第X师某某市), a regiment or a farm (X团)</source>
        <translation>生产建设兵团与其城市连写的师（第X师某某市）、团或农场（X团）</translation>
    </message>
    <message>
        <source>a division of the production and construction corps written alone, without its city (七师, 第十一师, 兵团第六师): the corps' body</source>
        <translation>生产建设兵团单独写出、未连写其城市的师（七师、第十一师、兵团第六师）：兵团的机构，标为 ORG</translation>
    </message>
    <message>
        <source>off unless switched on: a division of the corps written alone (七师, 第十一师, 兵团第六师) as a GPE (by default an ORG, as 3 of 4 independent annotators tag it; a division written with its city, 第一师某某市, is one GPE either way)</source>
        <translation>默认停用，启用后：单独写出的兵团的师（七师、第十一师、兵团第六师）标为 GPE（默认标为 ORG，4 位独立标注者中有 3 位如此标注；与其城市连写的师，如“第一师某某市”，无论是否启用均为一个 GPE）</translation>
    </message>
    <message>
        <source>a short name and the kind of place (某某路, 某某社区, 某某公园)</source>
        <translation>简短名称加场所类别（某某路，某某社区，某某公园）</translation>
    </message>
    <message>
        <source>市民中心 named by its kind alone</source>
        <translation>仅以类别称呼的 市民中心</translation>
    </message>
    <message>
        <source>a further mention of a place found by loc.kind</source>
        <translation>loc.kind 已识别的场所在文中的再次出现</translation>
    </message>
    <message>
        <source>an item of a list of places an inspection visited, named by a kind of place (先后来到甲广场、乙环岛、丙社区等点位)</source>
        <translation>调研视察所到场所列表中的一项，以场所类别命名（先后来到甲广场、乙环岛、丙社区等点位）</translation>
    </message>
    <message>
        <source>the hall a meeting sits in, named whole between 在 and 召开 / 举行 (在市委礼堂召开, 在县行政中心二楼会议室举行)</source>
        <translation>会议所在的会场，取“在”与“召开 / 举行”之间的完整名称（在市委礼堂召开，在县行政中心二楼会议室举行）</translation>
    </message>
    <message>
        <source>off unless switched on: a room of a body or a building a meeting sits in with the room left out (在县文旅局三楼会议室召开: 县文旅局 ORG; 在县行政中心302会议室召开: 县行政中心 LOC; 局机关会议室, 社区会议室: nothing), where by default the whole venue is one LOC; a hall that is a venue of its own (市委礼堂, 某某宾馆) stays whole</source>
        <translation>默认停用，启用后：会议所在机关或建筑内的会议室不计入，只标注其所属（在县文旅局三楼会议室召开：县文旅局 ORG；在县行政中心302会议室召开：县行政中心 LOC；局机关会议室、社区会议室：不标注）；默认整个会场标为一个 LOC；本身即为会场的礼堂、宾馆（市委礼堂、某某宾馆）仍整体标注</translation>
    </message>
    <message>
        <source>off unless switched on: a government service centre a visit names as a site (察看了行政服务中心, 来到某某区政务服务中心) as an ORG, where by default it is a LOC, a facility visited (a community's 党群服务中心 stays a LOC)</source>
        <translation>默认停用，启用后：视察中作为地点提到的政务服务中心（察看了行政服务中心、来到某某区政务服务中心）标为 ORG；默认作为被视察的设施标为 LOC（社区的党群服务中心仍为 LOC）</translation>
    </message>
    <message>
        <source>a calendar expression (2023年, 10月13日上午, 今年, 昨日上午)</source>
        <translation>日期时间表达（2023年，10月13日上午，今年，昨日上午）</translation>
    </message>
    <message>
        <source>a festival standing as the day (春节期间, 国庆节即将到来, 中秋、国庆双节临近; not the festival as a theme: 喜迎国庆)</source>
        <translation>作为日子的节日（春节期间、国庆节即将到来、中秋、国庆双节临近；作为主题的节日不算：喜迎国庆）</translation>
    </message>
    <message>
        <source>a second day listed after a date (9月9日、10日)</source>
        <translation>日期后并列的第二个单独日子（9月9日、10日）</translation>
    </message>
    <message>
        <source>a bare day opening a report's sentence (25日，我区召开 / 15日上午，)</source>
        <translation>位于报道句首的单独日子（25日，我区召开 / 15日上午，）</translation>
    </message>
    <message>
        <source>a title of a document inside 《》 (its last words a kind of document)</source>
        <translation>《》中的文件名称（末尾为文件类别词）</translation>
    </message>
    <message>
        <source>a document title from the shipped list</source>
        <translation>内置文件名表中的文件名称</translation>
    </message>
    <message>
        <source>a quoted fixed formula of campaign discourse</source>
        <translation>加引号的创建工作固定提法</translation>
    </message>
    <message>
        <source>off unless switched on: a quoted honour a place strives for or is given as a SLOGAN, inside the quotes (“全国文明城市”, “省级文明县城”, “国家卫生城市”称号; by default untagged, as 3 of 4 independent annotators leave it; the campaign for one, “创建全国文明城市”, is a SLOGAN either way)</source>
        <translation>默认停用，启用后：地方争创或获得的荣誉称号加引号时标为 SLOGAN，不含引号（“全国文明城市”、“省级文明县城”、“国家卫生城市”称号；默认不标注，4 位独立标注者中有 3 位不标注；争创荣誉的活动，如“创建全国文明城市”，无论是否启用均为 SLOGAN）</translation>
    </message>
    <message>
        <source>a sentence or ；-clause with a marker of requirement (要, 必须, 请, 希望…)</source>
        <translation>带有要求标记（要、必须、请、希望…）的句子或“；”分句</translation>
    </message>
    <message>
        <source>an imperative heading of a speech (一、围绕…，扎实…)</source>
        <translation>讲话中的祈使式小标题（一、围绕…，扎实…）</translation>
    </message>
    <message>
        <source>an imperative sentence continuing a directive</source>
        <translation>延续上一条指示的祈使句</translation>
    </message>
    <message>
        <source>an item of a list of requirements opened by a frame (强调，一是…；二是…)</source>
        <translation>由讲话框架引出的要求列表中的一项（强调，一是…；二是…）</translation>
    </message>
    <message>
        <source>what 要求 governs with no marker of its own (某某要求各部门进一步…)</source>
        <translation>“要求”所支配、自身不带要求标记的内容（某某要求各部门进一步…）</translation>
    </message>
    <message>
        <source>what a frame's 强调 governs when it opens with an imperative verb and has no marker (某某强调，全力打好…，确保…)</source>
        <translation>讲话框架中“强调”所支配、以祈使动词开头且不带要求标记的内容（某某强调，全力打好…，确保…）</translation>
    </message>
    <message>
        <source>off unless switched on: the enumerator of an item written right before the directive's marker kept inside the DIRECTIVE (一是要提高认识…, 二是必须…, 第三要…: from 一是, 二是, 第三; by default it starts at the marker, 要提高认识…, as a list number is left out; 一要 is whole either way, and an item with no marker, 一是强化宣传…, starts after 一是)</source>
        <translation>默认停用，启用后：紧接在要求标记前的条目序号保留在 DIRECTIVE 内（一是要提高认识…、二是必须…、第三要…：从“一是”“二是”“第三”起；默认从要求标记起，即“要提高认识…”，序号作为列表编号不计入；“一要”无论是否启用均整体保留，不带要求标记的条目，如“一是强化宣传…”，从“一是”之后起）</translation>
    </message>
    <message>
        <source>a named speaker's line (某某：…, a headline or a one-sentence turn) that opens with an imperative verb and has no marker (某某：全力打好…)</source>
        <translation>具名讲话人的一行（某某：…，标题或只有一句的发言），以祈使动词开头且不带要求标记（某某：全力打好…）</translation>
    </message>
    <message>
        <source>HOLDS_TITLE from a name to each title of the chain before it</source>
        <translation>从人名到其前面职务链中每个职务的 HOLDS_TITLE</translation>
    </message>
    <message>
        <source>HOLDS_TITLE from each listed name to 市领导</source>
        <translation>从列出的每个人名到“市领导”的 HOLDS_TITLE</translation>
    </message>
    <message>
        <source>HOLDS_TITLE from a name to the post of an election or appointment</source>
        <translation>从人名到其当选或被任命职务的 HOLDS_TITLE</translation>
    </message>
    <message>
        <source>HOLDS_TITLE from a name to the post written after it</source>
        <translation>从人名到写在其后的职务的 HOLDS_TITLE</translation>
    </message>
    <message>
        <source>ISSUED_BY to the name of the frame opening the sentence</source>
        <translation>指向句首讲话框架中人名的 ISSUED_BY</translation>
    </message>
    <message>
        <source>ISSUED_BY to a named frame after a scene-setting clause (调研中，某某强调，) or a title chain (市长某某在讲话中要求，)</source>
        <translation>在场景铺垫分句（调研中，某某强调，）或职务链（市长某某在讲话中要求，）之后的具名讲话框架的 ISSUED_BY</translation>
    </message>
    <message>
        <source>ISSUED_BY for 他/她强调 to the last named person who speaks (a chair or an attendee list is passed over; see preannotate/attribution.py)</source>
        <translation>他/她强调 的 ISSUED_BY，指向最近一位讲话的具名者（跳过会议主持人和出席人员名单；见 preannotate/attribution.py）</translation>
    </message>
    <message>
        <source>ISSUED_BY for 他们/她们强调 to each of the pair named last (甲和乙带队检查…。他们强调，); with no pair named, the speaker before goes on</source>
        <translation>他们/她们强调 的 ISSUED_BY，分别指向最近并列提及的两位具名者（甲和乙带队检查…。他们强调，）；前文未并列具名时，沿用此前的讲话人</translation>
    </message>
    <message>
        <source>off unless switched on: ISSUED_BY to the person whose speech a sentence only announces (某某出席会议并讲话。), for the paragraphs after it that have no frame of their own, once another named person has spoken since (before that: relation.issued_by.announced_sole)</source>
        <translation>默认停用，启用后：句子只宣布某人讲话（某某出席会议并讲话。）时，其后已有另一位具名者讲话之后、没有自身讲话框架的段落的 ISSUED_BY 仍指向此人（在此之前：relation.issued_by.announced_sole）</translation>
    </message>
    <message>
        <source>ISSUED_BY to the one person whose speech a sentence announces (某某出席会议并讲话。), for the paragraphs after it that have no frame of their own, while no other named person speaks (a chair or an attendee does not); past one who does, relation.issued_by.announced</source>
        <translation>句子宣布某一人讲话（某某出席会议并讲话。）时，其后没有自身讲话框架的段落的 ISSUED_BY 指向此人，直到另一位具名者讲话为止（会议主持人和出席人员不算）；此后见 relation.issued_by.announced</translation>
    </message>
    <message>
        <source>ISSUED_BY carried over from the previous frame (following sentences and paragraphs)</source>
        <translation>沿用上一个讲话框架的 ISSUED_BY（后续句子和段落）</translation>
    </message>
    <message>
        <source>ISSUED_BY to the named speaker of an interview turn (某某：…)</source>
        <translation>访谈中具名讲话人一轮发言的 ISSUED_BY（某某：…）</translation>
    </message>
    <message>
        <source>ISSUED_BY to the speaker named on a speech's byline</source>
        <translation>指向讲话稿署名讲话人的 ISSUED_BY</translation>
    </message>
</context>
</TS>
