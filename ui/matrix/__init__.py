"""The matrix grid: the model (``model``), the view (``view``), the letter picker
(``delegate``), the activity-name header (``header``) and the by-person view
(``person_model``, ``PersonView``)."""

from ui.matrix.delegate import LetterDelegate, LetterPicker
from ui.matrix.header import MAX_NAME_WIDTH, MIN_NAME_WIDTH, ActivityHeader
from ui.matrix.model import MatrixModel
from ui.matrix.person_model import PersonMatrixModel
from ui.matrix.view import MatrixView, PersonView

__all__ = ["MAX_NAME_WIDTH", "MIN_NAME_WIDTH", "ActivityHeader", "LetterDelegate",
           "LetterPicker", "MatrixModel", "MatrixView", "PersonMatrixModel", "PersonView"]
