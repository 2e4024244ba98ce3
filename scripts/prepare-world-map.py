#!/usr/bin/env python3
"""Prepare data/world-map.json: SVG paths of the world's countries, keyed by M49 code.

Source: Natural Earth 1:110m country shapes as TopoJSON, from the npm package world-atlas 2.0.2
(countries-110m.json; Natural Earth is in the public domain). Run once and commit the result:

    (cd /tmp && npm install world-atlas@2.0.2)
    python3 scripts/prepare-world-map.py /tmp/node_modules/world-atlas/countries-110m.json > data/world-map.json

Projection: Natural Earth I (Šavrič et al. 2011), scaled into a 960-wide view box. Antarctica is
left out. Rings that cross the antimeridian are unwrapped and clipped by the view box. Countries too small for the 1:110m scale (e.g. Malta, most small island states) have no
shape; the pages list every state in a table beside the map anyway.
"""
import json
import math
import sys

WIDTH = 960.0


def natural_earth(lon, lat):
    lam, phi = math.radians(lon), math.radians(lat)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return x, y


def main(path):
    topo = json.load(open(path, encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    xmax, _ = natural_earth(180, 0)
    _, ymax = natural_earth(0, 90)
    scale = WIDTH / (2 * xmax)
    height = 2 * ymax * scale

    def ring(indices):
        pts = []
        for i in indices:
            a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            pts.extend(a if not pts else a[1:])
        # A ring that crosses the antimeridian jumps by ~360 degrees between two points; unwrap it
        # so it stays continuous (the part beyond 180 degrees falls outside the view box).
        unwrapped = []
        for lon, lat in pts:
            if unwrapped:
                prev = unwrapped[-1][0]
                while lon - prev > 180:
                    lon -= 360
                while prev - lon > 180:
                    lon += 360
            unwrapped.append((lon, lat))
        # Keep the larger part of the ring on the map: shift rings lying mostly beyond the edge back.
        mean = sum(lon for lon, _ in unwrapped) / len(unwrapped)
        if mean > 180:
            unwrapped = [(lon - 360, lat) for lon, lat in unwrapped]
        elif mean < -180:
            unwrapped = [(lon + 360, lat) for lon, lat in unwrapped]
        out = []
        for lon, lat in unwrapped:
            x, y = natural_earth(lon, lat)
            p = (round(WIDTH / 2 + x * scale, 1), round(height / 2 - y * scale, 1))
            if not out or out[-1] != p:
                out.append(p)
        if len(out) < 3:
            return ""
        return "M" + "L".join(f"{x:g},{y:g}" for x, y in out) + "Z"

    countries = []
    for g in topo["objects"]["countries"]["geometries"]:
        if "id" not in g or g["id"] == "010":
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        d = "".join(ring(r) for poly in polys for r in poly)
        if d:
            countries.append({"m49": int(g["id"]), "name": g["properties"]["name"], "d": d})
    countries.sort(key=lambda c: c["m49"])
    json.dump({
        "source": "Natural Earth 1:110m countries, from the npm package world-atlas 2.0.2 (countries-110m.json)",
        "prepared_by": "scripts/prepare-world-map.py",
        "view_box": [0, 0, WIDTH, round(height, 1)],
        "countries": countries,
    }, sys.stdout, ensure_ascii=False, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
