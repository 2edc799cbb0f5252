//! The hasher for the search index and the strings shared while loading: rustc's Fx hash.
//! Building the index hashes every word of the catalogue, and loading it every repeated word.
//! SipHash's protection against keys chosen to collide is not needed there: a catalogue that
//! did so would only load slower.

/// For `HashMap<K, V, Fx>` and `HashSet<K, Fx>`.
pub type Fx = rustc_hash::FxBuildHasher;
