"""The timeline pane: one customer's merged history, the quick-add bar, entry editing."""
