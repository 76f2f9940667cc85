"""Pieces of speaker frames shared by the entity and the directive rules (one place, so the
two rule sets do not import each other)."""

import re

from civannot.preannotate.scan import speed_up

# an adverb between a speaker and the speech verb: 他还强调 / 会议同时要求 / 某某书记明确指出
# / 某某立即要求企业整改 / 各督查组均要求各街道…
# / 某某曾说过，… (what the speaker once said) / 甲、乙分别强调， / 甲、乙先后指出， (each of the
# names speaks)
# (某某 强调，: a space a page left between the name and the verb; 某某语重心长地说， / 某某一针见血地
# 指出，: how the speaker said it, up to four characters before 地)
# (每到一处，某某都要求， / 某某也都强调，: what the speaker said at every stop)
# (某某当日还强调， / 自治区党委书记某某14日强调， / 某某8月11日要求，: the day between the name and
# the verb)
FRAME_ADVERB = r"[ \u3000]?(?:当日|当天|(?:[0-9]{1,2}月)?[0-9]{1,2}日)?(?:[\u4e00-\u9fff]{2,4}?地)?(?:也都|还都|都|还|也|又|同时|并|进一步|特别|最后|再次|随后|则|首先|接着|明确|反复|多次|郑重|着重|专门|现场|当场|立即|均|曾经|曾|分别|先后)?"
# a frame whose speech follows a topic: 某某对做好下一步工作提出三点要求： / 某某就…提三点希望：
REQUEST_TAIL = (
    # (NAME根据创文工作提几点要求：: a 根据 / 按照 / 结合 lead as well)
    r"(?:(?:对|就|围绕|针对|根据|按照|结合)[^，。；\n]{1,20}?)?"
    # (NAME提出整改建议：一要…: an inspector's recommendations are the points as well)
    # (NAME就各项工作给出具体的建议与意见：: the views given, as put forward; attrib50)
    # (NAME也提出了自己的看法：…，各办要…: the speaker's views, as opinions; attrib50)
    r"(?:(?:提出?|给出)(?:了)?[^，。；\n]{0,6}?(?:要求|意见|希望|建议|看法)"
    # NAME对…作出批示： / NAME作出重要指示，: what follows is the instruction
    r"|(?:作出|做出)(?:了)?(?:重要)?(?:批示|指示)(?:指出|强调|要求)?"
    # NAME强调了两点：一要… / NAME就…讲了三点意见：: the points announced, then the speech
    r"|(?:强调|讲|谈)(?:了)?(?:以下)?[几两三四五六七八九十]点(?:意见|要求)?)[：:，,]"
)
# One of these stands in every match of REQUEST_TAIL (its words, 批示 / 指示, or the points
# announced before their mark: 强调了三点：): a text without any holds no request frame. The
# gate of persons.find_speaker_frames left out 建议 and the bare points (某某提出三点建议：,
# 某某就…强调了三点：), whose speakers it missed in a text holding none of the others (session 37).
REQUEST_WORDS = ("要求", "意见", "希望", "建议", "看法", "示", "点：", "点:", "点，", "点,")
# NAME作具体工作部署： / NAME作动员讲话： — with the colon, what follows is what the speaker laid down
# (without it, 某某作了部署。 only reports an act)
DEPLOY_TAIL = r"(?:作|做)(?:了)?[^，。；：:\n]{0,8}?(?:部署|讲话|动员|指示|发言)[：:]"

# 会议强调——⏎要… / 他要求——⏎要…: a frame whose speech follows a dash where most pages write a
# colon (a meeting's or a speaker's points set as lines under it). The directive rules read the
# dash as the colon it stands for (attrib43): an unnamed frame so written ends the speaker before
# it, a named one governs the lines after it. Only after a speech verb: a dash at a line's start
# signs it (——某某) and stays as written.
_DASH_FRAME = re.compile(r"(?<=强调|指出|要求|表示|提出)——")
# 某某强调 ， 项目建设是… / 某某要求 ： …: a page that sets a blank before every mark (a copy of a
# typeset text) writes the frame's mark after it; read as the mark right after the verb and the
# blank after the mark, the same length (attrib46: session 43 left such frames unread)
_SPACED_FRAME = re.compile(r"(?<=强调|指出|要求|表示|提出)([ \u3000]+)([，：,:])")


# 某某指出 耕地保护工作事关…，要…: a blank where the frame's comma belongs, prose running on after it
# to a comma in the same line (a headline's 某某强调 强化… 切实… parts its phrases with blanks and
# holds no comma: it stays as written)
_BLANK_FRAME = re.compile(r"(?<=强调|指出|要求|表示) (?=[\u4e00-\u9fff][^ \u3000\n，]{1,40}，)")


# 某某强调；各乡镇要… : a semicolon typed where the frame's colon belongs (a page's typo; no speech
# verb ends a clause of a report with a semicolon but after 作了 / 进行了 / 予以: 对…进行了强调；
# stays as written). Read as the colon, the same length (attrib47: a wide47 page left two runs of
# a named speaker's requirements without him)
_SEMI_FRAME = re.compile(r"(?<=[^了行作以予]强调|[^了行作以予]指出)；")


def _mark_first(m: re.Match[str]) -> str:
    return m.group(2) + m.group(1)


def dash_as_colon(text: str) -> str:
    """text with each speech verb's dash (强调——) written as a colon and a blank (强调：　), a blank
    between the verb and its mark moved after the mark (强调 ， -> 强调， ), a blank standing
    for the mark before running prose written as the comma (指出 耕地… -> 指出，耕地…), and a
    semicolon typed for the colon (强调；要… -> 强调：要…), the same
    length, so that every offset read on it holds for text; text itself when it has none."""
    if "——" in text:
        text = _DASH_FRAME.sub("：\u3000", text)
    # (each word of the next two tests holds a blank, each of the last a ；: a text without
    # it is not searched for them, one character's test for up to eight words' (a word's
    # `in` costs several times a character's; most texts hold no blank; speed49)
    blank = " " in text
    if blank or "\u3000" in text:
        if " ，" in text or " ：" in text or "\u3000，" in text or " ," in text:
            text = _SPACED_FRAME.sub(_mark_first, text)
        if blank and ("指出 " in text or "强调 " in text or "要求 " in text or "表示 " in text):
            text = _BLANK_FRAME.sub("，", text)
    if "；" in text and ("强调；" in text or "指出；" in text):
        text = _SEMI_FRAME.sub("：", text)
    return text


# this module's regexes searched with their first characters as the skip set (scan.py)
speed_up(globals())
