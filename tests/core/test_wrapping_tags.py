from django.template import Context, Template

from core.templatetags.wrapping_tags import breakable


def test_an_address_wraps_after_its_punctuation_only():
    assert breakable("www.cybermalveillance.gouv.fr/tous-nos-contenus") == (
        "www.<wbr>cybermalveillance.<wbr>gouv.<wbr>fr/<wbr>tous-<wbr>nos-<wbr>contenus"
    )


def test_a_scheme_keeps_its_double_slash_and_an_email_wraps_after_the_at():
    assert breakable("https://rhinocc.fr/") == "https://<wbr>rhinocc.<wbr>fr/"
    assert breakable("contact@rhinocc.fr") == "contact@<wbr>rhinocc.<wbr>fr"


def test_the_address_is_escaped_before_the_break_points_go_in():
    rendered = Template("{% load wrapping_tags %}{{ address|breakable }}").render(
        Context({"address": 'exemple.fr/?a=1&b="<script>"'})
    )
    assert "<script>" not in rendered
    assert rendered == "exemple.<wbr>fr/?<wbr>a=<wbr>1&amp;<wbr>b=<wbr>&quot;&lt;script&gt;&quot;"


def test_a_word_without_punctuation_is_left_whole():
    assert breakable("hebdomadaires") == "hebdomadaires"
