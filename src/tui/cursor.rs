//! The selected row of a list and the first row shown, kept so that the selection is always
//! on screen. Lives in the app's state; drawing only reads it.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListCursor {
    pub selected: usize,
    pub offset: usize,
}

impl ListCursor {
    /// Moves by `delta` rows within a list of `len`, stopping at the ends.
    pub fn move_by(&mut self, delta: isize, len: usize) {
        if len == 0 {
            *self = Self::default();
            return;
        }
        self.selected = self.selected.saturating_add_signed(delta).min(len - 1);
    }

    pub fn first(&mut self) {
        self.selected = 0;
    }

    pub fn last(&mut self, len: usize) {
        self.selected = len.saturating_sub(1);
    }

    /// Keeps the selection inside a list that may have shrunk.
    pub fn clamp(&mut self, len: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
        self.offset = self.offset.min(self.selected);
    }

    /// Scrolls so that the selection is among the `rows` rows shown.
    pub fn keep_visible(&mut self, rows: usize) {
        let rows = rows.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
    }

    /// Selects the `row`-th row shown, if the list has it.
    pub fn click(&mut self, row: usize, len: usize) {
        let index = self.offset + row;
        if index < len {
            self.selected = index;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selection_stays_visible_and_in_range() {
        let mut c = ListCursor::default();
        c.move_by(15, 10);
        assert_eq!(c.selected, 9);
        c.keep_visible(4);
        assert_eq!(c.offset, 6);
        c.move_by(-8, 10);
        c.keep_visible(4);
        assert_eq!((c.selected, c.offset), (1, 1));
        c.clamp(0);
        assert_eq!(c.selected, 0);
    }
}
