"""The article, opened from an exercise (F3): the hints say "Cherchez … dans l'article", and the
only way to it was to stop the lesson."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Label

from tutor import messages as msg
from tutor.model import Article
from tutor.ui import LESSON_CSS
from tutor.ui.text_spans import paragraphs
from tutor.ui.widgets.article_view import ArticleView


class ArticleModal(ModalScreen[None]):
    """The article's text to scroll through; Escape or F3 goes back to the same item, the
    answer typed so far kept."""

    CSS_PATH = LESSON_CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f3", "close", msg.UI_KEY_BACK_TO_ITEM),
    ]

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        with Vertical(id="article-box"):
            yield Label(self.article.title, classes="modal-title", markup=False)
            yield ArticleView(paragraphs(self.article.body), [], id="article")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()  # ↑ ↓ Pg↑ Pg↓ scroll at once

    def action_close(self) -> None:
        self.dismiss(None)
