//! Saving onto a full disk: a small tmpfs is filled up, and saving a plan there must fail with
//! a message that says so, leave the earlier file whole, and keep the plan in memory. Mounting
//! needs root; where that is not allowed the test says so and does nothing else.

use std::path::Path;
use std::process::Command;

use polku::plan::{Plan, SaveError, open_plan, save_plan};

/// A 64 KiB tmpfs, unmounted on drop.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount() -> Option<Self> {
        let dir = tempfile::tempdir().ok()?;
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
            .arg(dir.path())
            .output()
            .ok()?;
        status.status.success().then_some(Self { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Fills the disk with one file until writing fails.
    fn fill(&self) {
        use std::io::Write;
        let mut file = std::fs::File::create(self.path().join("filler")).unwrap();
        let block = [0u8; 1024];
        while file.write_all(&block).and_then(|_| file.sync_all()).is_ok() {}
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

fn plan_with_situation(text: &str) -> Plan {
    Plan {
        situation: text.to_owned(),
        client: "A. K.".to_owned(),
        ..Plan::default()
    }
}

#[test]
fn saving_onto_a_full_disk_fails_visibly_and_loses_nothing() {
    let Some(disk) = SmallDisk::mount() else {
        eprintln!("note: cannot mount a tmpfs here (not root?); the full-disk test did not run");
        return;
    };
    let path = disk.path().join("plan.ron");
    let first = plan_with_situation("First version.");
    save_plan(&first, &path).unwrap();
    disk.fill();

    let bigger = plan_with_situation(&"A much longer situation. ".repeat(400));
    let error = save_plan(&bigger, &path).expect_err("the disk is full");
    assert!(matches!(error, SaveError::DiskFull { .. }), "{error:?}");
    assert!(error.to_string().contains("full"), "{error}");
    // The earlier file is whole, and no temporary file is left behind.
    assert_eq!(open_plan(&path).unwrap(), first);
    let names: Vec<String> = std::fs::read_dir(disk.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn the_screen_says_the_disk_is_full_and_keeps_the_plan() {
    use polku::catalog::CatalogSource;
    use polku::i18n::Language;
    use polku::theme::Theme;
    use polku::tui::{Action, App, Command, Parts};

    let Some(disk) = SmallDisk::mount() else {
        eprintln!("note: cannot mount a tmpfs here (not root?); the full-disk test did not run");
        return;
    };
    disk.fill();
    let mut app = App::new(Parts {
        files: polku::tui::files::PlanFiles {
            plans_dir: Some(disk.path().to_path_buf()),
            ..Default::default()
        },
        ..Parts::new(
            CatalogSource::Builtin.load(),
            "test",
            Language::En,
            Theme::dark(),
        )
    });
    for c in "klubitalo".chars() {
        app.update(Action::Insert(c));
    }
    app.update(Action::Command(Command::Activate));
    app.update(Action::Command(Command::Save));
    app.update(Action::Command(Command::Activate));
    let message = app.message.clone().expect("a message").text;
    assert!(
        message.contains("Saving failed") && message.contains("full"),
        "{message}"
    );
    assert!(app.dirty());
    assert_eq!(app.plan().services.len(), 1);
    assert_eq!(app.files.path, None);
}
