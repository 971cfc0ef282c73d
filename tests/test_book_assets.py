"""Vendoring of the book's browser assets (svcx_helpers/book.py), without a browser."""

from __future__ import annotations

import io
import re
import tarfile
import urllib.request
from pathlib import Path

import pytest

from svcx_helpers.publish import assets as book


def _tarball(path: Path, files: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_versions_are_pinned_exactly() -> None:
    for asset in book.VENDOR.values():
        assert re.fullmatch(r"\d+\.\d+\.\d+", asset.version), asset
        assert asset.integrity.startswith("sha512-") and len(asset.integrity) == 95, asset


def test_only_the_listed_files_are_unpacked(tmp_path: Path) -> None:
    tgz = _tarball(tmp_path / "x.tgz", {"dist/a.js": b"a", "dist/a.js.map": b"m",
                                        "dist/font.woff": b"f", "src/b.ts": b"b"})
    asset = book.NpmAsset("x", "1.0.0", "sha512-", ("dist/*.js", "dist/*.woff"), "x")
    assert book.extract_asset(asset, tgz, tmp_path / "out") == 2
    found = sorted(p.relative_to(tmp_path / "out").as_posix()
                   for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert found == ["dist/a.js", "dist/font.woff"]  # no source maps, no sources


def test_a_tampered_cache_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asset = book.VENDOR["requirejs"]
    _tarball(tmp_path / f"requirejs-{asset.version}.tgz", {"require.js": b"evil()"})
    monkeypatch.setattr(book.shutil, "which", lambda name: None)  # and no npm to refetch
    with pytest.raises(book.VendorError, match=r"not cached .* `npm` was not found"):
        book.npm_tarball(asset, cache=tmp_path)


def test_integrity_is_npm_style_sha512(tmp_path: Path) -> None:
    # known answer: sha512 of the empty string, base64 as in package-lock.json
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    assert book._integrity(empty) == (
        "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==")


def test_local_server_serves_the_folder(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<p>hello</p>")
    with book.serve(tmp_path) as url:
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url + "index.html", timeout=10) as response:
            assert response.read() == b"<p>hello</p>"
