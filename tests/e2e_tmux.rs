//! polku in a real terminal: the built binary runs in tmux with a HOME of its own, and the
//! test types as a user would and reads the screen.
//!
//! Needs tmux. Where tmux is missing, each test says so in one line on standard error and
//! passes without running, so that `cargo test` works on a machine with only the Rust
//! toolchain; with `POLKU_REQUIRE_TMUX=1` (set by `.ci/run`, which installs tmux) a missing
//! tmux fails them instead, so that CI never skips them silently.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// How long to wait for the screen to show something before giving up. Not a speed target:
/// a generous deadline so that a slow machine does not fail the test.
const DEADLINE: Duration = Duration::from_secs(60);

static SESSIONS: AtomicUsize = AtomicUsize::new(0);

/// A tmux server of the test's own, removed on drop.
struct Terminal {
    socket: String,
    home: PathBuf,
}

/// Whether tmux can be run here. Without it, the running test is skipped with a note that
/// reaches the person running `cargo test` (written to the process's standard error directly,
/// which the test harness does not capture), or fails when `POLKU_REQUIRE_TMUX` is set.
fn tmux_available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("POLKU_REQUIRE_TMUX").is_none(),
            "POLKU_REQUIRE_TMUX is set but tmux cannot be run: install tmux"
        );
        let _ = writeln!(
            std::io::stderr(),
            "note: tmux is not installed; skipped the end-to-end test {}",
            std::thread::current().name().unwrap_or("(unnamed)")
        );
    }
    found
}

impl Terminal {
    /// A terminal for the running test, or `None` (after a note) when tmux is missing.
    fn new(home: &Path) -> Option<Self> {
        if !tmux_available() {
            return None;
        }
        let n = SESSIONS.fetch_add(1, Ordering::SeqCst);
        Some(Self {
            socket: format!("polku-e2e-{}-{n}", std::process::id()),
            home: home.to_path_buf(),
        })
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            // CI may run without a terminal type; the server needs one to start.
            .env("TERM", "xterm-256color")
            .env_remove("TMUX")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux must be installed to run the end-to-end tests (.ci/run installs it)");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Starts polku with `args` in a `width` x `height` terminal.
    fn start(&self, width: u16, height: u16, args: &str) {
        let home = self.home.display();
        let command = format!(
            "exec env HOME={home} XDG_CONFIG_HOME={home}/config XDG_DATA_HOME={home}/data XDG_CACHE_HOME={home}/cache LANG=C.UTF-8 TERM=xterm-256color {} {args}",
            env!("CARGO_BIN_EXE_polku")
        );
        self.tmux(&[
            "new-session",
            "-d",
            "-s",
            "polku",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            &command,
        ]);
    }

    /// Starts polku in English in a `width` x `height` terminal and waits for the first whole
    /// frame: the search at the top and the status bar at the bottom.
    fn start_in_english(&self, width: u16, height: u16) -> String {
        self.start(width, height, "--lang en");
        self.wait_for("Search by goal, need or service");
        self.wait_for_whole_frame()
    }

    /// Waits until the bottom line (the status bar) is drawn and two captures in a row agree,
    /// so that a test never reads a frame the terminal is still in the middle of painting.
    fn wait_for_whole_frame(&self) -> String {
        let start = Instant::now();
        let mut previous = String::new();
        loop {
            let screen = self.screen();
            let bottom_drawn = screen
                .lines()
                .last()
                .is_some_and(|line| !line.trim().is_empty());
            if bottom_drawn && screen == previous {
                return screen;
            }
            if start.elapsed() > DEADLINE {
                panic!("the screen never settled into a whole frame; it shows:\n{screen}");
            }
            previous = screen;
            sleep(Duration::from_millis(100));
        }
    }

    /// Searches for the clubhouses and adds the first to the plan.
    fn add_a_clubhouse(&self) {
        self.type_text("klubitalo");
        self.wait_for("Clubhouse, Lappeenranta");
        self.keys(&["Enter"]);
        self.wait_for("Plan (1)");
    }

    fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.tmux(&["send-keys", "-t", "polku", key]);
            // Let each key arrive on its own, as typing does: Esc followed at once by a letter
            // would read as Alt-letter.
            sleep(Duration::from_millis(60));
        }
    }

    fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", "polku", "-l", text]);
        sleep(Duration::from_millis(60));
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", "polku"])
    }

    /// Waits until the screen shows `text`; panics with the screen if it never does.
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            if start.elapsed() > DEADLINE {
                panic!("the screen never showed {text:?}; it shows:\n{screen}");
            }
            sleep(Duration::from_millis(100));
        }
    }

    fn pid(&self) -> Option<u32> {
        self.tmux(&["list-panes", "-t", "polku", "-F", "#{pane_pid}"])
            .trim()
            .parse()
            .ok()
    }

    fn is_running(&self) -> bool {
        !self.tmux(&["list-sessions"]).trim().is_empty()
    }

    fn wait_until_gone(&self) {
        let start = Instant::now();
        while self.is_running() {
            assert!(
                start.elapsed() < DEADLINE,
                "polku did not quit:\n{}",
                self.screen()
            );
            sleep(Duration::from_millis(100));
        }
    }

    fn kill_server(&self) {
        self.tmux(&["kill-server"]);
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        self.kill_server();
    }
}

/// Whether process `pid` still runs (a zombie waiting for a parent that is gone has ended).
fn is_alive(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        // The state follows the command name in parentheses.
        Ok(stat) => stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| !rest.trim_start().starts_with('Z')),
        Err(_) => false,
    }
}

/// Waits until process `pid` has ended.
fn wait_for_exit(pid: u32) {
    let start = Instant::now();
    while is_alive(pid) {
        assert!(start.elapsed() < DEADLINE, "process {pid} did not end");
        sleep(Duration::from_millis(50));
    }
}

/// The files in a folder of polku's data directory under `home`, sorted; none if it is missing.
fn data_files(home: &Path, folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(home.join("data/polku").join(folder))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

fn plans_in(home: &Path) -> Vec<PathBuf> {
    data_files(home, "plans")
}

#[test]
fn search_add_save_and_quit() {
    use std::os::unix::fs::PermissionsExt;
    let home = tempfile::tempdir().unwrap();
    let Some(t) = Terminal::new(home.path()) else {
        return;
    };
    t.start_in_english(100, 30);
    t.add_a_clubhouse();
    t.keys(&["C-s"]);
    t.wait_for("Save the plan as");
    t.keys(&["Enter"]);
    t.wait_for("Saved:");
    t.keys(&["C-q"]);
    t.wait_until_gone();
    let plans = plans_in(home.path());
    assert_eq!(plans.len(), 1, "{plans:?}");
    let mode = std::fs::metadata(&plans[0]).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let text = std::fs::read_to_string(&plans[0]).unwrap();
    assert!(text.contains("service: \"klubitalo-"), "{text}");
}

#[test]
fn resizing_down_to_40x10_and_back() {
    let home = tempfile::tempdir().unwrap();
    let Some(t) = Terminal::new(home.path()) else {
        return;
    };
    t.start_in_english(100, 30);
    t.type_text("velat");
    t.tmux(&["resize-window", "-t", "polku", "-x", "40", "-y", "10"]);
    t.wait_for("Too small: now 40x10, needs 60x20");
    t.tmux(&["resize-window", "-t", "polku", "-x", "100", "-y", "30"]);
    t.wait_for("› velat");
    let screen = t.wait_for_whole_frame();
    assert!(screen.contains("Matching goals"), "{screen}");
    assert!(t.is_running());
}

/// Types into the plan editor's situation field and commits it.
fn write_situation(t: &Terminal, text: &str) {
    t.keys(&["F3"]);
    t.wait_for("The client's plan");
    t.keys(&["Tab"]);
    t.wait_for("The situation in the client's own words");
    t.type_text(text);
    t.keys(&["Enter"]);
}

fn recovery_files(home: &Path) -> Vec<PathBuf> {
    data_files(home, "recovery")
}

/// Starts again and expects the unsaved text to be offered back and restored. The restored
/// plan's copy then belongs to the new window: one copy, not the old window's.
fn restart_and_restore(home: &Path, text: &str) {
    let before = recovery_files(home);
    assert_eq!(before.len(), 1, "{before:?}");
    let Some(t) = Terminal::new(home) else {
        return;
    };
    t.start(110, 30, "--lang en");
    t.wait_for("An unsaved plan was found");
    t.keys(&["Enter"]);
    t.wait_for("The unsaved plan was restored.");
    t.keys(&["F3", "Tab"]);
    t.wait_for(text);
    let after = recovery_files(home);
    assert_eq!(after.len(), 1, "{after:?}");
    assert_ne!(after, before);
    let copy = std::fs::read_to_string(&after[0]).unwrap();
    assert!(copy.contains(text), "{copy}");
}

#[test]
fn killed_in_the_middle_of_editing_nothing_is_lost() {
    let home = tempfile::tempdir().unwrap();
    let Some(t) = Terminal::new(home.path()) else {
        return;
    };
    t.start_in_english(110, 30);
    write_situation(&t, "Back pain since the accident");
    // The recovery copy is promised within five seconds of the last edit.
    let start = Instant::now();
    while recovery_files(home.path()).is_empty() {
        assert!(start.elapsed() < DEADLINE, "no recovery copy was written");
        sleep(Duration::from_millis(100));
    }
    let pid = t.pid().expect("polku's pid");
    Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .unwrap();
    wait_for_exit(pid);
    t.kill_server();
    restart_and_restore(home.path(), "Back pain since the accident");
}

#[test]
fn closing_the_terminal_loses_nothing() {
    let home = tempfile::tempdir().unwrap();
    let Some(t) = Terminal::new(home.path()) else {
        return;
    };
    t.start_in_english(110, 30);
    write_situation(&t, "Moved to Kotka in spring");
    t.wait_for("Moved to Kotka in spring");
    // Closing the terminal at once, before the recovery copy is due: polku gets SIGHUP.
    let pid = t.pid().expect("polku's pid");
    t.kill_server();
    wait_for_exit(pid);
    restart_and_restore(home.path(), "Moved to Kotka in spring");
}

#[test]
fn what_is_typed_while_a_large_catalogue_loads_becomes_the_search() {
    let home = tempfile::tempdir().unwrap();
    let catalogue = home.path().join("catalogue");
    std::fs::create_dir_all(&catalogue).unwrap();
    std::fs::write(
        catalogue.join("generated.ron"),
        polku::synthetic::catalog_ron(20_000, 4),
    )
    .unwrap();
    let Some(t) = Terminal::new(home.path()) else {
        return;
    };
    t.start(
        100,
        30,
        &format!("--lang en --catalog {}", catalogue.display()),
    );
    // Typed at once: into the loading screen's search line if the catalogue is still
    // loading, into the search itself if it is already there. Either way nothing is lost.
    t.type_text("valmennus");
    let screen = t.wait_for("20000 services");
    let screen = if screen.contains("› valmennus") {
        screen
    } else {
        t.wait_for("› valmennus")
    };
    // The screen may be caught half drawn: the list's title follows within moments.
    if !screen.contains("Services (") {
        t.wait_for("Services (");
    }
    t.keys(&["C-q"]);
    t.wait_until_gone();
}

#[test]
fn a_recovery_copy_of_a_plan_that_was_saved_after_all_is_not_offered() {
    use polku::plan::{Plan, RecoverySnapshot, RecoveryStore, save_plan};
    let home = tempfile::tempdir().unwrap();
    let plans = home.path().join("data/polku/plans");
    std::fs::create_dir_all(&plans).unwrap();
    let path = plans.join("plan-ak.ron");
    let plan = Plan {
        client: "A. K.".into(),
        ..Plan::default()
    };
    // polku stopped between saving the plan and removing its recovery copy.
    save_plan(&plan, &path).unwrap();
    RecoveryStore::new(home.path().join("data/polku/recovery"))
        .write(&RecoverySnapshot::new(
            plan,
            Some(path),
            std::time::SystemTime::now(),
        ))
        .unwrap();
    assert_eq!(recovery_files(home.path()).len(), 1);

    let Some(t) = Terminal::new(home.path()) else {
        return;
    };
    let screen = t.start_in_english(100, 30);
    assert!(!screen.contains("An unsaved plan was found"), "{screen}");
    assert!(recovery_files(home.path()).is_empty());
    t.keys(&["C-q"]);
    t.wait_until_gone();
}

/// A plan file's text, the only one in the plans folder.
fn the_plan(home: &Path) -> String {
    let plans = plans_in(home);
    assert_eq!(plans.len(), 1, "{plans:?}");
    std::fs::read_to_string(&plans[0]).unwrap()
}

#[test]
fn ctrl_s_while_typing_in_a_field_saves_the_text_and_ctrl_q_then_quits() {
    let home = tempfile::tempdir().unwrap();
    let Some(t) = Terminal::new(home.path()) else {
        return;
    };
    t.start_in_english(80, 24);
    t.keys(&["F3"]);
    t.wait_for("Client (name or initials)");
    // Typing on the client's row, then Ctrl-S without Enter.
    t.type_text("Aino K");
    t.keys(&["C-s"]);
    t.wait_for("Save the plan as");
    t.keys(&["Enter"]);
    t.wait_for("Saved:");
    t.keys(&["C-q"]);
    t.wait_until_gone();
    assert!(the_plan(home.path()).contains("client: \"Aino K\""));
}

#[test]
fn enter_in_the_unsaved_changes_dialog_saves_and_the_discard_key_keeps_a_copy() {
    let home = tempfile::tempdir().unwrap();
    let Some(t) = Terminal::new(home.path()) else {
        return;
    };
    t.start_in_english(80, 24);
    t.type_text("klubitalo");
    t.wait_for("Clubhouse, Lappeenranta");
    t.keys(&["Enter", "C-q"]);
    t.wait_for("The plan has unsaved changes.");
    // Enter is "save and quit": the name is asked, then it saves and quits.
    t.keys(&["Enter"]);
    t.wait_for("Save the plan as");
    t.keys(&["Enter"]);
    t.wait_until_gone();
    assert!(the_plan(home.path()).contains("service: \"klubitalo-"));
    assert!(recovery_files(home.path()).is_empty());

    // Discarding has its own key, and the recovery copy stays for the next start.
    let Some(t) = Terminal::new(home.path()) else {
        return;
    };
    t.start_in_english(80, 24);
    t.type_text("velat");
    t.keys(&["Enter", "C-q"]);
    t.wait_for("Del  discard the changes");
    t.keys(&["DC"]);
    t.wait_until_gone();
    assert_eq!(recovery_files(home.path()).len(), 1);
    let Some(t) = Terminal::new(home.path()) else {
        return;
    };
    t.start(80, 24, "--lang en");
    t.wait_for("An unsaved plan was found");
    t.keys(&["Enter"]);
    t.wait_for("Plan (1)");
}

#[test]
fn letters_in_the_plan_pane_are_text_and_delete_can_be_undone() {
    let home = tempfile::tempdir().unwrap();
    let Some(t) = Terminal::new(home.path()) else {
        return;
    };
    t.start_in_english(80, 24);
    t.add_a_clubhouse();
    // In the plan pane, someone who thinks the search has focus types "dq".
    t.keys(&["Tab", "Tab", "Tab", "Tab"]);
    t.type_text("dq");
    t.wait_for("› klubitalodq");
    let screen = t.wait_for_whole_frame();
    assert!(screen.contains("Plan (1)"), "{screen}");
    assert!(t.is_running());
    // Delete removes, says how to bring it back, and Ctrl-Z does.
    t.keys(&["Tab", "Tab", "Tab", "Tab", "DC"]);
    t.wait_for("Ctrl-Z brings it back");
    t.wait_for("Plan (0)");
    t.keys(&["C-z"]);
    t.wait_for("Plan (1)");
}

#[test]
fn a_paste_with_line_breaks_into_the_search_adds_nothing() {
    let home = tempfile::tempdir().unwrap();
    let Some(t) = Terminal::new(home.path()) else {
        return;
    };
    t.start_in_english(80, 24);
    t.tmux(&["set-buffer", "-b", "clip", "klubitalo\nvertais\n"]);
    t.tmux(&["paste-buffer", "-p", "-b", "clip", "-t", "polku"]);
    t.wait_for("› klubitalo vertais");
    let screen = t.wait_for_whole_frame();
    assert!(screen.contains("Plan (0)"), "{screen}");
    sleep(Duration::from_millis(300));
    assert!(t.screen().contains("Plan (0)"), "{}", t.screen());
}

#[test]
fn at_80x24_every_editor_section_shows_and_dates_are_finnish() {
    let home = tempfile::tempdir().unwrap();
    let Some(t) = Terminal::new(home.path()) else {
        return;
    };
    t.start(80, 24, "--lang fi");
    t.wait_for("F1 ohje");
    t.keys(&["F3"]);
    t.wait_for("Asiakas (nimi tai nimikirjaimet)");
    for title in [
        "Tilanne",
        "Tuen tarpeet",
        "Tavoitteet",
        "Palvelut",
        "Tehtävät",
        "Seuranta",
        "Suostumus",
        "Perustiedot",
    ] {
        t.keys(&["Tab"]);
        t.wait_for(title);
    }
    // The next meeting is the last basic field; "15.1." is the coming 15 January.
    t.keys(&["End"]);
    t.type_text("15.1.2027");
    // Ctrl-E goes to the end of the line (it writes no file).
    t.keys(&["C-a", "C-e", "Enter"]);
    let screen = t.wait_for("15.1.2027");
    assert!(!screen.contains("2027-01-15"), "{screen}");
    assert!(data_files(home.path(), "plans").is_empty());
    let status = screen
        .lines()
        .last()
        .unwrap_or_default()
        .trim_end()
        .to_owned();
    assert!(status.ends_with(|c: char| c.is_alphabetic()), "{status:?}");
}

#[test]
fn keys_ron_changes_a_key_and_the_status_bar_and_help_follow() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config/polku");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("keys.ron"),
        r#"{"Quit": ["Ctrl-X"], "Undo": ["F9"]}"#,
    )
    .unwrap();
    let Some(t) = Terminal::new(home.path()) else {
        return;
    };
    let screen = t.start_in_english(100, 30);
    assert!(screen.contains("Ctrl-X quit"), "{screen}");
    assert!(screen.contains("F9 undo"), "{screen}");
    t.keys(&["C-q"]);
    sleep(Duration::from_millis(300));
    assert!(t.is_running(), "Ctrl-Q is no longer quit");
    t.keys(&["C-x"]);
    t.wait_until_gone();
}
