//! Short strings that a catalogue repeats (goal ids in services, keywords, areas, target
//! groups) are held once and shared: a 100,000-service catalogue would otherwise hold the same
//! few thousand words as millions of separate allocations.
//!
//! Sharing is switched on for a thread while it reads catalogue files ([`Sharing`]); outside
//! of that, every string is simply its own.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::sync::Arc;

use serde::de::{self, Deserializer, SeqAccess, Visitor};

use crate::hash::Fx;

thread_local! {
    static SEEN: RefCell<Option<HashSet<Arc<str>, Fx>>> = const { RefCell::new(None) };
}

/// While alive, strings read on this thread through [`shared`] are shared.
pub struct Sharing {
    /// Whether this guard switched sharing on (an outer one may have already).
    outermost: bool,
}

impl Sharing {
    pub fn start() -> Self {
        let outermost = SEEN.with(|seen| {
            let mut seen = seen.borrow_mut();
            let was_off = seen.is_none();
            if was_off {
                *seen = Some(HashSet::default());
            }
            was_off
        });
        Self { outermost }
    }
}

impl Drop for Sharing {
    fn drop(&mut self) {
        if self.outermost {
            SEEN.with(|seen| seen.borrow_mut().take());
        }
    }
}

/// `text` as a shared string: the same allocation as an equal string read before on this
/// thread, when sharing is on.
pub fn shared(text: &str) -> Arc<str> {
    SEEN.with(|seen| match seen.borrow_mut().as_mut() {
        Some(seen) => match seen.get(text) {
            Some(known) => Arc::clone(known),
            None => {
                let new: Arc<str> = Arc::from(text);
                seen.insert(Arc::clone(&new));
                new
            }
        },
        None => Arc::from(text),
    })
}

/// Reads a list of strings as shared strings, for `#[serde(deserialize_with)]`.
pub fn list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Box<[Arc<str>]>, D::Error> {
    deserializer.deserialize_seq(ListVisitor)
}

struct ListVisitor;

impl<'de> Visitor<'de> for ListVisitor {
    type Value = Box<[Arc<str>]>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of strings")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        // A hint is only a hint: never trust it with much memory.
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(text) = seq.next_element::<SharedStr>()? {
            out.push(text.0);
        }
        Ok(out.into_boxed_slice())
    }
}

/// One shared string.
struct SharedStr(Arc<str>);

impl<'de> de::Deserialize<'de> for SharedStr {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_str(deserializer, |text| Ok(SharedStr(shared(text))))
    }
}

/// Reads a string and makes a value of it with `make`, without an intermediate `String`
/// where the format allows; `make`'s error becomes the format's error, at the string's place.
pub fn read_str<'de, D, T>(
    deserializer: D,
    make: impl FnOnce(&str) -> Result<T, String>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    struct StrVisitor<F>(F);
    impl<T, F: FnOnce(&str) -> Result<T, String>> Visitor<'_> for StrVisitor<F> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            (self.0)(v).map_err(E::custom)
        }
    }
    deserializer.deserialize_str(StrVisitor(make))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_share_one_allocation_only_while_sharing() {
        let apart = (shared("työnhaku"), shared("työnhaku"));
        assert!(!Arc::ptr_eq(&apart.0, &apart.1));
        let sharing = Sharing::start();
        let inner = Sharing::start();
        let a = shared("työnhaku");
        drop(inner);
        let b = shared("työnhaku");
        assert!(Arc::ptr_eq(&a, &b), "an inner guard leaves sharing on");
        drop(sharing);
        assert!(!Arc::ptr_eq(&a, &shared("työnhaku")));
        assert_eq!(&*a, "työnhaku");
    }
}
