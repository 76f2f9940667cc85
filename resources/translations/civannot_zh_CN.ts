<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AnnotatorDialog</name>
    <message>
      <location filename="../../civannot/ui/preferences.py" line="86" />
      <source>Welcome to civannot</source>
      <translation>欢迎使用 civannot</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../civannot/ui/app.py" line="37" />
      <source>Preparing the sample project…</source>
      <translation>正在准备示例项目…</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/app.py" line="139" />
      <source>“{name}” cannot be an annotator name</source>
      <translation>“{name}”不能用作标注员名称</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/app.py" line="162" />
      <source>Cannot prepare the sample project: {error}</source>
      <translation>无法准备示例项目：{error}</translation>
    </message>
  </context>
  <context>
    <name>ArticleView</name>
    <message>
      <location filename="../../civannot/ui/article_view.py" line="364" />
      <source>manual</source>
      <translation>手工标注</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/article_view.py" line="365" />
      <source>accepted suggestion</source>
      <translation>已采纳的建议</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/article_view.py" line="366" />
      <source>adjudicated</source>
      <translation>已裁定</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/article_view.py" line="372" />
      <source>&lt;b&gt;{label}&lt;/b&gt; suggestion{conf} — A accepts, R rejects</source>
      <translation>&lt;b&gt;{label}&lt;/b&gt; 建议{conf} — A 采纳，R 拒绝</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/article_view.py" line="378" />
      <source>&lt;b&gt;{label}&lt;/b&gt; · {origin} · by {author}</source>
      <translation>&lt;b&gt;{label}&lt;/b&gt; · {origin} · 标注员 {author}</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/article_view.py" line="391" />
      <source>Quality flag: {message}</source>
      <translation>质量标记：{message}</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/article_view.py" line="486" />
      <source>The raw text is read-only: switch back to the clean text to tag</source>
      <translation>原始文本为只读：请切换回清洗后的文本再标注</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/article_view.py" line="512" />
      <source>Accept repair</source>
      <translation>采纳修复</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/article_view.py" line="514" />
      <source>Choose another reading</source>
      <translation>选择其他读法</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/article_view.py" line="519" />
      <source>Reject repair</source>
      <translation>拒绝修复</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/article_view.py" line="522" />
      <source>Copy</source>
      <translation>复制</translation>
    </message>
  </context>
  <context>
    <name>DocumentList</name>
    <message>
      <location filename="../../civannot/ui/document_list.py" line="217" />
      <source>Search the texts…</source>
      <translation>搜索正文…</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/document_list.py" line="221" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/document_list.py" line="222" />
      <source>To do</source>
      <translation>待标注</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/document_list.py" line="223" />
      <source>In progress</source>
      <translation>进行中</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/document_list.py" line="224" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/document_list.py" line="227" />
      <source>Flagged only</source>
      <translation>仅显示有标记的</translation>
    </message>
    <message numerus="yes">
      <location filename="../../civannot/ui/document_list.py" line="291" />
      <source>%n document(s) shown</source>
      <translation>
        <numerusform>显示 %n 篇文档</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DocumentTableModel</name>
    <message>
      <location filename="../../civannot/ui/document_list.py" line="57" />
      <source>to do</source>
      <translation>待标注</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/document_list.py" line="58" />
      <source>in progress</source>
      <translation>进行中</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/document_list.py" line="59" />
      <source>done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/document_list.py" line="78" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/document_list.py" line="79" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/document_list.py" line="80" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/document_list.py" line="81" />
      <source>My status</source>
      <translation>我的状态</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/document_list.py" line="82" />
      <source>My spans</source>
      <translation>我的片段</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/document_list.py" line="83" />
      <source>Flags</source>
      <translation>标记</translation>
    </message>
  </context>
  <context>
    <name>GuidelinePanel</name>
    <message>
      <location filename="../../civannot/ui/guideline_panel.py" line="20" />
      <source>This project has no guideline.</source>
      <translation>本项目没有标注规范。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="59" />
      <source>Documents</source>
      <translation>文档</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="62" />
      <source>Tagging</source>
      <translation>标注</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="66" />
      <source>Spans and relations</source>
      <translation>片段与关系</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="71" />
      <source>Guideline</source>
      <translation>标注规范</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="82" />
      <source>Annotator: {name}</source>
      <translation>标注员：{name}</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="83" />
      <source>All changes saved</source>
      <translation>所有更改已保存</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="129" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="130" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="131" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="132" />
      <source>&amp;Tools</source>
      <translation>工具(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="133" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="143" />
      <source>&amp;Open project…</source>
      <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="146" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="149" />
      <location filename="../../civannot/ui/main_window.py" line="233" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="151" />
      <location filename="../../civannot/ui/main_window.py" line="236" />
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="156" />
      <source>Mark done and open &amp;next</source>
      <translation>标记完成并打开下一篇(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="161" />
      <source>Delete span</source>
      <translation>删除片段</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="163" />
      <source>Accept suggestion</source>
      <translation>采纳建议</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="166" />
      <source>Reject suggestion</source>
      <translation>拒绝建议</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="170" />
      <source>Accept all suggestions of this label</source>
      <translation>采纳该标签的全部建议</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="174" />
      <source>Next suggestion</source>
      <translation>下一条建议</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="175" />
      <source>Previous suggestion</source>
      <translation>上一条建议</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="176" />
      <source>Link selected span…</source>
      <translation>为所选片段建立关系…</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="178" />
      <source>Select sentence at caret</source>
      <translation>选中光标所在句子</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="181" />
      <source>Select clause at caret</source>
      <translation>选中光标所在分句</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="184" />
      <source>Find in texts</source>
      <translation>在正文中查找</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="191" />
      <source>Show &amp;raw text</source>
      <translation>显示原始文本(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="199" />
      <source>&amp;Preferences…</source>
      <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="203" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="204" />
      <source>&amp;About civannot</source>
      <translation>关于 civannot(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="222" />
      <source>Saved {time}</source>
      <translation>已保存 {time}</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="233" />
      <source>&amp;Undo {what}</source>
      <translation>撤销(&amp;U) {what}</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="236" />
      <source>&amp;Redo {what}</source>
      <translation>重做(&amp;R) {what}</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="242" />
      <source>Done {done} of {total}</source>
      <translation>已完成 {done} / {total}</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="255" />
      <source>Every document in the list is done</source>
      <translation>列表中的文档已全部完成</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="278" />
      <source>Open project</source>
      <translation>打开项目</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="280" />
      <source>civannot projects (*.civ *.civannot *.db *.sqlite);;All files (*)</source>
      <translation>civannot 项目 (*.civ *.civannot *.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="290" />
      <source>tag the selection with that label, or relabel the selected span</source>
      <translation>用该标签标注所选文字，或为所选片段改标签</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="292" />
      <source>Ctrl+label key</source>
      <translation>Ctrl+标签键</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="292" />
      <source>tag, widened to whole words</source>
      <translation>标注并扩展到完整词语</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="293" />
      <source>tag the sentence at the caret as DIRECTIVE</source>
      <translation>将光标所在句子标为 DIRECTIVE</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="294" />
      <source>select the sentence / clause at the caret</source>
      <translation>选中光标所在句子 / 分句</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="295" />
      <source>Click</source>
      <translation>单击</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="295" />
      <source>select a span (click again for a nested one)</source>
      <translation>选中片段（再次单击选中嵌套片段）</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="296" />
      <source>delete the selected span, or reject the selected suggestion</source>
      <translation>删除所选片段，或拒绝所选建议</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="297" />
      <source>move the end of the selected span</source>
      <translation>移动所选片段的结束位置</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="298" />
      <source>move the start of the selected span</source>
      <translation>移动所选片段的起始位置</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="299" />
      <source>accept / reject the selected suggestion</source>
      <translation>采纳 / 拒绝所选建议</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="300" />
      <source>accept all suggestions of the selected label</source>
      <translation>采纳所选标签的全部建议</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="301" />
      <source>next / previous suggestion</source>
      <translation>下一条 / 上一条建议</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="302" />
      <source>link the selected span, then click the other end</source>
      <translation>从所选片段建立关系，再单击另一端</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="305" />
      <source>link with {name}</source>
      <translation>建立 {name} 关系</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="310" />
      <source>cancel linking, clear the selection</source>
      <translation>取消建立关系，清除选择</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="311" />
      <source>undo / redo</source>
      <translation>撤销 / 重做</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="312" />
      <source>mark done and open the next document</source>
      <translation>标记完成并打开下一篇文档</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="313" />
      <source>search the texts</source>
      <translation>搜索正文</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="321" />
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="329" />
      <source>About civannot</source>
      <translation>关于 civannot</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/main_window.py" line="330" />
      <source>civannot {version}: annotation of Chinese local-government news.</source>
      <translation>civannot {version}：中国地方政府新闻标注工具。</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../civannot/ui/preferences.py" line="38" />
      <source>Preferences</source>
      <translation>首选项</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/preferences.py" line="42" />
      <source>System default</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/preferences.py" line="51" />
      <source>Annotator name:</source>
      <translation>标注员名称：</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/preferences.py" line="52" />
      <source>Language:</source>
      <translation>界面语言：</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/preferences.py" line="53" />
      <source>Your changes are stored under the annotator name.</source>
      <translation>您的所有修改都以该标注员名称保存。</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/preferences.py" line="69" />
      <source>Give a name.</source>
      <translation>请填写名称。</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/preferences.py" line="70" />
      <source>“auto” and “gold” are reserved layer names.</source>
      <translation>“auto”和“gold”是保留的层名称。</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/preferences.py" line="71" />
      <source>Use letters, digits, spaces, . - _ or @ (at most 64).</source>
      <translation>只能使用字母、数字、空格、. - _ 或 @（最多 64 个字符）。</translation>
    </message>
  </context>
  <context>
    <name>RelationList</name>
    <message>
      <location filename="../../civannot/ui/relation_list.py" line="31" />
      <source>Spans in this document</source>
      <translation>本文档中的片段</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/relation_list.py" line="34" />
      <source>Link from selected (L)</source>
      <translation>从所选片段建立关系 (L)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/relation_list.py" line="36" />
      <source>Link the selected span to this span</source>
      <translation>将所选片段与此片段建立关系</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/relation_list.py" line="37" />
      <source>Link</source>
      <translation>建立关系</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/relation_list.py" line="38" />
      <source>Relations</source>
      <translation>关系</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/relation_list.py" line="41" />
      <source>Remove relation</source>
      <translation>删除关系</translation>
    </message>
  </context>
  <context>
    <name>TaggingPanel</name>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="46" />
      <source>Labels</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="76" />
      <source>Selected span</source>
      <translation>所选片段</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="78" />
      <location filename="../../civannot/ui/tagging_panel.py" line="165" />
      <source>Nothing selected</source>
      <translation>未选中任何内容</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="83" />
      <source>Delete (Del)</source>
      <translation>删除 (Del)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="89" />
      <source>Suggestions</source>
      <translation>建议</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="92" />
      <source>Previous (P)</source>
      <translation>上一条 (P)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="93" />
      <source>Next (N)</source>
      <translation>下一条 (N)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="94" />
      <source>Accept (A)</source>
      <translation>采纳 (A)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="95" />
      <source>Reject (R)</source>
      <translation>拒绝 (R)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="97" />
      <source>Accept all of this label (Shift+A)</source>
      <translation>采纳该标签的全部建议 (Shift+A)</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="112" />
      <source>Quality flags</source>
      <translation>质量标记</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="119" />
      <source>Accept</source>
      <translation>采纳</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="120" />
      <source>Choose another…</source>
      <translation>选择其他…</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="121" />
      <source>Reject</source>
      <translation>拒绝</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="152" />
      <source>{mine} tagged, {sugg} suggested</source>
      <translation>已标注 {mine} 个，建议 {sugg} 个</translation>
    </message>
    <message numerus="yes">
      <location filename="../../civannot/ui/tagging_panel.py" line="154" />
      <source>%n open suggestion(s)</source>
      <translation>
        <numerusform>%n 条待处理建议</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="169" />
      <source>suggestion</source>
      <translation>建议</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="171" />
      <source>by {author}</source>
      <translation>标注员 {author}</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="188" />
      <source>open</source>
      <translation>待处理</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="189" />
      <source>accepted</source>
      <translation>已采纳</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="190" />
      <source>rejected</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/tagging_panel.py" line="191" />
      <source>other reading chosen</source>
      <translation>已选其他读法</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="139" />
      <source>Accept the suggestion before linking it</source>
      <translation>请先采纳该建议再建立关系</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="158" />
      <source>Nothing to tag: the selection is only spaces or marks</source>
      <translation>无可标注内容：所选仅为空格或标点</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="177" />
      <source>No sentence at the caret</source>
      <translation>光标处没有句子</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="184" />
      <source>This schema has no directive label</source>
      <translation>此标注方案没有指示类标签</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="198" />
      <source>Select some text or a span first</source>
      <translation>请先选中文字或片段</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="209" />
      <source>The span is already {label}</source>
      <translation>该片段已是 {label}</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="216" />
      <source>No span selected</source>
      <translation>未选中片段</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="226" />
      <source>Select one of your spans to resize it</source>
      <translation>请选中您自己的片段再调整范围</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="234" />
      <source>A span keeps at least one character</source>
      <translation>片段至少保留一个字符</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="248" />
      <source>No suggestion selected (N jumps to the next one)</source>
      <translation>未选中建议（按 N 跳到下一条）</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="269" />
      <source>Select a suggestion to accept all of its label</source>
      <translation>请选中一条建议以采纳其标签的全部建议</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="275" />
      <source>No open {label} suggestion in this document</source>
      <translation>本文档中没有待处理的 {label} 建议</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="288" />
      <source>No open suggestion in this document</source>
      <translation>本文档中没有待处理的建议</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="306" />
      <source>Select one of your spans to link from</source>
      <translation>请选中您自己的片段作为关系起点</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="311" />
      <source>No relation starts at {label}</source>
      <translation>没有以 {label} 为起点的关系</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="315" />
      <source>Link: click the span it points to (Esc cancels)</source>
      <translation>建立关系：单击目标片段（Esc 取消）</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="336" />
      <source>Only your own spans can be linked</source>
      <translation>只能为您自己的片段建立关系</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="342" />
      <source>No relation goes from {head} to {tail}</source>
      <translation>没有从 {head} 指向 {tail} 的关系</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="384" />
      <source>Nothing to undo</source>
      <translation>没有可撤销的操作</translation>
    </message>
    <message>
      <location filename="../../civannot/ui/workspace.py" line="386" />
      <source>Nothing to redo</source>
      <translation>没有可重做的操作</translation>
    </message>
  </context>
</TS>