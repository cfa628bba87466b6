"""A verb of describing, classifying or considering in a relative clause (issue 12): the
predicate judges the relative's antecedent, and the describer, the verb's subject, holds the
view (``إيران التي تصفها واشنطن بالراعية للإرهاب``: against Iran, quoted, held by Washington).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The guards: the describer is not judged (``حزب الله الذي تصنفه الولايات
المتحدة منظمة إرهابية``), an antecedent that is no state judges no state, and an antecedent
with an owner's pronoun is still read by the other rules.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "holder"),
    [
        ("وزار الوفد إيران التي تصفها واشنطن بالدولة الراعية للإرهاب.", "iran", "واشنطن"),
        ("وتوجه الوزير إلى روسيا التي تصنفها لندن دولة معادية.", "russia", "لندن"),
    ],
)
def test_the_antecedent_is_judged_by_the_describer(sentence: str, target: str, holder: str) -> None:
    row = rows(sentence).loc[target]
    assert (row["stance"], row["voice"], row["holder"]) == ("against", "quoted", holder)


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the describer is not what its words judge
        ("وأعلن حزب الله الذي تصنفه الولايات المتحدة منظمة إرهابية أنه سيرد.", "usa", "none"),
        # ... nor the helper of the antecedent
        ("وأغضب دعم واشنطن للمقاتلين الأكراد الذين تعتبرهم أنقرة تهديدا تركيا.", "usa", "none"),
        ("وقصفت القوات المسلحة الجماعات الكردية التي تصفها تركيا بالإرهابية.", "turkey", "none"),
        (
            'وتواصل أنقرة غاراتها على المسلحين الأكراد الذين تصنفهم كـ"إرهابيين" منذ سنوات.',
            "turkey",
            "none",
        ),
        # ... nor the state that backs the antecedent
        (
            "وهاجمت تركيا المقاتلين الأكراد المدعومين من واشنطن والذين تصنفهم أنقرة إرهابيين.",
            "usa",
            "none",
        ),
        # ... nor a state that is the relative's subject, not its object
        ("وتواصل تركيا التي تعتبرهم تهديدا لأمنها عمليتها في عفرين.", "turkey", "none"),
        # ... nor a state named as an adjective of an antecedent that is no state
        ("وقاتل التحالف فصائل المعارضة السورية، التي تصنفها دمشق إرهابية.", "syria", "none"),
        # an antecedent with an owner's pronoun is still its owner's (must stay)
        ("وانتقد المعارض الرئيس التركي بسبب سياسته التي تصفها بالقمعية.", "turkey", "against"),
    ],
)
def test_the_describer_is_not_judged(sentence: str, target: str, stance: str) -> None:
    assert rows(sentence).loc[target]["stance"] == stance
