"""Suggestions that learn from the team's gold: a character CRF over the rules' output
(features, crf, combine), its training with held-out evaluation and learning curve (training,
evaluation), the rules measured against gold (rules_report), the documents' uncertainty for
active learning (uncertainty), models stored in the project (model_store). Nothing here imports
Qt."""
