"""The closed set of stance types (DESIGN §4), mapped to PLOVER 2021 and CAMEO roots."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StanceType:
    """One stance type.

    Attributes:
        name: Upper-case name, e.g. `REJECT`.
        polarity: +1, 0 or -1.
        intensity: Goldstein-like weight (-10..+10).
        plover: The PLOVER 2021 category, or None.
        cameo: The CAMEO root code(s).
        verb: The third-person verb used for direct RDF edges (`kg:rejects`).
    """

    name: str
    polarity: int
    intensity: float
    plover: str | None
    cameo: str
    verb: str


STANCE_TYPES: dict[str, StanceType] = {
    stance.name: stance
    for stance in (
        StanceType("STATEMENT", 0, 0.0, None, "01", "states"),
        StanceType("APPEAL", 0, 3.0, "REQUEST", "02", "appealsTo"),
        StanceType("AGREE", 1, 4.0, "AGREE", "03", "agreesWith"),
        StanceType("CONSULT", 0, 1.0, "CONSULT", "04", "consults"),
        StanceType("SUPPORT", 1, 3.5, "SUPPORT", "05", "supports"),
        StanceType("COOPERATE", 1, 6.0, "COOPERATE", "06", "cooperatesWith"),
        StanceType("AID", 1, 7.0, "AID", "07", "aids"),
        StanceType("CONCEDE", 1, 5.0, "CONCEDE", "08", "concedesTo"),
        StanceType("INVESTIGATE", -1, -2.0, "INVESTIGATE", "09", "investigates"),
        StanceType("DEMAND", -1, -5.0, "REQUEST", "10", "demands"),
        StanceType("DISAPPROVE", -1, -2.0, "ACCUSE", "11", "disapprovesOf"),
        StanceType("REJECT", -1, -4.0, "REJECT", "12", "rejects"),
        StanceType("THREATEN", -1, -6.0, "THREATEN", "13", "threatens"),
        StanceType("PROTEST", -1, -6.5, "PROTEST", "14", "protests"),
        StanceType("MOBILIZE", -1, -7.2, "MOBILIZE", "15", "mobilizesAgainst"),
        StanceType("SANCTION", -1, -6.0, "SANCTION", "16", "sanctions"),
        StanceType("COERCE", -1, -7.0, "COERCE", "17", "coerces"),
        StanceType("ASSAULT", -1, -9.5, "ASSAULT", "18-20", "assaults"),
    )
}
