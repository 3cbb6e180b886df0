"""The matrix grid: the model (``model``), the view (``view``), the letter picker
(``delegate``) and the activity-name header (``header``)."""

from ui.matrix.delegate import LetterDelegate, LetterPicker
from ui.matrix.header import MAX_NAME_WIDTH, MIN_NAME_WIDTH, ActivityHeader
from ui.matrix.model import MatrixModel, PersonMatrixModel
from ui.matrix.view import MatrixView

__all__ = ["MAX_NAME_WIDTH", "MIN_NAME_WIDTH", "ActivityHeader", "LetterDelegate",
           "LetterPicker", "MatrixModel", "MatrixView", "PersonMatrixModel"]
