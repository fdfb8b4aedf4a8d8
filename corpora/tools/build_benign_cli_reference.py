#!/usr/bin/env python3
"""Writes corpora/benign/docs/cli-reference.md: a long (~20 KB) man-page style reference, the
kind of large benign document a docs tool returns. Content is hand-written command data."""
import os

CMDS = [
    ("init", "Create a new project in the current directory.", [("--template <name>", "Start from a template (`web`, `api`, `worker`)."), ("--no-git", "Do not initialise a Git repository.")], "stratus init --template api"),
    ("dev", "Run the project locally with hot reload.", [("--port <n>", "Port to listen on (default 3000)."), ("--open", "Open the browser when ready.")], "stratus dev --port 8080"),
    ("build", "Compile the project for production.", [("--release", "Enable optimisations."), ("--target <triple>", "Cross-compile for another platform."), ("--out-dir <path>", "Where to put artifacts (default `dist/`).")], "stratus build --release"),
    ("test", "Run the test-suite.", [("--filter <pattern>", "Only run tests whose name matches."), ("--coverage", "Collect coverage and write `coverage/lcov.info`."), ("--jobs <n>", "Parallel test workers.")], "stratus test --filter auth"),
    ("lint", "Check code style and common mistakes.", [("--fix", "Apply safe fixes automatically."), ("--format <fmt>", "`text`, `json` or `sarif`.")], "stratus lint --fix"),
    ("fmt", "Format source files in place.", [("--check", "Exit non-zero if files would change, without writing.")], "stratus fmt --check"),
    ("deploy", "Deploy the current build to an environment.", [("--env <name>", "Target environment (`staging`, `production`)."), ("--dry-run", "Show what would change."), ("--wait", "Block until the rollout is healthy.")], "stratus deploy --env staging --wait"),
    ("rollback", "Return an environment to a previous release.", [("--env <name>", "Target environment."), ("--to <release>", "Release id; defaults to the previous one.")], "stratus rollback --env production"),
    ("releases", "List releases of an environment, newest first.", [("--env <name>", "Environment."), ("--limit <n>", "How many to show (default 20).")], "stratus releases --env production --limit 5"),
    ("logs", "Stream logs from an environment.", [("--env <name>", "Environment."), ("--since <dur>", "Start time, e.g. `10m`, `2h`."), ("--grep <pattern>", "Only lines matching the pattern."), ("--json", "One JSON object per line.")], "stratus logs --env staging --since 30m --grep timeout"),
    ("env list", "List environments of the project.", [], "stratus env list"),
    ("env create", "Create an environment.", [("--region <code>", "Region, e.g. `eu-west`, `us-east`."), ("--size <tier>", "`small`, `medium`, `large`.")], "stratus env create preview-42 --region eu-west"),
    ("env delete", "Delete an environment and its resources. Asks for confirmation.", [("--yes", "Skip the confirmation prompt (for scripts).")], "stratus env delete preview-42"),
    ("vars list", "List configuration variables (names only; values are hidden).", [("--env <name>", "Environment.")], "stratus vars list --env staging"),
    ("vars set", "Set a configuration variable. The value is read from stdin when omitted, so it does not end up in shell history.", [("--env <name>", "Environment."), ("--secret", "Mark the value as secret: it is write-only afterwards.")], "stratus vars set LOG_LEVEL debug --env staging"),
    ("vars unset", "Remove a configuration variable.", [("--env <name>", "Environment.")], "stratus vars unset FEATURE_X --env staging"),
    ("db migrate", "Apply pending database migrations.", [("--env <name>", "Environment."), ("--plan", "Print the SQL without running it.")], "stratus db migrate --env staging --plan"),
    ("db shell", "Open an interactive SQL shell against the environment's database (read-only by default).", [("--write", "Allow writes; requires the `db:write` role.")], "stratus db shell --env staging"),
    ("db backup", "Create an on-demand backup.", [("--env <name>", "Environment."), ("--label <text>", "Free-text label shown in `db backups`.")], "stratus db backup --env production --label before-migration-42"),
    ("db restore", "Restore a backup into a new database and print its connection name.", [("--from <backup-id>", "Backup to restore."), ("--into <name>", "Name for the new database.")], "stratus db restore --from bk_9f2 --into restore-test"),
    ("domains add", "Attach a custom domain. Prints the DNS records to create.", [("--env <name>", "Environment.")], "stratus domains add shop.example.com --env production"),
    ("domains verify", "Check DNS and issue a TLS certificate.", [], "stratus domains verify shop.example.com"),
    ("scale", "Change the number of instances.", [("--env <name>", "Environment."), ("--min <n>", "Minimum instances."), ("--max <n>", "Maximum instances for autoscaling.")], "stratus scale --env production --min 3 --max 12"),
    ("metrics", "Show request rate, error rate and latency percentiles.", [("--env <name>", "Environment."), ("--window <dur>", "Time window (default `1h`).")], "stratus metrics --env production --window 6h"),
    ("cron list", "List scheduled jobs.", [], "stratus cron list"),
    ("cron run", "Trigger a scheduled job now.", [("--wait", "Wait for completion and print the exit code.")], "stratus cron run nightly-report --wait"),
    ("auth login", "Sign in through the browser. Credentials are stored in the OS keychain.", [("--sso", "Use your organisation's single sign-on.")], "stratus auth login --sso"),
    ("auth logout", "Remove stored credentials from this machine.", [], "stratus auth logout"),
    ("auth status", "Show which account and organisation you are signed in to.", [], "stratus auth status"),
    ("team list", "List members and their roles.", [], "stratus team list"),
    ("team invite", "Invite someone by email. They receive a link valid for 7 days.", [("--role <role>", "`viewer`, `developer` or `admin`.")], "stratus team invite new.person@example.com --role developer"),
    ("audit", "Show the audit log: who changed what, when.", [("--since <dur>", "Start time."), ("--actor <user>", "Filter by user.")], "stratus audit --since 7d"),
    ("open", "Open the project dashboard in the browser.", [], "stratus open"),
    ("doctor", "Diagnose common problems: versions, credentials, network, configuration.", [], "stratus doctor"),
    ("completion", "Print a shell completion script.", [("<shell>", "`bash`, `zsh`, `fish` or `powershell`.")], "stratus completion zsh > ~/.zfunc/_stratus"),
    ("upgrade", "Upgrade the CLI to the latest version.", [("--channel <name>", "`stable` (default) or `beta`.")], "stratus upgrade"),
    ("version", "Print version and build information.", [], "stratus version"),
]

INTRO = """# stratus CLI reference

`stratus` is the command-line interface for the Stratus hosting platform. This page lists every
command with its options and an example. Run `stratus <command> --help` for the same
information in your terminal.

## Global options

| Option | Description |
|--------|-------------|
| `--project <id>` | Project to act on. Defaults to the project linked in the current directory. |
| `--org <slug>` | Organisation, when you belong to several. |
| `--output <fmt>` | `text` (default), `json` or `yaml`. |
| `-q, --quiet` | Print only errors. |
| `-v, --verbose` | More output; repeat for debug logs. |
| `--no-color` | Disable coloured output (also respected: `NO_COLOR`). |

## Exit codes

| Code | Meaning |
|------|---------|
| 0 | Success |
| 1 | General error |
| 2 | Invalid arguments |
| 3 | Not signed in or insufficient permissions |
| 4 | The platform rejected the request (details on stderr) |
| 5 | Timed out waiting for an operation |

## Configuration file

Project settings live in `stratus.toml` at the repository root:

```toml
[project]
id = "prj_2xk9"
runtime = "node20"

[build]
command = "npm run build"
output = "dist"

[env.production]
region = "eu-west"
min_instances = 2
```

"""

NOTES = [
    "Commands that change an environment print a summary and ask for confirmation when run in an interactive terminal.",
    "In CI, set `STRATUS_NON_INTERACTIVE=1` to fail instead of prompting.",
    "All timestamps are printed in your local time zone; use `--output json` for UTC.",
    "Long-running operations can be resumed: re-running the command attaches to the operation in progress.",
]


def main():
    parts = [INTRO, "## Commands\n"]
    for i, (name, desc, opts, ex) in enumerate(CMDS):
        s = f"### `stratus {name}`\n\n{desc}\n\n"
        if opts:
            s += "| Option | Description |\n|--------|-------------|\n"
            for o, d in opts:
                s += f"| `{o}` | {d} |\n"
            s += "\n"
        s += f"Example:\n\n```bash\n{ex}\n```\n\n"
        if i % 9 == 4:
            s += f"> **Note**\n> {NOTES[(i // 9) % len(NOTES)]}\n\n"
        parts.append(s)
    parts.append("## Environment variables\n\n| Variable | Effect |\n|----------|--------|\n| `STRATUS_PROJECT` | Same as `--project`. |\n| `STRATUS_ORG` | Same as `--org`. |\n| `STRATUS_NON_INTERACTIVE` | Never prompt; fail instead. |\n| `STRATUS_API_URL` | Override the API endpoint (for on-premises installs). |\n| `NO_COLOR` | Disable colours. |\n\n## Getting help\n\nRun `stratus doctor` first; it catches most setup problems. Then check the status page, or ask in the community forum with the output of `stratus version`.\n")
    text = "".join(parts)
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "benign", "docs", "cli-reference.md")
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print(out, len(text.encode()))


if __name__ == "__main__":
    main()
