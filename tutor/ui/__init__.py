"""The learner's app (Textual): the only package that imports textual."""
