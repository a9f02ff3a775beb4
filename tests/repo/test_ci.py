"""CI, pre-commit and GitHub Action files: valid YAML whose shell commands run here as they would in CI.

Every `run:` / `script:` command of the generated workflow and GitLab job, the
pre-commit hook entries and the composite action's steps is run with the
installed console script. Only the `pip install` lines are left out: kotodoc is
already installed in the test environment.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from kotodoc.repo import init as repo_init
from kotodoc.repo.ci import GITHUB_WORKFLOW, GITLAB_CI, HOOK_FILES, PRE_COMMIT_CONFIG, ci_files
from kotodoc.repo.scaffold import DATA_FILE
from tests.conftest import EXAMPLES, ROOT

SCRIPTS = Path(sys.executable).parent
KOTODOC = SCRIPTS / "kotodoc"


def env_with_kotodoc(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "KOTODOC_DEBUG")}
    env["PATH"] = f"{SCRIPTS}{os.pathsep}{env.get('PATH', '')}"
    env.update(extra or {})
    return env


def bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """A step as GitHub runs a `shell: bash` step."""
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=cwd, env=env,
                          capture_output=True, text=True, check=False)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A municipality's repository right after `kotodoc init --ci github` and `--ci gitlab`."""
    planned = repo_init.plan(["Kokkola"], "github")
    planned.files.update(ci_files("gitlab", DATA_FILE))
    repo_init.write(tmp_path, planned.files)
    return tmp_path


def test_console_script_is_installed() -> None:
    assert KOTODOC.is_file(), "kotodoc console script missing: pip install -e ."


# --- GitHub workflow --------------------------------------------------------------------------

def test_github_workflow_shape(repo: Path) -> None:
    wf = yaml.safe_load((repo / GITHUB_WORKFLOW).read_text(encoding="utf-8"))
    assert wf["name"] == "kotodoc"
    assert "pull_request" in wf[True]  # PyYAML reads the key `on` as True (YAML 1.1)
    job = wf["jobs"]["kotodoc"]
    uses = [s.get("uses", "").split("@")[0] for s in job["steps"]]
    assert uses[:2] == ["actions/checkout", "actions/setup-python"] and uses[-1] == "actions/upload-artifact"
    render = next(s["run"] for s in job["steps"] if "kotodoc render" in s.get("run", ""))
    assert render.endswith(f'-o "{job["steps"][-1]["with"]["path"]}"')
    installs = [s["run"] for s in job["steps"] if "pip install" in s.get("run", "")]
    assert installs == ['python -m pip install "$KOTODOC_ASENNUS"']
    assert wf["env"]["KOTODOC_ASENNUS"].startswith("kotodoc==")
    assert "KOTODOC-ASENNUS" in (repo / GITHUB_WORKFLOW).read_text(encoding="utf-8")


def _github_steps(repo: Path) -> tuple[list[str], dict[str, str]]:
    wf = yaml.safe_load((repo / GITHUB_WORKFLOW).read_text(encoding="utf-8"))
    runs = [s["run"] for s in wf["jobs"]["kotodoc"]["steps"] if "run" in s and "pip install" not in s["run"]]
    return runs, {k: str(v) for k, v in wf["env"].items()}


def test_github_workflow_validate_step_runs(repo: Path) -> None:
    runs, env = _github_steps(repo)
    (validate,) = [r for r in runs if "kotodoc validate" in r]
    proc = bash(validate, repo, env_with_kotodoc(env))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"::warning file={DATA_FILE},line=" in proc.stdout
    assert "::error" not in proc.stdout
    # An error in the file fails the step, with an annotation on the line.
    text = (repo / DATA_FILE).read_text(encoding="utf-8")
    (repo / DATA_FILE).write_text(text.replace("skeemaversio: 1", "skeemaversio: 9"), encoding="utf-8")
    failed = bash(validate, repo, env_with_kotodoc(env))
    assert failed.returncode == 1 and "::error file=" in failed.stdout


def test_github_workflow_render_step_runs(repo: Path) -> None:
    runs, env = _github_steps(repo)
    for script in runs:
        proc = bash(script, repo, env_with_kotodoc(env))
        assert proc.returncode == 0, (script, proc.stdout + proc.stderr)
    assert (repo / "kotoutumisohjelma.docx").stat().st_size > 0


# --- GitLab CI ----------------------------------------------------------------------------------

def _gitlab(repo: Path) -> tuple[dict[str, Any], dict[str, str]]:
    ci = yaml.safe_load((repo / GITLAB_CI).read_text(encoding="utf-8"))
    return ci["kotodoc"], {k: str(v) for k, v in ci["variables"].items()}


def test_gitlab_job_shape(repo: Path) -> None:
    job, variables = _gitlab(repo)
    assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert job["artifacts"]["when"] == "always"
    assert job["artifacts"]["paths"] == ["kotoutumisohjelma.docx"]
    assert [line for line in job["script"] if "pip install" in line] == ['python -m pip install "$KOTODOC_ASENNUS"']
    assert variables["KOTODOC_TIEDOSTO"] == DATA_FILE


def test_gitlab_validate_lines_run_and_write_code_quality(repo: Path) -> None:
    job, variables = _gitlab(repo)
    lines = [line for line in job["script"] if "kotodoc validate" in line]
    assert len(lines) == 2
    for line in lines:
        proc = bash(line, repo, env_with_kotodoc(variables))
        assert proc.returncode == 0, (line, proc.stdout + proc.stderr)
    issues = json.loads((repo / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    assert issues and {i["check_name"] for i in issues} == {"KD401", "KD307", "KD305"}  # a draft: all warnings
    assert {i["severity"] for i in issues} == {"minor"}
    assert all(i["location"]["path"] == DATA_FILE and i["location"]["lines"]["begin"] > 1 for i in issues)
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_render_line_runs(repo: Path) -> None:
    job, variables = _gitlab(repo)
    (line,) = [line for line in job["script"] if "kotodoc render" in line]
    proc = bash(line, repo, env_with_kotodoc(variables))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (repo / job["artifacts"]["paths"][0]).is_file()


# --- pre-commit -------------------------------------------------------------------------------------

def _run_hook(hook: dict[str, Any], files: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a hook as pre-commit does: its entry followed by the matching file names."""
    pattern = re.compile(hook["files"])
    matching = [f for f in files if pattern.search(f)]
    assert matching, files
    return subprocess.run([*shlex.split(hook["entry"]), *matching], cwd=cwd, env=env_with_kotodoc(),
                          capture_output=True, text=True, check=False)


def test_generated_pre_commit_config_runs_on_the_programme(repo: Path) -> None:
    config = yaml.safe_load((repo / PRE_COMMIT_CONFIG).read_text(encoding="utf-8"))
    (local,) = config["repos"]
    assert local["repo"] == "local"
    (hook,) = local["hooks"]
    assert hook["id"] == "kotodoc-validate" and hook["language"] == "python"
    assert hook["additional_dependencies"][0].startswith("kotodoc==")
    assert hook["files"] == HOOK_FILES
    tracked = [DATA_FILE, GITHUB_WORKFLOW, GITLAB_CI, PRE_COMMIT_CONFIG]
    proc = _run_hook(hook, tracked, repo)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 tiedosto" in proc.stdout  # only the programme, not the CI files


def test_hook_and_ci_check_a_draft_until_the_file_says_it_is_final(repo: Path) -> None:
    """A fresh file has its questions open: committable as a draft; once it says luonnos: false, not."""
    config = yaml.safe_load((repo / PRE_COMMIT_CONFIG).read_text(encoding="utf-8"))
    (hook,) = config["repos"][0]["hooks"]
    assert "--luonnos" in hook["entry"]
    runs, env = _github_steps(repo)
    assert all("--luonnos" in r for r in runs if "kotodoc validate" in r or "kotodoc render" in r)
    job, _ = _gitlab(repo)
    assert all("--luonnos" in line for line in job["script"] if line.startswith("kotodoc"))
    assert "luonnos" in proc_text(_run_hook(hook, [DATA_FILE], repo))
    text = (repo / DATA_FILE).read_text(encoding="utf-8")
    assert "\nluonnos:\n" in text  # said nothing yet: the hook's --luonnos decides
    (repo / DATA_FILE).write_text(text.replace("\nluonnos:\n", "\nluonnos: false\n"), encoding="utf-8")
    final = _run_hook(hook, [DATA_FILE], repo)
    assert final.returncode == 1 and ": virhe KD307: " in final.stdout
    (validate,) = [r for r in runs if "kotodoc validate" in r]
    assert bash(validate, repo, env_with_kotodoc(env)).returncode == 1


def proc_text(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def test_project_hook_file() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "kotodoc-validate"
    assert hook["entry"] == "kotodoc validate"
    assert hook["language"] == "python"
    assert hook["files"] == HOOK_FILES  # the same files as the generated local hook
    pattern = re.compile(hook["files"])
    for name in ("kotoutumisohjelma.yaml", "ohjelmat/kotoutumisohjelma-2025.yml", "kotoutumisohjelma_sv.yaml"):
        assert pattern.search(name), name
    for name in (".gitlab-ci.yml", ".pre-commit-config.yaml", ".github/workflows/kotodoc.yml",
                 "vanha_kotoutumisohjelma.yaml", "kotoutumisohjelma.yaml.bak", "kotoutumisohjelma/muu.yaml"):
        assert not pattern.search(name), name


def test_project_hook_entry_runs_on_the_examples(tmp_path: Path) -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert EXAMPLES
    # The examples are named after their municipality; a repository made by `kotodoc init` names
    # the file kotoutumisohjelma.yaml, which is what the hook's pattern selects.
    names = []
    for example in EXAMPLES:
        name = f"kotoutumisohjelma-{example.stem}.yaml"
        shutil.copy(example, tmp_path / name)
        names.append(name)
    proc = _run_hook(hook, names, tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"Tarkistettu {len(EXAMPLES)} tiedosto" in proc.stdout
    direct = subprocess.run([*shlex.split(hook["entry"]), *map(str, EXAMPLES)], env=env_with_kotodoc(),
                            capture_output=True, text=True, check=False)
    assert direct.returncode == 0, direct.stdout + direct.stderr


# --- the composite GitHub Action (action.yml) --------------------------------------------------------

EXPR = re.compile(r"\$\{\{\s*([\w.-]+)\s*\}\}")
CONDITION = re.compile(r"^inputs\.([\w-]+) != ''$")


def _action() -> dict[str, Any]:
    return dict(yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8")))


def _run_action(inputs: dict[str, str], cwd: Path) -> list[subprocess.CompletedProcess[str]]:
    """Run the action's shell steps as GitHub would, with ``inputs`` over the defaults."""
    action = _action()
    values = {f"inputs.{k}": str(v.get("default", "")) for k, v in action["inputs"].items()}
    values.update({f"inputs.{k}": v for k, v in inputs.items()})
    values["github.action_path"] = str(ROOT)
    done = []
    for step in action["runs"]["steps"]:
        if "if" in step:
            cond = CONDITION.match(step["if"])
            assert cond, step["if"]
            if not values[f"inputs.{cond.group(1)}"]:
                continue
        if "run" not in step or "pip install" in step["run"]:
            continue
        assert step["shell"] == "bash"
        assert not EXPR.search(step["run"]), "inputs go through env:, never into the script"
        env = {k: EXPR.sub(lambda m: values[m.group(1)], str(v)) for k, v in step.get("env", {}).items()}
        proc = bash(step["run"], cwd, env_with_kotodoc(env))
        done.append(proc)
        if proc.returncode:
            break
    return done


def test_action_shape() -> None:
    action = _action()
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) == {"files", "strict", "render", "python-version"}
    steps = action["runs"]["steps"]
    install = next(s for s in steps if "pip install" in s.get("run", ""))
    assert install["env"]["KOTODOC_LAHDE"] == "${{ github.action_path }}"
    assert steps[-1]["uses"].startswith("actions/upload-artifact@")


@pytest.fixture
def examples_copy(tmp_path: Path) -> Path:
    for example in EXAMPLES:
        shutil.copy(example, tmp_path / example.name)
    return tmp_path


def test_action_validates_the_files(examples_copy: Path) -> None:
    (proc,) = _run_action({"files": "*.yaml"}, examples_copy)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "::warning file=" in proc.stdout  # the examples have warnings
    assert f"Tarkistettu {len(EXAMPLES)} tiedosto" in proc.stdout


def test_action_strict_fails_on_warnings(examples_copy: Path) -> None:
    (proc,) = _run_action({"files": "*.yaml", "strict": "true"}, examples_copy)
    assert proc.returncode == 1


def test_action_fails_on_a_missing_file(examples_copy: Path) -> None:
    (proc,) = _run_action({"files": "puuttuu.yaml"}, examples_copy)
    assert proc.returncode == 2
    assert "::error file=puuttuu.yaml" in proc.stdout


def test_action_renders(examples_copy: Path) -> None:
    procs = _run_action({"files": "*.yaml", "render": "md"}, examples_copy)
    assert [p.returncode for p in procs] == [0, 0], [p.stderr for p in procs]
    outputs = sorted(p.name for p in (examples_copy / "kotodoc-tulosteet").iterdir())
    assert outputs == sorted(f"{e.stem}.md" for e in EXAMPLES)


@pytest.mark.parametrize(("schema", "path"), [
    ("vendor.github-workflows", GITHUB_WORKFLOW),
    ("vendor.gitlab-ci", GITLAB_CI),
    ("vendor.github-actions", None),
])
def test_files_match_the_vendors_schemas(repo: Path, schema: str, path: str | None) -> None:
    """GitHub's and GitLab's published schemas (vendored in check-jsonschema, no network needed)."""
    target = repo / path if path else ROOT / "action.yml"
    proc = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(target)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
