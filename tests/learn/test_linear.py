"""The sparse linear model: training, inference, the JSON round trip, determinism."""

from __future__ import annotations

import json

import pytest

from tidings.learn.linear import LinearModel, from_json, load, train


def _examples() -> list[tuple[list[str], str]]:
    out = []
    for i in range(60):
        out.append(([f"lemma=send{i % 3}", "obj=materiel", "prep=to"], "AID"))
        out.append(([f"lemma=hand{i % 4}", "prt=over", "prep=to"], "COOPERATE"))
        out.append(([f"lemma=thank{i % 2}", "dep=pcomp"], "NONE"))
    return out


def test_train_learns_the_class_a_feature_marks():
    model = train(_examples(), epochs=150)
    assert model.classes == ["AID", "COOPERATE", "NONE"]
    assert model.best(["obj=materiel"])[0] == "AID"
    assert model.best(["prt=over"])[0] == "COOPERATE"
    assert model.best(["dep=pcomp"])[0] == "NONE"
    probs = model.proba(["obj=materiel", "prep=to"])
    assert abs(sum(probs.values()) - 1.0) < 1e-9


def test_unknown_features_are_ignored():
    model = train(_examples(), epochs=50)
    assert model.scores(["never-seen", "dep=pcomp"]) == model.scores(["dep=pcomp"])
    assert model.scores([]) == model.bias


def test_training_is_deterministic_byte_for_byte():
    assert train(_examples(), epochs=80).to_json() == train(_examples(), epochs=80).to_json()


def test_round_trip_through_json(tmp_path):
    model = train(_examples(), epochs=80)
    path = tmp_path / "m.json"
    model.save(path)
    again = load(path)
    assert again.to_json() == model.to_json()
    assert again.proba(["prt=over"]) == model.proba(["prt=over"])
    obj = json.loads(path.read_text())
    # weights are stored with 6 significant digits at most
    assert all(len(f"{w:.15g}".lstrip("-").replace(".", "").lstrip("0")) <= 6
               for row in obj["weights"].values() for w in row.values())


def test_saved_model_drops_the_zero_weights_of_a_feature():
    model = train(_examples(), epochs=150)
    # the median shift leaves a feature one or two nonzero classes out of three
    assert all(len(row) < len(model.classes) for row in model.weights.values())


def test_class_weights_tilt_the_decision():
    ex = [(["f"], "A")] * 6 + [(["f"], "B")] * 4
    assert train(ex, epochs=200).best(["f"])[0] == "A"
    assert train(ex, epochs=200, class_weights={"B": 3.0}).best(["f"])[0] == "B"


def test_min_count_leaves_rare_features_out():
    ex = [(["common", "rare"], "A"), (["common"], "A"), (["other"], "B"), (["other"], "B")]
    model = train(ex, epochs=50, min_count=2)
    assert "rare" not in model.weights


def test_explain_names_the_features_behind_a_class():
    model = train(_examples(), epochs=150)
    assert model.explain(["prt=over", "prep=to"], "COOPERATE")[0][0] == "prt=over"


def test_from_json_refuses_another_format():
    with pytest.raises(ValueError):
        from_json('{"format": "other"}')


def test_model_is_a_plain_dataclass():
    m = LinearModel(classes=["A", "B"], bias={"A": 0.0, "B": 1.0}, weights={"x": {"A": 2.0}})
    assert m.best(["x"]) == ("A", pytest.approx(m.proba(["x"])["A"]))
