"""Units by their report labels, and conversion between scales of one kind."""

import numpy as np
import pandas as pd
import pytest

import plantarget as pt


def test_unit_by_label():
    u = pt.unit("亿元")
    assert (u.kind, u.zh, u.en, u.scale_exponent) == ("currency", "亿元", "10^8 yuan", 8)
    assert u.factor == 1e8
    assert u.exact and not u.is_rate
    assert repr(u) == "Unit('亿元')"
    mu = pt.unit("亩")
    assert mu.kind == "area" and mu.factor == pytest.approx(10000 / 15) and not mu.exact
    assert pt.unit("人") == pt.unit("名")  # the same unit under two labels
    assert pt.unit("万人次").same_kind(pt.unit("人次"))
    assert not pt.unit("人").same_kind(pt.unit("家"))


def test_convert_scalars_arrays_series():
    # 1.2 亿元 = 1.2e8 元 = 12000 万元.
    assert pt.convert(1.2, "亿元", "万元") == pytest.approx(12000.0)
    assert pt.convert(np.array([1.0, 2.5]), "万人", "人") == pytest.approx([10000.0, 25000.0])
    s = pt.convert(pd.Series([3.0], index=["x"], name="v"), pt.unit("公里"), "米")
    assert s.loc["x"] == 3000.0 and s.name == "v"


def test_kinds_do_not_convert():
    with pytest.raises(ValueError, match="units do not match"):
        pt.convert(1.0, "人", "家")
    with pytest.raises(ValueError, match="units do not match"):
        pt.convert(1.0, "%", "百分点")  # a rate is not a change of rates


def test_unknown_labels_raise_parse_error():
    with pytest.raises(pt.ParseError) as e:
        pt.unit("斗")
    assert str(e.value) == "unknown unit: '斗'"
    assert isinstance(e.value, ValueError)
    assert (e.value.message, e.value.text, e.value.line) == ("unknown unit", "斗", None)
    with pytest.raises(pt.ParseError, match="empty unit"):
        pt.unit(" ")
