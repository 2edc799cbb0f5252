//! The catalogue of coaching and participation services: its model, its file format, and
//! loading with problems reported at their file, line and column.

mod freshness;
mod load;
mod model;
mod problem;
mod shared;
mod source;
mod split;
mod text;

pub use freshness::{STALE_AFTER_DAYS, stale_warnings};
pub use load::{Content, LoadReport, SkippedFile, SourceFile, load, load_counting, ron_options};
pub use model::{
    Catalog, Contact, Cost, Format, Goal, Id, Intensity, Languages, Service, Source, SourceFormat,
    SupportNeed, Theme, ThesaurusEntry,
};
pub use problem::{Position, Problem, describe_ron_error};
pub use shared::Sharing;
pub use source::{
    BUILTIN_PREFIX, CatalogSource, builtin_files, folder_has_catalog_files, load_folders,
    read_folder,
};
pub use text::{DEFAULT_LANGUAGE, Lang, Text, is_language_code};

/// A catalogue read from one RON text, for the unit tests of the parts that use catalogues;
/// a problem in the text fails the test that wrote it.
#[cfg(test)]
pub fn from_test_ron(ron: &str) -> Catalog {
    let report = load(vec![SourceFile::in_memory(
        "c.ron",
        ron.as_bytes().to_vec(),
    )]);
    assert!(report.is_clean(), "{:?}", report.problems);
    report.catalog
}
