"""Every content rule, in one explicit list: nothing registers itself by being imported.

:data:`TEXT_RULES` read the raw tree (they report while the schema still has errors);
:data:`RULES` read the validated programme. Each module's rules are listed there, next to the
code that finds them.
"""

from __future__ import annotations

from kotodoc.checks import (
    administration_rules,
    answer_rules,
    approval_rules,
    authority_rules,
    form_rules,
    joint_rules,
    text_rules,
)
from kotodoc.checks.findings import ModelRule, TextRule

TEXT_RULES: tuple[TextRule, ...] = (*text_rules.RULES, *administration_rules.TEXT_RULES)
RULES: tuple[ModelRule, ...] = (
    *answer_rules.RULES, *form_rules.RULES, *authority_rules.RULES, *joint_rules.RULES, *approval_rules.RULES,
    *administration_rules.RULES,
)
