"""Pieces of speaker frames shared by the entity and the directive rules (one place, so the
two rule sets do not import each other)."""

# an adverb between a speaker and the speech verb: 他还强调 / 会议同时要求
FRAME_ADVERB = r"(?:还|也|又|同时|并|进一步|特别|最后|再次|随后|则|首先|接着)?"
