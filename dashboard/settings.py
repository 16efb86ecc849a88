"""Operator settings for a deployment, from environment variables or Streamlit secrets.

Owns: whether the site is public (viewers read only; adding to the shared store needs the editor
password), whether the map is shown (published maps in China need an approval number), and the
editor password itself. Secrets win over environment variables; nothing here is ever shown.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    public: bool = False
    show_map: bool = True
    editor_password: str = ""


def _flag(value: object, default: bool) -> bool:
    if value is None or value == "":
        return default
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def load(secrets: Mapping | None = None, env: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if env is None else env
    sec = dict(secrets or {})

    def get(name: str) -> object:
        return sec.get(name.lower(), env.get(f"COUNTY_INDICATORS_{name}"))

    return Settings(
        public=_flag(get("PUBLIC"), False),
        show_map=_flag(get("MAP"), True),
        editor_password=str(get("EDITOR_PASSWORD") or ""),
    )
