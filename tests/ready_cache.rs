//! A catalogue folder made ready to search is stored in the cache folder and read back from
//! there next time, only while its files are the same: the stored form gives the very same
//! catalogue and results, a changed file is read again, and a damaged stored form or a cache
//! folder that cannot be written never costs a search.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use polku::catalog::{CatalogSource, Service};
use polku::ready::{self, CacheFolder, CacheUse, Progress, Ready};
use polku::search::{Explanation, Filters, Query, SearchResults};

/// A copy of the regional catalogue's files in a folder of its own.
fn catalogue_folder(root: &Path) -> PathBuf {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog");
    let to = root.join("catalogue");
    copy_folder(&from, &to);
    to
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The catalogue files were just written: the cache trusts their stamps at once.
fn cache_in(dir: &Path) -> CacheFolder {
    CacheFolder::new(dir).settling_for(Duration::ZERO)
}

/// Loads the folder through the cache, waiting for the catalogue to be stored.
fn open(folder: &Path, cache: &CacheFolder) -> (Ready, Option<Result<(), String>>) {
    let source = CatalogSource::Folders(vec![folder.to_path_buf()]);
    let mut ready = ready::load(&source, Some(cache), &Progress::default());
    let stored = ready.store_in_background().map(|h| h.join().unwrap());
    (ready, stored)
}

const QUERIES: [&str; 8] = [
    "",
    "työnhaku",
    "velat",
    "mielenterveys vertaistuki",
    "opiskelu",
    "xyzzy",
    // Client phrases, found through the thesaurus.
    "mul on ulosottoja",
    "kaipaan rutiinia",
];

fn results(ready: &mut Ready) -> Vec<SearchResults> {
    QUERIES
        .iter()
        .map(|typed| {
            let query = Query::new(typed, Filters::default(), "fi");
            ready.searcher.search(&ready.report.catalog, &query, None)
        })
        .collect()
}

fn service_ids(ready: &Ready) -> Vec<String> {
    ready
        .report
        .catalog
        .services
        .iter()
        .map(|s| s.id.to_string())
        .collect()
}

fn cache_files(cache: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(cache)
        .map(|entries| entries.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default()
}

#[test]
fn a_stored_catalogue_is_used_and_finds_what_the_files_find() {
    let root = tempfile::tempdir().unwrap();
    let folder = catalogue_folder(root.path());
    let cache = cache_in(&root.path().join("cache"));

    let (mut fresh, stored) = open(&folder, &cache);
    assert_eq!(fresh.cache, CacheUse::Missing);
    assert_eq!(stored, Some(Ok(())));
    assert_eq!(cache_files(cache.dir()).len(), 1);

    let (mut cached, stored) = open(&folder, &cache);
    assert_eq!(cached.cache, CacheUse::Used);
    assert_eq!(
        stored, None,
        "a catalogue read from the cache is not stored again"
    );
    assert!(cached.report.is_clean());
    let (a, b) = (&fresh.report.catalog, &cached.report.catalog);
    assert!(a.services.len() > 100);
    assert_eq!(a.services, b.services);
    assert_eq!(a.goals, b.goals);
    assert_eq!(a.thesaurus, b.thesaurus);
    assert_eq!(a.name, b.name);
    assert_eq!(a.areas(), b.areas());
    assert_eq!(results(&mut fresh), results(&mut cached));
    let found = &results(&mut cached)[1];
    assert!(found.total > 0, "työnhaku finds services");
}

#[test]
fn a_changed_file_is_read_again_and_stored_anew() {
    let root = tempfile::tempdir().unwrap();
    let folder = catalogue_folder(root.path());
    let cache = cache_in(&root.path().join("cache"));
    open(&folder, &cache);

    // New content: a service renamed.
    let file = folder.join("services/work.ron");
    let text = std::fs::read_to_string(&file).unwrap();
    let first_name = text.find("\"fi\": \"").unwrap() + "\"fi\": \"".len();
    let renamed = format!(
        "{}Kuunvalotanssikurssi {}",
        &text[..first_name],
        &text[first_name..]
    );
    std::fs::write(&file, renamed).unwrap();
    let (mut changed, stored) = open(&folder, &cache);
    assert_eq!(changed.cache, CacheUse::Stale);
    assert_eq!(stored, Some(Ok(())));
    let catalog = &changed.report.catalog;
    let renamed = catalog
        .services
        .iter()
        .position(|s| s.name.get("fi").starts_with("Kuunvalotanssikurssi"))
        .expect("the new name is read");
    let query = Query::new("kuunvalotanssikurssi", Filters::default(), "fi");
    let found = changed.searcher.search(catalog, &query, None);
    assert_eq!(
        found.services[0].index, renamed,
        "the new name is found first"
    );

    let (again, _) = open(&folder, &cache);
    assert_eq!(again.cache, CacheUse::Used);
    assert_eq!(service_ids(&again), service_ids(&changed));

    // Only the modification time changes.
    let handle = std::fs::File::options().write(true).open(&file).unwrap();
    handle
        .set_modified(SystemTime::now() - Duration::from_secs(3600))
        .unwrap();
    let (touched, _) = open(&folder, &cache);
    assert_eq!(touched.cache, CacheUse::Stale);

    // A file added to the folder.
    let extra = folder.join("services/extra.ron");
    std::fs::write(
        &extra,
        "(services: [(id: \"extra-service\", name: {\"fi\": \"Lisäpalvelu\"}, summary: {\"fi\": \"Lisä.\"}, goals: [\"job-search-skills\"], provider: \"Testi\", formats: [Group])])",
    )
    .unwrap();
    let (added, _) = open(&folder, &cache);
    assert_eq!(added.cache, CacheUse::Stale);
    assert!(added.report.is_clean(), "{:?}", added.report.problems);
    assert!(service_ids(&added).contains(&"extra-service".to_owned()));
}

#[test]
fn a_damaged_stored_file_is_ignored_and_replaced() {
    let root = tempfile::tempdir().unwrap();
    let folder = catalogue_folder(root.path());
    let cache = cache_in(&root.path().join("cache"));
    let (mut fresh, _) = open(&folder, &cache);
    let [stored] = cache_files(cache.dir()).try_into().unwrap();
    let whole = std::fs::read(&stored).unwrap();

    let mut flipped = whole.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x20;
    for (damaged, why) in [
        (whole[..whole.len() / 3].to_vec(), "cut short"),
        (flipped, "a byte changed"),
        (b"not a cache at all".to_vec(), "other content"),
        (Vec::new(), "empty"),
    ] {
        std::fs::write(&stored, damaged).unwrap();
        let (mut read, rewritten) = open(&folder, &cache);
        assert!(
            matches!(read.cache, CacheUse::Unreadable(_)),
            "{why}: {:?}",
            read.cache
        );
        assert_eq!(results(&mut read), results(&mut fresh), "{why}");
        assert_eq!(rewritten, Some(Ok(())), "{why}");
        let (replaced, _) = open(&folder, &cache);
        assert_eq!(replaced.cache, CacheUse::Used, "{why}: replaced");
    }
}

#[test]
fn a_cache_folder_that_cannot_be_written_still_searches() {
    let root = tempfile::tempdir().unwrap();
    let folder = catalogue_folder(root.path());
    // A file where the folder should be: not even the owner can write into it.
    let blocked = root.path().join("cache");
    std::fs::write(&blocked, "a file").unwrap();
    let cache = cache_in(&blocked);
    let (mut ready, stored) = open(&folder, &cache);
    assert!(matches!(stored, Some(Err(_))), "{stored:?}");
    assert!(ready.report.is_clean());
    assert!(results(&mut ready)[1].total > 0);
    assert_eq!(std::fs::read_to_string(&blocked).unwrap(), "a file");
}

#[test]
fn a_catalogue_with_problems_is_not_stored() {
    let root = tempfile::tempdir().unwrap();
    let folder = catalogue_folder(root.path());
    std::fs::write(folder.join("broken.ron"), "(services: [(id: \"x\",").unwrap();
    let cache = cache_in(&root.path().join("cache"));
    for _ in 0..2 {
        let (ready, stored) = open(&folder, &cache);
        assert_eq!(stored, None);
        assert!(!ready.report.is_clean(), "the problem is told every time");
        assert!(!ready.report.catalog.services.is_empty());
    }
    assert!(cache_files(cache.dir()).is_empty());
}

/// Why the first three services of each query were found.
fn explanations(ready: &mut Ready) -> Vec<Vec<Explanation>> {
    QUERIES
        .iter()
        .map(|typed| {
            let query = Query::new(typed, Filters::default(), "fi");
            let catalog = &ready.report.catalog;
            let found = ready.searcher.search(catalog, &query, Some(3));
            found
                .services
                .iter()
                .map(|hit| ready.searcher.explain(catalog, &query, hit.index))
                .collect()
        })
        .collect()
}

#[test]
fn the_built_in_catalogue_is_stored_and_answers_the_same() {
    let root = tempfile::tempdir().unwrap();
    let cache = cache_in(&root.path().join("cache"));
    let open_builtin = || {
        let mut ready = ready::load(&CatalogSource::Builtin, Some(&cache), &Progress::default());
        let stored = ready.store_in_background().map(|h| h.join().unwrap());
        (ready, stored)
    };
    let (mut fresh, stored) = open_builtin();
    assert_eq!(fresh.cache, CacheUse::Missing);
    assert_eq!(stored, Some(Ok(())));
    let (mut cached, stored) = open_builtin();
    assert_eq!(cached.cache, CacheUse::Used);
    assert_eq!(stored, None);
    assert_eq!(
        fresh.report.catalog.services,
        cached.report.catalog.services
    );
    assert_eq!(results(&mut fresh), results(&mut cached));
    let (a, b) = (explanations(&mut fresh), explanations(&mut cached));
    assert_eq!(a, b);
    // The thesaurus read back still says what a client's word meant.
    let rutiini = &b[7];
    assert!(
        rutiini
            .iter()
            .any(|e| e.matches.iter().any(|m| m.meaning.is_some())),
        "{rutiini:?}"
    );
}

#[test]
fn the_cached_catalogue_keeps_every_field() {
    let root = tempfile::tempdir().unwrap();
    let folder = catalogue_folder(root.path());
    let cache = cache_in(&root.path().join("cache"));
    let (fresh, _) = open(&folder, &cache);
    let (cached, _) = open(&folder, &cache);
    assert_eq!(cached.cache, CacheUse::Used);
    // Fields the regional catalogue leaves out are in some services and not in others: each
    // kind is read back as it was.
    let services = &cached.report.catalog.services;
    let some = |has: fn(&Service) -> bool| services.iter().any(has);
    assert!(some(|s| s.contact.is_some()) && some(|s| s.contact.is_none()));
    assert!(some(|s| s.description.is_some()));
    assert_eq!(&fresh.report.catalog.services, services);
}

#[test]
fn polku_search_answers_the_same_from_the_stored_catalogue() {
    let root = tempfile::tempdir().unwrap();
    let folder = catalogue_folder(root.path());
    let home = root.path().join("home");
    // Files changed in the last moments are not trusted to be stored (their stamps could miss
    // a change within the same tick of the clock).
    std::thread::sleep(Duration::from_millis(2_100));
    let search = || {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_polku"))
            .arg("--catalog")
            .arg(&folder)
            .args(["search", "--json", "työnhaku"])
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .env("LANG", "C.UTF-8")
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        assert!(output.stderr.is_empty(), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    let first = search();
    assert!(first.lines().count() > 3, "{first}");
    let stored = cache_files(&home.join("cache/polku"));
    assert_eq!(stored.len(), 1, "{stored:?}");
    let modified = std::fs::metadata(&stored[0]).unwrap().modified().unwrap();
    assert_eq!(search(), first);
    let still = std::fs::metadata(&stored[0]).unwrap().modified().unwrap();
    assert_eq!(
        modified, still,
        "the stored catalogue was used, not written again"
    );
}

#[test]
fn a_large_catalogue_stored_in_runs_reads_back_in_order() {
    let root = tempfile::tempdir().unwrap();
    let folder = root.path().join("large");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("catalogue.ron"),
        polku::synthetic::catalog_ron(3_500, 7),
    )
    .unwrap();
    let cache = cache_in(&root.path().join("cache"));
    let (mut fresh, stored) = open(&folder, &cache);
    assert_eq!(stored, Some(Ok(())));
    let (mut cached, _) = open(&folder, &cache);
    assert_eq!(cached.cache, CacheUse::Used);
    assert_eq!(cached.report.catalog.services.len(), 3_500);
    assert_eq!(
        fresh.report.catalog.services,
        cached.report.catalog.services
    );
    assert_eq!(results(&mut fresh), results(&mut cached));
}

#[test]
fn a_file_left_half_written_long_ago_is_removed_when_storing() {
    let root = tempfile::tempdir().unwrap();
    let folder = catalogue_folder(root.path());
    let cache = cache_in(&root.path().join("cache"));
    std::fs::create_dir_all(cache.dir()).unwrap();
    let abandoned = cache.dir().join(".writing-abc123");
    let recent = cache.dir().join(".writing-def456");
    for file in [&abandoned, &recent] {
        std::fs::write(file, "half").unwrap();
    }
    let handle = std::fs::File::options()
        .write(true)
        .open(&abandoned)
        .unwrap();
    handle
        .set_modified(SystemTime::now() - Duration::from_secs(3600))
        .unwrap();
    let (_, stored) = open(&folder, &cache);
    assert_eq!(stored, Some(Ok(())));
    assert!(!abandoned.exists(), "left long ago: removed");
    assert!(
        recent.exists(),
        "perhaps another polku writing it now: kept"
    );
}
