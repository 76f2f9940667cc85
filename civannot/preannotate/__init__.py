"""Pre-annotation engine: suggestions from gazetteers, the genre's structure, jieba and what the
project has learned. Pure functions over clean text; nothing here touches Qt."""

from civannot.preannotate.engine import Suggestions, suggest
from civannot.preannotate.lexicon import Lexicon
from civannot.preannotate.runner import learn_lexicon, preannotate_project

__all__ = ["Lexicon", "Suggestions", "learn_lexicon", "preannotate_project", "suggest"]
